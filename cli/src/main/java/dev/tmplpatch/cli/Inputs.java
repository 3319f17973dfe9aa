package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.source.SourceCheck;
import dev.tmplpatch.templates.BundledTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Inputs reads the files and standard input the commands take, as strict UTF-8, under one size
 * limit ({@link InputLimit}) and with one exit code for each condition: anything wrong with an
 * input file (missing, unreadable, too large, binary, badly encoded) is exit 1 in every command.
 */
final class Inputs {
  private Inputs() {}

  /** Text is what was read and the name to use for it in messages. */
  record Text(String source, String text) {}

  /**
   * template reads the TEMPLATE argument of a command: a file (named in messages by its file
   * name), standard input for "-" (named "stdin"), or with no argument the bundled default. An
   * empty template is refused.
   */
  static Text template(String arg, InputStream stdin, long limit) {
    if (arg == null) {
      return new Text(bundledName(), BundledTemplates.gatewayInjectionTemplate());
    }
    Text in = read(arg, stdin, limit);
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
  static Text read(String file, InputStream stdin, long limit) {
    String source = sourceName(file);
    return new Text(source, decode(source, bytes(file, stdin, limit)));
  }

  /** sourceName is how messages name a file argument ("<stdin>" for "-"). */
  static String sourceName(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /**
   * bytes reads at most limit bytes of a file or standard input and refuses binary data and
   * UTF-16/32 by name; invalid UTF-8 is left to the caller's decoder.
   */
  static byte[] bytes(String file, InputStream stdin, long limit) {
    String source = sourceName(file);
    ErrorReporting.INPUT_NAME.set(source);
    byte[] bytes;
    try {
      if (file.equals("-")) {
        bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw UserError.input(source + ": is a directory; hint: give a file");
        }
        // Read, rather than trust the size: devices and FIFOs (/dev/zero, <(cmd)) report 0.
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
      }
    } catch (IOException e) {
      throw UserError.input("cannot read " + source + ": " + reason(e) + "; hint: check the path and its permissions", e);
    } catch (java.nio.file.InvalidPathException e) {
      throw UserError.input("cannot read " + source + ": not a valid path (" + e.getReason() + "); hint: check the path");
    }
    if (bytes.length > limit) {
      throw UserError.input(InputLimit.tooLarge(source, limit));
    }
    SourceCheck.encoding(bytes).ifPresent(p -> {
      throw UserError.input(p.format(source));
    });
    return bytes;
  }

  /**
   * checkTemplate refuses a template text whose lines YAML and Go would read differently (lone
   * carriage returns) or that YAML refuses (tab indentation), naming the problem.
   */
  static void checkTemplate(String source, String text) {
    SourceCheck.layout(text).ifPresent(p -> {
      throw UserError.input(p.format(source));
    });
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

  /** reason describes an I/O failure in a few words, as the operating system gives it. */
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
