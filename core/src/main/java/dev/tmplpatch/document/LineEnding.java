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
}
