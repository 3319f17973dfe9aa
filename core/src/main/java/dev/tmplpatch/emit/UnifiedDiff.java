package dev.tmplpatch.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** The context {@code diff -u} uses. */
  public static final int DEFAULT_CONTEXT = 3;

  /** Beyond this many edits the middle is shown as replaced: still a correct diff, bounded memory. */
  private static final int MAX_EDITS = 4000;

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

  /** lines splits after each LF, keeping the terminator, so that CR and a missing final newline count. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
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

  /** Change replaces old lines [oldStart, oldEnd) by new lines [newStart, newEnd). */
  record Change(int oldStart, int oldEnd, int newStart, int newEnd) {
    int oldCount() {
      return oldEnd - oldStart;
    }

    int newCount() {
      return newEnd - newStart;
    }
  }

  /** LineMatcher finds a shortest edit script with Myers' O(ND) algorithm. */
  static final class LineMatcher {
    private LineMatcher() {}

    /** changes returns the runs of removed and added lines, in order, between equal lines. */
    static List<Change> changes(List<String> a, List<String> b, int maxEdits) {
      Map<String, Integer> ids = new HashMap<>();
      int[] x = encode(a, ids);
      int[] y = encode(b, ids);
      int prefix = 0;
      while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
        prefix++;
      }
      int suffix = 0;
      while (suffix < x.length - prefix
          && suffix < y.length - prefix
          && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
        suffix++;
      }
      int n = x.length - prefix - suffix;
      int m = y.length - prefix - suffix;
      // ops[i] for the trimmed middle: true = the old line is kept (matched).
      boolean[] keptOld = new boolean[n];
      boolean[] keptNew = new boolean[m];
      if (n > 0 && m > 0) {
        myers(x, y, prefix, n, m, maxEdits, keptOld, keptNew);
      }
      List<Change> changes = new ArrayList<>();
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && keptOld[i] && keptNew[j]) {
          i++;
          j++;
          continue;
        }
        int oi = i;
        int nj = j;
        while (i < n && !keptOld[i]) {
          i++;
        }
        while (j < m && !keptNew[j]) {
          j++;
        }
        changes.add(new Change(prefix + oi, prefix + i, prefix + nj, prefix + j));
      }
      return changes;
    }

    private static int[] encode(List<String> lines, Map<String, Integer> ids) {
      int[] out = new int[lines.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ids.computeIfAbsent(lines.get(i), k -> ids.size());
      }
      return out;
    }

    /** myers marks the matched lines of a[off, off+n) and b[off, off+m); all unmarked past maxEdits. */
    private static void myers(
        int[] a, int[] b, int off, int n, int m, int maxEdits, boolean[] keptOld, boolean[] keptNew) {
      int max = Math.min(n + m, maxEdits);
      int zero = max + 1;
      int[] v = new int[2 * max + 3];
      List<int[]> trace = new ArrayList<>();
      for (int d = 0; d <= max; d++) {
        // Keep v[-d..d] as it was before step d: backtracking needs each step's predecessor.
        int[] snapshot = new int[2 * d + 1];
        System.arraycopy(v, zero - d, snapshot, 0, 2 * d + 1);
        trace.add(snapshot);
        for (int k = -d; k <= d; k += 2) {
          int px;
          if (k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1])) {
            px = v[zero + k + 1];
          } else {
            px = v[zero + k - 1] + 1;
          }
          int py = px - k;
          while (px < n && py < m && a[off + px] == b[off + py]) {
            px++;
            py++;
          }
          v[zero + k] = px;
          if (px >= n && py >= m) {
            backtrack(trace, n, m, keptOld, keptNew);
            return;
          }
        }
      }
      // Too many edits: leave everything unmatched, which is a correct if long diff.
    }

    private static void backtrack(List<int[]> trace, int n, int m, boolean[] keptOld, boolean[] keptNew) {
      int x = n;
      int y = m;
      for (int d = trace.size() - 1; d >= 0; d--) {
        int[] v = trace.get(d);
        int k = x - y;
        int prevK;
        if (d == 0) {
          prevK = 0;
        } else if (k == -d || (k != d && at(v, d, k - 1) < at(v, d, k + 1))) {
          prevK = k + 1;
        } else {
          prevK = k - 1;
        }
        int prevX = d == 0 ? 0 : at(v, d, prevK);
        int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
          x--;
          y--;
          keptOld[x] = true;
          keptNew[y] = true;
        }
        x = prevX;
        y = prevY;
      }
    }

    /** at reads v[k] from the snapshot taken before step d, which covers k in [-d, d]. */
    private static int at(int[] snapshot, int d, int k) {
      return snapshot[k + d];
    }
  }
}
