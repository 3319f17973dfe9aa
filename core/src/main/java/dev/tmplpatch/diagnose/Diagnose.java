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

  /** scan returns one diagnosis per recognised failure, in the order of their first occurrence. */
  public static List<Diagnosis> scan(String input) {
    // Logs written as JSON (istiod --log_as_json, kubelet's err="...") escape the quotes the
    // messages contain; unescaping keeps every line where it was.
    String text = input.replace("\\\"", "\"");
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
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      // A fallback yields to an overlapping match of a rule before it in the table, in a family it defers to.
      if (!h.failure().fallback() || hits.stream().noneMatch(o -> order(o) < order(h)
          && h.failure().defersTo().contains(o.failure().family()) && o.start() < h.end() && h.start() < o.end())) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::start));
    Map<String, Diagnosis> byRule = new LinkedHashMap<>();
    for (Hit h : kept) {
      Diagnosis seen = byRule.get(h.failure().id());
      if (seen == null) {
        byRule.put(h.failure().id(), new Diagnosis(h.failure(), lineOf(text, h.start()), 1, h.args(),
            excerpt(text, h.start(), h.end())));
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

  private static int order(Hit h) {
    return KnownFailures.all().indexOf(h.failure());
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String excerpt(String text, int start, int end) {
    return shorten(text.substring(start, Math.min(end, start + 4 * MAX_EXCERPT)).replaceAll("\\s+", " ").strip());
  }

  private static String shorten(String s) {
    return s.length() <= MAX_EXCERPT ? s : s.substring(0, MAX_EXCERPT - 3) + "...";
  }
}
