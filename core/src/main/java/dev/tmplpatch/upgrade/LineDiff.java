package dev.tmplpatch.upgrade;

import dev.tmplpatch.document.LineEnding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * LineDiff is the line difference of two texts as hunks over the old text: each hunk replaces old
 * lines {@code [start, end)} with new lines. Lines keep their terminators, so {@code "a\r\n"} and
 * {@code "a\n"} differ and a rebuilt text is byte-identical.
 */
final class LineDiff {

  /** MAX_CELLS bounds the longest-common-subsequence table; past it the middle is one hunk. */
  static final long MAX_CELLS = 4_000_000L;

  /** Hunk replaces old lines [start, end) with lines; start == end is an insertion before start. */
  record Hunk(int start, int end, List<String> lines) {
    Hunk {
      lines = List.copyOf(lines);
    }

    boolean isInsertion() {
      return start == end;
    }
  }

  private LineDiff() {}

  /** lines splits after each LF, keeping the endings ({@link LineEnding#lines}). */
  static List<String> lines(String text) {
    return LineEnding.lines(text);
  }

  /** hunks returns the changes that turn a into b, comparing lines exactly. */
  static List<Hunk> hunks(List<String> a, List<String> b) {
    return hunks(a, b, UnaryOperator.identity());
  }

  /**
   * hunks returns the changes that turn a into b, comparing lines by key (e.g. without their
   * terminator); the hunks carry b's lines as they are.
   */
  static List<Hunk> hunks(List<String> a, List<String> b, UnaryOperator<String> key) {
    int n = a.size();
    int m = b.size();
    int pre = 0;
    while (pre < n && pre < m && key.apply(a.get(pre)).equals(key.apply(b.get(pre)))) {
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && key.apply(a.get(n - 1 - suf)).equals(key.apply(b.get(m - 1 - suf)))) {
      suf++;
    }
    int an = n - pre - suf;
    int bn = m - pre - suf;
    List<Hunk> out = new ArrayList<>();
    if (an == 0 && bn == 0) {
      return out;
    }
    if (an == 0 || bn == 0 || (long) (an + 1) * (bn + 1) > MAX_CELLS) {
      out.add(new Hunk(pre, pre + an, b.subList(pre, pre + bn)));
      return out;
    }
    String[] ak = new String[an];
    String[] bk = new String[bn];
    for (int i = 0; i < an; i++) {
      ak[i] = key.apply(a.get(pre + i));
    }
    for (int j = 0; j < bn; j++) {
      bk[j] = key.apply(b.get(pre + j));
    }
    // lcs[i][j] is the LCS length of ak[i..] and bk[j..].
    int[][] lcs = new int[an + 1][bn + 1];
    for (int i = an - 1; i >= 0; i--) {
      for (int j = bn - 1; j >= 0; j--) {
        lcs[i][j] = ak[i].equals(bk[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    int hs = -1;
    int hb = -1;
    while (i < an || j < bn) {
      if (i < an && j < bn && ak[i].equals(bk[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        if (hs >= 0) {
          out.add(new Hunk(pre + hs, pre + i, b.subList(pre + hb, pre + j)));
          hs = -1;
        }
        i++;
        j++;
        continue;
      }
      if (hs < 0) {
        hs = i;
        hb = j;
      }
      // Deletions first, so that a replaced block reads as old lines out, new lines in.
      if (i < an && (j >= bn || lcs[i + 1][j] >= lcs[i][j + 1])) {
        i++;
      } else {
        j++;
      }
    }
    if (hs >= 0) {
      out.add(new Hunk(pre + hs, pre + an, b.subList(pre + hb, pre + bn)));
    }
    return out;
  }

  /** distance counts the lines removed plus the lines added. */
  static int distance(List<Hunk> hunks) {
    int d = 0;
    for (Hunk h : hunks) {
      d += h.end() - h.start() + h.lines().size();
    }
    return d;
  }

  /** apply rebuilds the new lines from the old lines and the hunks. */
  static List<String> apply(List<String> a, List<Hunk> hunks) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Hunk h : hunks) {
      out.addAll(a.subList(at, h.start()));
      out.addAll(h.lines());
      at = h.end();
    }
    out.addAll(a.subList(at, a.size()));
    return out;
  }
}
