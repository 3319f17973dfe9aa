package dev.tmplpatch.source;


import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.i18n.Text;
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
        throw InputException.of(source, Text.of("input.directory"), Text.of("input.directory.hint"));
      }
      // Read, rather than trust the size: devices and FIFOs (/dev/zero, <(cmd)) report 0.
      try (InputStream in = Files.newInputStream(path)) {
        return checked(source, in.readNBytes(cap()));
      }
    } catch (IOException e) {
      throw cannotRead(source, reasonText(e), Text.of("input.cannot-read.hint"));
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
      throw cannotRead(source, Text.of("input.invalid-path", e.getReason()), Text.of("input.invalid-path.hint"));
    }
    return file(path, source);
  }

  /** stream reads standard input (or another stream) to its end. */
  public byte[] stream(InputStream in, String source) {
    try {
      return checked(source, in.readNBytes(cap()));
    } catch (IOException e) {
      throw cannotRead(source, reasonText(e), Text.of("input.cannot-read.hint"));
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
      throw InputException.at(source, e.line(), e.column(), e.diagnostic().text(), e.diagnostic().hintText());
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
      return InputException.of(source, Text.of("input.too-large.maximum", shown(Math.min(limit, MAXIMUM))),
          Text.of("input.too-large.maximum.hint"));
    }
    long suggested = Math.min(MAXIMUM, Math.max(limit * 4, 64L << 20));
    String option = shown(suggested).replace(" MiB", "M").replace(" GiB", "G").replace(" KiB", "K").replace(" bytes", "");
    return InputException.of(source, Text.of("input.too-large.limit", shown(limit)),
        Text.of("input.too-large.limit.hint", limitOption, option));
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

  private static InputException cannotRead(String source, Text reason, Text hint) {
    return InputException.of(null, Text.of("input.cannot-read", source, reason), hint);
  }

  /** reason describes an I/O failure in a few words, in English; see {@link #reasonText}. */
  public static String reason(IOException e) {
    return reasonText(e).english();
  }

  /**
   * reasonText describes an I/O failure in a few words: the two common ones from the bundle, any
   * other as the operating system (or the JVM) gives it, verbatim.
   */
  public static Text reasonText(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Text.of("input.reason.no-such-file");
    }
    if (e instanceof AccessDeniedException) {
      return Text.of("input.reason.permission-denied");
    }
    String os = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Text.verbatim(os); // the OS's own words: the one site MessageSitesTest lists for this file
  }
}
