package dev.tmplpatch.cli;

import dev.tmplpatch.emit.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * OutputOption is the {@code -o FILE} mixin: results go to standard output, or atomically to a
 * file, and only once everything has been computed, so an error never leaves partial output.
 */
public final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically: the old file stays as it was on any error;"
          + " a device or FIFO is written through); - is standard output.")
  Path output;

  /** write prints text, or replaces the output file with it. */
  public void write(PrintWriter stdout, String text) {
    if (output == null || output.toString().equals("-")) {
      stdout.print(text);
      StandardOutput.check(stdout);
      return;
    }
    try {
      OutputFile.writeAtomically(output, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw UserError.input(dev.tmplpatch.i18n.Text.of("cli.output.cannot-write", output, dev.tmplpatch.source.InputReader.reason(e)), e);
    }
  }
}
