package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.templates.BundledTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Inputs reads the files and standard input the commands take, as strict UTF-8. */
final class Inputs {
  /** MAX_BYTES bounds what we read; injector ConfigMaps are well under 1 MiB. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private Inputs() {}

  /** Text is what was read and the name to use for it in messages. */
  record Text(String source, String text) {}

  /**
   * template reads the TEMPLATE argument of a command: a file (named in messages by its file
   * name), standard input for "-" (named "stdin"), or with no argument the bundled default. An
   * empty template is refused.
   */
  static Text template(String arg, InputStream stdin) {
    if (arg == null) {
      return new Text(bundledName(), BundledTemplates.gatewayInjectionTemplate());
    }
    Text in = read(arg, stdin);
    if (in.text().isEmpty()) {
      throw UserError.input(in.source() + ": the template is empty; hint: pass the injection template file,"
          + " or leave TEMPLATE out to use the bundled one");
    }
    return new Text(arg.equals("-") ? "stdin" : String.valueOf(Path.of(arg).getFileName()), in.text());
  }

  /** bundledName is how messages name the bundled default template. */
  static String bundledName() {
    return String.valueOf(Path.of(BundledTemplates.GATEWAY_INJECTION_TEMPLATE).getFileName());
  }

  /** read reads a file, or standard input for "-", refusing invalid UTF-8 with its position. */
  static Text read(String file, InputStream stdin) {
    byte[] bytes;
    String source = file.equals("-") ? "<stdin>" : file;
    try {
      if (file.equals("-")) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw UserError.input(source + ": is a directory; hint: give a file");
        }
        if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
          throw UserError.input(source + ": larger than 16 MiB; hint: give the template file");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (IOException e) {
      throw UserError.input("cannot read " + source + ": " + reason(e) + "; hint: check the path", e);
    }
    if (bytes.length > MAX_BYTES) {
      throw UserError.input(source + ": larger than 16 MiB; hint: give the template file");
    }
    return new Text(source, decode(source, bytes));
  }

  // decode is strict: a template is carried byte for byte into the patch, so a byte that is not
  // UTF-8 must be refused, not silently replaced.
  private static String decode(String source, byte[] bytes) {
    try {
      return TemplateDocument.decode(source, bytes);
    } catch (TemplateSyntaxException e) {
      throw UserError.input(source + ":" + e.line() + ":" + e.column() + ": " + e.goMessage() + "; hint: " + e.hint());
    }
  }

  /** reason describes an I/O failure in a few words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
