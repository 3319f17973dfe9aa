package dev.tmplpatch.diagnose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Diagnose finds the known failures in what users paste: kubectl describe and get events output,
 * container and istiod logs, node journals. Patterns run over the whole text, so a message
 * wrapped over several lines is still found.
 */
public final class Diagnose {
  /** MAX_EXCERPT bounds the excerpt of a match shown to the user. */
  public static final int MAX_EXCERPT = 160;

  private Diagnose() {}

  private record Hit(KnownFailure failure, int start, int end, List<String> args) {}

  /**
   * scan returns one diagnosis per recognised failure, in the order of their first occurrence.
   * When nothing is found, it tries once more with the lines joined where a terminal or an issue
   * tracker broke them inside a word (/proc/sys/net/ipv4/ip_unprivi + leged_port_start).
   */
  public static List<Diagnosis> scan(String input) {
    // Logs written as JSON (istiod --log_as_json, kubelet's err="...") escape the quotes the
    // messages contain; unescaping keeps every line where it was.
    String text = input.replace("\\\"", "\"");
    List<Diagnosis> found = diagnose(text, text, hits(text), null);
    if (!found.isEmpty() || text.indexOf('\n') < 0) {
      return found;
    }
    StringBuilder joined = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        while (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
          i++;
        }
        continue;
      }
      origin[joined.length()] = i;
      joined.append(c);
    }
    origin[joined.length()] = text.length();
    return diagnose(text, joined.toString(), hits(joined.toString()), origin);
  }

  private static List<Hit> hits(String text) {
    List<Hit> hits = new ArrayList<>();
    for (KnownFailure f : KnownFailures.all()) {
      Matcher m = f.pattern().matcher(text);
      while (m.find()) {
        if (f.applies().test(m)) {
          List<String> args = new ArrayList<>();
          for (int g : f.groups()) {
            String v = m.group(g);
            args.add(v == null || v.isBlank() ? "-" : shorten(v.strip().replaceAll("\\s+", " ")));
          }
          hits.add(new Hit(f, m.start(), m.end(), List.copyOf(args)));
        }
      }
    }
    // A fallback yields to an overlapping match of a rule before it in the table, in a family it
    // defers to. Hits sorted by start, so only those starting within the longest hit are looked at.
    hits.sort(Comparator.comparingInt(Hit::start));
    int longest = hits.stream().mapToInt(h -> h.end() - h.start()).max().orElse(0);
    List<Hit> kept = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      boolean yields = false;
      if (h.failure().fallback()) {
        int j = i;
        while (j > 0 && hits.get(j - 1).start() >= h.start() - longest) {
          j--;
        }
        for (; j < hits.size() && hits.get(j).start() < h.end() && !yields; j++) {
          Hit o = hits.get(j);
          yields = order(o) < order(h) && h.failure().defersTo().contains(o.failure().family())
              && o.start() < h.end() && h.start() < o.end();
        }
      }
      if (!yields) {
        kept.add(h);
      }
    }
    return kept;
  }

  /**
   * diagnose groups the hits by rule. The hits are offsets in matched, which is the text itself
   * or the text with its lines joined; then origin maps matched's offsets back to the text.
   */
  private static List<Diagnosis> diagnose(String text, String matched, List<Hit> kept, int[] origin) {
    Map<String, Diagnosis> byRule = new LinkedHashMap<>();
    int[] lineStarts = lineStarts(text);
    for (Hit h : kept) {
      Diagnosis seen = byRule.get(h.failure().id());
      if (seen == null) {
        int start = origin == null ? h.start() : origin[h.start()];
        byRule.put(h.failure().id(), new Diagnosis(h.failure(), lineOf(lineStarts, start), 1, h.args(),
            excerpt(matched, h.start(), h.end())));
        continue;
      }
      // Repeats count; values that differ (another port, another function) are listed, each once.
      List<String> args = new ArrayList<>(seen.args());
      for (int i = 0; i < args.size(); i++) {
        if (!List.of(args.get(i).split(", ")).contains(h.args().get(i))) {
          args.set(i, args.get(i) + ", " + h.args().get(i));
        }
      }
      byRule.put(h.failure().id(), new Diagnosis(seen.failure(), seen.line(), seen.count() + 1, List.copyOf(args),
          seen.excerpt()));
    }
    return List.copyOf(byRule.values());
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] lineStarts, int offset) {
    int i = java.util.Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static final Map<KnownFailure, Integer> ORDER = order();

  private static Map<KnownFailure, Integer> order() {
    Map<KnownFailure, Integer> m = new java.util.IdentityHashMap<>();
    for (KnownFailure f : KnownFailures.all()) {
      m.put(f, m.size());
    }
    return m;
  }

  private static int order(Hit h) {
    return ORDER.get(h.failure());
  }

  private static String excerpt(String text, int start, int end) {
    return shorten(text.substring(start, Math.min(end, start + 4 * MAX_EXCERPT)).replaceAll("\\s+", " ").strip());
  }

  private static String shorten(String s) {
    return s.length() <= MAX_EXCERPT ? s : s.substring(0, MAX_EXCERPT - 3) + "...";
  }
}
