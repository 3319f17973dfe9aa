package dev.tmplpatch.source;

import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * InputReader is the one way tmplpatch reads what a user gives it (a template file, standard
 * input, a ConfigMap dump): at most a size limit of bytes, binary data and UTF-16/32 refused by
 * name, then strict UTF-8. Every problem is an {@link InputException} naming the input.
 *
 * @param limit the most bytes read; a larger input is refused
 * @param limitOption how the caller's users raise the limit (e.g. {@code --max-input-size}), or
 *     null where they cannot
 */
public record InputReader(long limit, String limitOption) {

  /** DEFAULT_LIMIT is 16 MiB: Istio's templates are tens of KiB and a ConfigMap holds at most 1 MiB. */
  public static final long DEFAULT_LIMIT = 16L << 20;
  /** MAXIMUM is 1 GiB: what one Java array of bytes, and a reasonable heap, can hold. */
  public static final long MAXIMUM = 1L << 30;

  /** STDIN is the argument that names standard input. */
  public static final String STDIN = "-";

  /** file reads a file (named source in messages). */
  public byte[] file(Path path, String source) {
    try {
      if (Files.isDirectory(path)) {
        throw InputException.of(source, "is a directory", "give a file");
      }
      // Read, rather than trust the size: devices and FIFOs (/dev/zero, <(cmd)) report 0.
      try (InputStream in = Files.newInputStream(path)) {
        return checked(source, in.readNBytes(cap()));
      }
    } catch (IOException e) {
      throw cannotRead(source, reason(e) + "; hint: check the path and its permissions");
    }
  }

  /** file reads a file named on a command line: "-" is standard input. */
  public byte[] named(String file, InputStream stdin, String source) {
    if (file.equals(STDIN)) {
      return stream(stdin, source);
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw cannotRead(source, "not a valid path (" + e.getReason() + "); hint: check the path");
    }
    return file(path, source);
  }

  /** stream reads standard input (or another stream) to its end. */
  public byte[] stream(InputStream in, String source) {
    try {
      return checked(source, in.readNBytes(cap()));
    } catch (IOException e) {
      throw cannotRead(source, reason(e) + "; hint: check the path and its permissions");
    }
  }

  /**
   * text decodes strict UTF-8: a template is carried byte for byte into the patch, so a byte that
   * is not UTF-8 is refused with its place, not silently replaced.
   */
  public static String text(String source, byte[] bytes) {
    try {
      return Utf8.decode(source, bytes);
    } catch (TemplateSyntaxException e) {
      throw InputException.at(source, e.line(), e.column(), e.goMessage(), e.hint());
    }
  }

  /** layout refuses a template text whose lines YAML and Go would read differently, or tab indentation. */
  public static void layout(String source, String text) {
    SourceCheck.layout(text).ifPresent(p -> {
      throw p.refusal(source);
    });
  }

  private int cap() {
    return (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
  }

  private byte[] checked(String source, byte[] bytes) {
    if (bytes.length > limit) {
      throw tooLarge(source);
    }
    SourceCheck.encoding(bytes).ifPresent(p -> {
      throw p.refusal(source);
    });
    return bytes;
  }

  /** tooLarge is the refusal of an input over the limit, naming the option that raises it. */
  public InputException tooLarge(String source) {
    if (limit >= MAXIMUM || limitOption == null) {
      return InputException.of(source, "larger than " + shown(Math.min(limit, MAXIMUM)) + ", the most tmplpatch reads",
          "an injection template or ConfigMap is far smaller: check that this is the right file");
    }
    long suggested = Math.min(MAXIMUM, Math.max(limit * 4, 64L << 20));
    return InputException.of(source, "larger than the input limit of " + shown(limit),
        "raise it with " + limitOption + " " + shown(suggested).replace(" MiB", "M")
            .replace(" GiB", "G").replace(" KiB", "K").replace(" bytes", ""));
  }

  /** shown prints a size as the largest whole binary unit. */
  public static String shown(long n) {
    if (n >= 1L << 30 && n % (1L << 30) == 0) {
      return (n >> 30) + " GiB";
    }
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    if (n >= 1L << 10 && n % (1L << 10) == 0) {
      return (n >> 10) + " KiB";
    }
    return n + " bytes";
  }

  private static InputException cannotRead(String source, String reasonAndHint) {
    int hint = reasonAndHint.indexOf("; hint: ");
    return InputException.of(null, "cannot read " + source + ": " + reasonAndHint.substring(0, hint),
        reasonAndHint.substring(hint + "; hint: ".length()));
  }

  /** reason describes an I/O failure in a few words, as the operating system gives it. */
  public static String reason(IOException e) {
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
