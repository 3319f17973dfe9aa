package dev.tmplpatch.source;

import java.util.Optional;

/**
 * SourceCheck names the problems of an input file that would otherwise surface as misleading
 * errors far from their cause: binary data, UTF-16 and UTF-32 (with or without a byte order
 * mark), lone carriage returns, and tabs used for YAML indentation. It runs before a template is
 * decoded and loaded, and never echoes the input: problems give a line, a column and what was
 * found.
 */
public final class SourceCheck {
  private SourceCheck() {}

  /** Problem is what is wrong at a 1-based line and code-point column, and what to do. */
  public record Problem(int line, int column, String message, String hint) {
    /** format returns "SOURCE:LINE:COL: message; hint: hint" on one line. */
    public String format(String source) {
      return diagnostic(source).oneLine();
    }

    /** diagnostic places the problem in the named input. */
    public dev.tmplpatch.diag.Diagnostic diagnostic(String source) {
      return dev.tmplpatch.diag.Diagnostic.error(InputException.RULE, source, line, column, message, hint);
    }

    /** refusal is the problem as the exception that refuses the input. */
    public InputException refusal(String source) {
      return InputException.at(source, line, column, message, hint);
    }
  }

  /**
   * encoding finds bytes that are not a text file in UTF-8: a UTF-16 or UTF-32 byte order mark,
   * UTF-16 without one (NUL in every other byte), or a NUL byte anywhere (binary data). Invalid
   * UTF-8 sequences are left to the strict decoder, which names their position.
   */
  public static Optional<Problem> encoding(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(new Problem(1, 1, "the file is UTF-32 (it starts with a UTF-32 byte order mark)",
          "save it as UTF-8, e.g. iconv -f UTF-32 -t UTF-8 FILE"));
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      String order = bytes[0] == (byte) 0xFF ? "little-endian" : "big-endian";
      return Optional.of(new Problem(1, 1, "the file is UTF-16 " + order + " (it starts with a UTF-16 byte order mark)",
          "save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE"));
    }
    int firstNul = indexOf(bytes, (byte) 0);
    if (firstNul < 0) {
      return Optional.empty();
    }
    String utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return Optional.of(new Problem(1, 1, "the file looks like UTF-16 " + utf16 + " without a byte order mark"
          + " (every other byte is NUL)",
          "save it as UTF-8, e.g. iconv -f UTF-16" + (utf16.startsWith("little") ? "LE" : "BE") + " -t UTF-8 FILE"));
    }
    int[] at = position(bytes, firstNul);
    return Optional.of(new Problem(at[0], at[1], "binary data: a NUL byte, which no template or YAML text holds",
        "give the template (or the ConfigMap dump) as a UTF-8 text file"));
  }

  /**
   * layout finds what makes YAML and Go read a template's lines differently, or YAML refuse
   * them: a carriage return that does not end a CRLF pair (Go's lines end only at LF, YAML's
   * also at a lone CR), and a line that starts with a tab outside a {{ }} action (YAML allows
   * only spaces for indentation).
   */
  public static Optional<Problem> layout(String text) {
    int line = 1;
    int lineStart = 0;
    boolean inAction = false;
    boolean atLineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (atLineStart && !inAction && c == '\t' && !restIsActionOrBlank(text, i)) {
        return Optional.of(new Problem(line, 1, "line " + line + " is indented with a tab; YAML allows only"
            + " spaces for indentation", "indent with spaces, e.g. expand -t 2 FILE"));
      }
      atLineStart = false;
      if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        return Optional.of(new Problem(line, text.codePointCount(lineStart, i) + 1,
            "a lone carriage return (old Mac line ending): Go reads the text as one line, YAML as several",
            "use LF (or CRLF) line endings, e.g. tr '\\r' '\\n' < FILE"));
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        atLineStart = true;
      } else if (!inAction && c == '{' && text.startsWith("{{", i)) {
        inAction = true;
        i++;
      } else if (inAction && c == '}' && text.startsWith("}}", i)) {
        inAction = false;
        i++;
      }
    }
    return Optional.empty();
  }

  // restIsActionOrBlank tells whether a tab-indented line holds only whitespace or starts an
  // action: YAML never sees an action's indentation when a trim marker removes it, and a
  // whitespace-only line is not indentation.
  private static boolean restIsActionOrBlank(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == '\t' || text.charAt(i) == ' ')) {
      i++;
    }
    return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.startsWith("{{", i);
  }

  // utf16WithoutBom tells UTF-16 text by its NULs: ASCII in UTF-16 has a NUL as every high byte.
  private static String utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 9 && evenNul * 10 <= pairs) {
      return "little-endian";
    }
    if (evenNul * 10 >= pairs * 9 && oddNul * 10 <= pairs) {
      return "big-endian";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  // position returns the 1-based line and column of a byte offset, counting UTF-8 lead bytes.
  private static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
