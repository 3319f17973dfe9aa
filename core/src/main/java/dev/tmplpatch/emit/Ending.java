package dev.tmplpatch.emit;

import dev.tmplpatch.document.LineEnding;
import dev.tmplpatch.source.Utf8;

/**
 * Ending classifies the line endings and final newline of a text, so that a diff can say "only
 * line endings differ" instead of showing every line removed and added again.
 */
final class Ending {

  private Ending() {}

  /** style names the line endings of a text: LF, CRLF, mixed, or none when it has no line break. */
  static String style(String text) {
    return LineEnding.style(text);
  }

  /** toLf reads every CRLF as LF. */
  static String toLf(String text) {
    return LineEnding.toLf(text);
  }

  /** hasFinalNewline tells whether the text ends with a line break. */
  static boolean hasFinalNewline(String text) {
    return text.endsWith("\n");
  }

  /**
   * lineEndingsDiffer tells whether one text breaks lines with CR LF where the other does not, so
   * that a diff would show lines changed by an invisible CR alone.
   */
  static boolean lineEndingsDiffer(String a, String b) {
    String x = style(a);
    String y = style(b);
    boolean cr = x.equals("CRLF") || x.equals("mixed") || y.equals("CRLF") || y.equals("mixed");
    return !x.equals(y) && cr;
  }

  /** onlyLineEndingsDiffer tells whether the texts are the same once CRLF is read as LF. */
  static boolean onlyLineEndingsDiffer(String a, String b) {
    return !a.equals(b) && toLf(a).equals(toLf(b));
  }

  private static String withoutFinalNewline(String text) {
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** summary says in one line how two texts differ; see {@link UnifiedDiff#summary(String, String)}. */
  static String summary(UnifiedDiff diff, String oldRole, String newRole) {
    String a = diff.oldText();
    String b = diff.newText();
    if (a.equals(b)) {
      return "";
    }
    if (hasBom(a) != hasBom(b) && withoutBom(a).equals(withoutBom(b))) {
      return "only the byte-order mark differs (" + oldRole + (hasBom(a) ? " starts with one, " : " has none, ")
          + newRole + (hasBom(b) ? " starts with one)" : " has none)");
    }
    if (onlyLineEndingsDiffer(a, b)) {
      String s = "only line endings differ (" + oldRole + " " + style(a) + ", " + newRole + " " + style(b);
      if (style(a).equals(style(b)) || style(a).equals("mixed") || style(b).equals("mixed")) {
        s += "; first at line " + firstDifferentLine(a, b);
      }
      return s + ")";
    }
    boolean finalDiffers = hasFinalNewline(a) != hasFinalNewline(b);
    if (finalDiffers && withoutFinalNewline(a).equals(withoutFinalNewline(b))) {
      return "only the final newline differs (" + finalNewline(oldRole, a) + ", " + finalNewline(newRole, b) + ")";
    }
    if (finalDiffers && toLf(withoutFinalNewline(a)).equals(toLf(withoutFinalNewline(b)))) {
      return "only line endings and the final newline differ (" + oldRole + " " + style(a) + " "
          + (hasFinalNewline(a) ? "with" : "without") + " a final newline, " + newRole + " " + style(b) + " "
          + (hasFinalNewline(b) ? "with" : "without") + " a final newline)";
    }
    String counts = count(diff.removedLines(), "removed") + ", " + count(diff.addedLines(), "added");
    if (lineEndingsDiffer(a, b)) {
      return counts + "; line endings differ as well (" + oldRole + " " + shown(style(a)) + ", " + newRole + " "
          + shown(style(b)) + "), the diff below reads CRLF as LF";
    }
    return counts;
  }

  private static String shown(String style) {
    return style.equals("none") ? "without line breaks" : style;
  }

  private static boolean hasBom(String text) {
    return Utf8.hasBom(text);
  }

  private static String withoutBom(String text) {
    return Utf8.withoutBom(text);
  }

  private static String finalNewline(String role, String text) {
    return role + (hasFinalNewline(text) ? " ends with a newline" : " has no final newline");
  }

  private static String count(int n, String what) {
    return n + (n == 1 ? " line " : " lines ") + what;
  }

  /** firstDifferentLine is the 1-based number of the first line whose bytes differ. */
  private static int firstDifferentLine(String a, String b) {
    var x = UnifiedDiff.lines(a);
    var y = UnifiedDiff.lines(b);
    int i = 0;
    while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
      i++;
    }
    return i + 1;
  }
}
