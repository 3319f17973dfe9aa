package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Cli runs the tmplpatch command in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** Result is the exit code and what the command printed. */
  record Result(int exitCode, String out, String err) {
    /** assertUserError checks the CLI-wide rule: one tmplpatch: line on stderr, nothing on stdout. */
    Result assertUserError(int expectedCode) {
      assertEquals(expectedCode, exitCode, () -> "exit code; stderr: " + err);
      assertEquals("", out, "nothing on standard output");
      assertTrue(err.startsWith("tmplpatch: "), err);
      assertTrue(err.endsWith("\n"), err);
      assertEquals(1, err.lines().count(), () -> "one line on stderr: " + err);
      assertFalse(err.contains("\tat "), "no stack trace");
      return this;
    }

    /** assertSuccess checks exit 0 and a silent stderr. */
    Result assertSuccess() {
      assertEquals(0, exitCode, () -> "exit code; stderr: " + err);
      assertEquals("", err);
      return this;
    }
  }

  /** run executes args with empty standard input. */
  static Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  /** runWithStdin executes args with the given bytes on standard input. */
  static Result runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine(new ByteArrayInputStream(stdin));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** testdata resolves a file of the checkout's testdata/ folder (system property tmplpatch.testdata). */
  static Path testdata(String relative) {
    String root = System.getProperty("tmplpatch.testdata");
    if (root == null) {
      fail("system property tmplpatch.testdata is not set; run the tests through Maven");
    }
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      fail("test fixture missing: " + p);
    }
    return p;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** listing names the files of a directory, to prove no temporary file was left. */
  static java.util.List<String> listing(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
