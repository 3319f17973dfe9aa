package dev.tmplpatch.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** LineMatcher finds a shortest edit script with Myers' O(ND) algorithm. */
final class LineMatcher {
  private LineMatcher() {}

  /** changes returns the runs of removed and added lines, in order, between equal lines. */
  static List<UnifiedDiff.Change> changes(List<String> a, List<String> b, int maxEdits) {
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
    // keptOld[i] / keptNew[j]: that line of the trimmed middle is matched with one on the other side.
    boolean[] keptOld = new boolean[n];
    boolean[] keptNew = new boolean[m];
    if (n > 0 && m > 0) {
      myers(x, y, prefix, n, m, maxEdits, keptOld, keptNew);
    }
    List<UnifiedDiff.Change> changes = new ArrayList<>();
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
      changes.add(new UnifiedDiff.Change(prefix + oi, prefix + i, prefix + nj, prefix + j));
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
