package dev.tmplpatch.emit;

import dev.tmplpatch.document.LineEnding;

import java.util.ArrayList;
import java.util.List;

/**
 * UnifiedDiff is the line difference between two texts, printed exactly as GNU {@code diff -u}
 * prints it and explained in one line when only line endings or the final newline differ.
 *
 * <p>A line is compared together with its terminator, as {@code diff} does: {@code "a\r\n"},
 * {@code "a\n"} and a last {@code "a"} without newline are three different lines. That keeps
 * {@link #format} byte-compatible with {@code diff -u} and {@code patch}; {@link #describe} is
 * the reader-facing form, which names line-ending and final-newline differences instead of
 * printing every line twice.
 */
public final class UnifiedDiff {

  /** DEFAULT_CONTEXT is the number of context lines {@code diff -u} shows around a change. */
  public static final int DEFAULT_CONTEXT = 3;

  /** MAX_EDITS bounds the search: past it the middle is shown as replaced, still a correct diff. */
  private static final int MAX_EDITS = 2000;

  private final String oldText;
  private final String newText;
  private final List<String> oldLines;
  private final List<String> newLines;
  private final List<Change> changes;

  private UnifiedDiff(String oldText, String newText, int maxEdits) {
    this.oldText = oldText;
    this.newText = newText;
    this.oldLines = lines(oldText);
    this.newLines = lines(newText);
    this.changes = LineMatcher.changes(oldLines, newLines, maxEdits);
  }

  /** between compares an old (expected) text with a new (actual) text. */
  public static UnifiedDiff between(String oldText, String newText) {
    return between(oldText, newText, MAX_EDITS);
  }

  /** between with an edit budget, so tests can reach the fallback for very different texts. */
  static UnifiedDiff between(String oldText, String newText, int maxEdits) {
    if (oldText == null || newText == null) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("texts to compare must not be null");
    }
    return new UnifiedDiff(oldText, newText, maxEdits);
  }

  /** isEmpty tells whether the two texts are identical, byte for byte. */
  public boolean isEmpty() {
    return oldText.equals(newText);
  }

  /** removedLines counts the old lines that the diff removes. */
  public int removedLines() {
    return changes.stream().mapToInt(Change::oldCount).sum();
  }

  /** addedLines counts the new lines that the diff adds. */
  public int addedLines() {
    return changes.stream().mapToInt(Change::newCount).sum();
  }

  /** format prints the diff as {@code diff -u --label a/NAME --label b/NAME} does; empty when identical. */
  public String format(String name) {
    return format("a/" + name, "b/" + name, DEFAULT_CONTEXT);
  }

  /** format prints the diff with the given header labels and lines of context, as {@code diff -U}. */
  public String format(String oldLabel, String newLabel, int context) {
    if (context < 0) {
      // A programming error too: English, listed.
      throw new IllegalArgumentException("context must be >= 0, got " + context);
    }
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldLabel).append('\n');
    out.append("+++ ").append(newLabel).append('\n');
    int first = 0;
    while (first < changes.size()) {
      int last = first;
      // GNU diff joins two changes into one hunk when at most 2*context equal lines lie between.
      while (last + 1 < changes.size()
          && changes.get(last + 1).oldStart() - changes.get(last).oldEnd() <= 2 * context) {
        last++;
      }
      appendHunk(out, first, last, context);
      first = last + 1;
    }
    return out.toString();
  }

  private void appendHunk(StringBuilder out, int first, int last, int context) {
    Change head = changes.get(first);
    Change tail = changes.get(last);
    int before = Math.min(context, head.oldStart());
    int after = Math.min(context, oldLines.size() - tail.oldEnd());
    int oldStart = head.oldStart() - before;
    int newStart = head.newStart() - before;
    int oldEnd = tail.oldEnd() + after;
    int newEnd = tail.newEnd() + after;
    out.append("@@ -").append(range(oldStart, oldEnd - oldStart));
    out.append(" +").append(range(newStart, newEnd - newStart)).append(" @@\n");
    int at = oldStart;
    for (int i = first; i <= last; i++) {
      Change c = changes.get(i);
      for (; at < c.oldStart(); at++) {
        appendLine(out, ' ', oldLines.get(at));
      }
      for (int k = c.oldStart(); k < c.oldEnd(); k++) {
        appendLine(out, '-', oldLines.get(k));
      }
      for (int k = c.newStart(); k < c.newEnd(); k++) {
        appendLine(out, '+', newLines.get(k));
      }
      at = c.oldEnd();
    }
    for (; at < oldEnd; at++) {
      appendLine(out, ' ', oldLines.get(at));
    }
  }

  /** range prints a hunk range like GNU diff: an empty range names the line before it. */
  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    return (start + 1) + "," + count;
  }

  private static void appendLine(StringBuilder out, char prefix, String line) {
    out.append(prefix);
    if (line.endsWith("\n")) {
      out.append(line);
    } else {
      out.append(line).append("\n\\ No newline at end of file\n");
    }
  }

  /**
   * summary says in one line how the texts differ, with {@code expected} for the old text and
   * {@code actual} for the new one; empty when they are identical.
   */
  public String summary() {
    return summary("expected", "actual");
  }

  /** summary says in one line how the texts differ, naming the two sides with the given roles. */
  public String summary(String oldRole, String newRole) {
    return Ending.summary(this, oldRole, newRole);
  }

  /** describe is the reader's form with roles expected/actual: see {@link #describe(String, String, String)}. */
  public String describe(String name) {
    return describe(name, "expected", "actual");
  }

  /**
   * describe explains the difference for a person: a one-line summary when only line endings
   * differ, otherwise the summary (if any) followed by the unified diff; when line endings differ
   * as well as the text, the diff compares the texts with CRLF read as LF so that only real
   * changes are shown.
   */
  public String describe(String name, String oldRole, String newRole) {
    if (isEmpty()) {
      return "";
    }
    String summary = summary(oldRole, newRole);
    if (Ending.onlyLineEndingsDiffer(oldText, newText)) {
      return name + ": " + summary + "\n";
    }
    UnifiedDiff shown = this;
    if (Ending.lineEndingsDiffer(oldText, newText)) {
      shown = between(Ending.toLf(oldText), Ending.toLf(newText));
    }
    return name + ": " + summary + "\n" + shown.format(name);
  }

  String oldText() {
    return oldText;
  }

  String newText() {
    return newText;
  }

  /** lines splits after each LF, keeping the endings ({@link LineEnding#lines}). */
  static List<String> lines(String text) {
    return LineEnding.lines(text);
  }

  /** Change replaces old lines [oldStart, oldEnd) by new lines [newStart, newEnd). */
  record Change(int oldStart, int oldEnd, int newStart, int newEnd) {
    int oldCount() {
      return oldEnd - oldStart;
    }

    int newCount() {
      return newEnd - newStart;
    }
  }
}
