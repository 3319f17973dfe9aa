package dev.tmplpatch.document;

/**
 * LineEnding is how one line ends; the one place that knows about newlines.
 *
 * <p>Go counts lines by {@code \n} only, so a {@code \r} before it belongs to the ending, and a
 * lone {@code \r} is ordinary text (as it is for Go).
 */
public enum LineEnding {
  LF("\n"),
  CRLF("\r\n"),
  /** The last line of a text that does not end in a newline. */
  NONE("");

  private final String text;

  LineEnding(String text) {
    this.text = text;
  }

  /** text returns the characters of this ending. */
  public String text() {
    return text;
  }

  /** lines splits a text after each LF, keeping each line's ending, so that CR and a missing final newline count; "" has no lines. */
  public static java.util.List<String> lines(String text) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** style names the line endings of a text: LF, CRLF, mixed, or none when it has no line break. */
  public static String style(String text) {
    int crlf = 0;
    int lf = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (i > 0 && text.charAt(i - 1) == '\r') {
          crlf++;
        } else {
          lf++;
        }
      }
    }
    if (crlf > 0 && lf > 0) {
      return "mixed";
    }
    if (crlf > 0) {
      return "CRLF";
    }
    return lf > 0 ? "LF" : "none";
  }

  /** allCrlf tells whether every line of a text ends CR LF (the last may have no ending). */
  public static boolean allCrlf(String text) {
    java.util.List<String> lines = lines(text);
    if (lines.isEmpty()) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.endsWith(CRLF.text) && !(i == lines.size() - 1 && !l.endsWith(LF.text))) {
        return false;
      }
    }
    return true;
  }

  /** toLf reads every CR LF as LF. */
  public static String toLf(String text) {
    return text.replace(CRLF.text, LF.text);
  }

  /** toCrlf ends every line of an LF text with CR LF. */
  public static String toCrlf(String text) {
    return text.replace(LF.text, CRLF.text);
  }
}
