package dev.tmplpatch.cli;

/** SourceExcerpt shows one source line with a caret under a column, the way compilers point at errors. */
final class SourceExcerpt {
  /** WINDOW is how many code points are shown on each side of the column of a long line. */
  static final int WINDOW = 80;

  private SourceExcerpt() {}

  /**
   * of returns the 1-based line of text (lines split at '\n' like Go, a trailing '\r' dropped) and
   * a caret under the 1-based code-point column; "" when the line is outside the text. Tabs before
   * the column are copied into the caret line so the caret stays under the right character.
   */
  static String of(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    if (line < 1) {
      return "";
    }
    int end = text.indexOf('\n', start);
    String source = text.substring(start, end < 0 ? text.length() : end);
    if (source.endsWith("\r")) {
      source = source.substring(0, source.length() - 1);
    }
    // Never echo more than a window of a long line, nor control characters (binary input).
    int cps = source.codePointCount(0, source.length());
    if (cps > 2 * WINDOW) {
      int from = Math.max(0, Math.min(column - 1 - WINDOW, cps - 2 * WINDOW));
      source = source.substring(source.offsetByCodePoints(0, from), source.offsetByCodePoints(0, from + 2 * WINDOW));
      column -= from;
    }
    StringBuilder shown = new StringBuilder(source.length());
    source.codePoints().forEach(c -> shown.appendCodePoint(c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) ? c : '?'));
    source = shown.toString();
    String gutter = String.format("%5d | ", line);
    StringBuilder caret = new StringBuilder(" ".repeat(gutter.length() - 2)).append("| ");
    int cp = 0;
    for (int i = 0; i < source.length() && cp < column - 1; i = source.offsetByCodePoints(i, 1), cp++) {
      caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append(" ".repeat(Math.max(0, column - 1 - cp))).append('^');
    return gutter + source + System.lineSeparator() + caret + System.lineSeparator();
  }
}
