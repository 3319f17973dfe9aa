package dev.tmplpatch.cli;

import dev.tmplpatch.emit.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Output writes a command's result to standard output or, with {@code -o}, atomically to a file. */
final class Output {

  private Output() {}

  /** write prints text to out, or replaces file in one step (nothing half-written on failure). */
  static void write(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      OutputFile.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw UserError.input("cannot write " + file + ": " + e.getMessage(), "check that the folder exists and is writable");
    }
  }
}
