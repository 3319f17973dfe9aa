// Ported from Go's internal/fmtsort (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** MapKeys orders a map's keys as Go's fmtsort does (for range and for printing). */
final class MapKeys {
  private MapKeys() {
  }

  /** sorted returns the key payloads of a map value in Go's order. */
  static List<Object> sorted(Value map) {
    List<Object> keys = new ArrayList<>(map.map().keySet());
    GoType.Kind k = map.type().key().kind();
    keys.sort(comparator(k));
    return keys;
  }

  private static Comparator<Object> comparator(GoType.Kind k) {
    if (k == GoType.Kind.STRING) {
      return (a, b) -> GoStrings.compare((String) a, (String) b);
    }
    if (k.isInt()) {
      return (a, b) -> Long.compare((Long) a, (Long) b);
    }
    if (k.isUint()) {
      return (a, b) -> Long.compareUnsigned((Long) a, (Long) b);
    }
    if (k.isFloat()) {
      // fmtsort: NaNs first, then numeric order (-0 == +0).
      return (a, b) -> {
        double x = (Double) a;
        double y = (Double) b;
        if (x < y) {
          return -1;
        }
        if (x > y) {
          return 1;
        }
        if (Double.isNaN(x)) {
          return Double.isNaN(y) ? 0 : -1;
        }
        return Double.isNaN(y) ? 1 : 0;
      };
    }
    if (k == GoType.Kind.BOOL) {
      return (a, b) -> Boolean.compare((Boolean) a, (Boolean) b);
    }
    throw new IllegalStateException("unsupported map key kind " + k);
  }
}
