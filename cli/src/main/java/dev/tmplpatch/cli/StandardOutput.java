package dev.tmplpatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * StandardOutput is the command's standard output as a {@link PrintWriter} that remembers why a
 * write failed. {@code System.out} and {@code PrintWriter} swallow write errors, so a full disk or
 * {@code > /dev/full} would otherwise exit 0 with an empty file; here the first failure is kept
 * and {@link #check} turns it into an input/output error with the operating system's reason.
 */
final class StandardOutput extends PrintWriter {
  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
    this.recorder = recorder;
  }

  /** open returns the process's standard output (file descriptor 1), unbuffered by System.out. */
  static StandardOutput open() {
    return over(new FileOutputStream(FileDescriptor.out));
  }

  /** over returns a checked writer over any stream, for tests that make writes fail. */
  static StandardOutput over(OutputStream out) {
    return new StandardOutput(new Recorder(out));
  }

  /**
   * check flushes w and throws when any write to it failed: the message names the reason, e.g.
   * "cannot write standard output: No space left on device".
   */
  static void check(PrintWriter w) {
    w.flush();
    if (w.checkError()) {
      String reason = w instanceof StandardOutput s && s.recorder.failure != null
          ? dev.tmplpatch.source.InputReader.reason(s.recorder.failure)
          : "write error";
      throw UserError.input(dev.tmplpatch.i18n.Text.of("cli.stdout.cannot-write", reason));
    }
  }

  // Recorder passes bytes through and keeps the first exception, which PrintWriter hides.
  private static final class Recorder extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    Recorder(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
