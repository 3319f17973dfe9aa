package dev.tmplpatch.verify;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.verify.PodSpecs.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * PodFields reads what the pods of a template set, across the branch projections around their
 * security contexts, for the checks of hand-edit mistakes: capabilities at pod level (Kubernetes
 * has no such field) and capability names that are not written as the runtime expects them.
 * Positions are those of the original text; each place is reported once.
 */
public final class PodFields {

  /** Hit is one place a check found, with the text the rendered YAML has there. */
  public record Hit(String rule, int line, int column, String value) {}

  /** POD_CAPABILITIES names capabilities set in a pod's own securityContext. */
  public static final String POD_CAPABILITIES = "pod-capabilities";
  /** DUPLICATE_KEY names a key written twice in one mapping (Go's reader keeps the last one). */
  public static final String DUPLICATE_KEY = "duplicate-key";
  /** CAP_PREFIX names a capability written with the CAP_ prefix or not in upper case. */
  public static final String CAP_SPELLING = "cap-prefix";

  private PodFields() {}

  /** scan returns the hits of every projection, in line order. */
  public static List<Hit> scan(TemplateDocument doc) {
    Map<String, Hit> out = new LinkedHashMap<>();
    List<BranchChoices.Choice> list;
    try {
      list = BranchChoices.of(doc, CheckedLines.of(doc, Promise.NOTHING)).choices();
    } catch (BranchChoices.TooMany e) {
      list = List.of(); // too many to read one by one: the covering projections below still are
    }
    List<Hits> projections = new ArrayList<>();
    for (BranchChoices.Choice c : list) {
      // The proof of an edit has read these projections of its result, and left their hits.
      projections.add(doc.derived(key(c), () -> read(Verifier.read(doc, c))));
    }
    int covering = Projection.coveringCount(doc);
    for (int k = 0; k < covering; k++) {
      int choice = k;
      projections.add(read(RenderedYaml.documents(doc, "covering:" + choice, () -> Projection.covering(doc, choice))));
    }
    for (Hits h : projections) {
      h.duplicates.forEach(out::putIfAbsent);
      h.pods.forEach(out::putIfAbsent);
    }
    List<Hit> hits = new ArrayList<>(out.values());
    hits.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    return hits;
  }

  /**
   * Hits are what one projection shows: duplicate keys, then the pods' hits, in document order.
   * A projection that is not YAML shows none (its problem is lint's invalid-yaml).
   */
  static final class Hits {
    final Map<String, Hit> duplicates = new LinkedHashMap<>();
    final Map<String, Hit> pods = new LinkedHashMap<>();

    /** add scans document {@code index} of a projection. */
    void add(int index, RenderedYaml r) {
      for (org.snakeyaml.engine.v2.nodes.ScalarNode k : r.allDuplicateKeys()) {
        put(duplicates, r, DUPLICATE_KEY, k, k.getValue());
      }
      for (PodSpec pod : PodSpecs.find(index, r.documents().get(0))) {
        scanPod(r, pod, pods);
      }
    }
  }

  /** key names the hits of a choice's projection on its document (see {@link TemplateDocument#derived}). */
  static String key(BranchChoices.Choice c) {
    return PodFields.class.getName() + ":choice:" + java.util.Arrays.toString(c.options()) + ":" + c.description();
  }

  /** read reads one projection to its end, one document at a time. */
  private static Hits read(RenderedYaml.Documents in) {
    Hits h = new Hits();
    for (RenderedYaml r = in.next(); r != null; r = in.next()) {
      h.add(in.index() - 1, r);
    }
    return in.problem().isEmpty() ? h : new Hits();
  }

  private static void scanPod(RenderedYaml r, PodSpec pod, Map<String, Hit> out) {
    Optional<Node> sc = RenderedYaml.get(pod.spec(), "securityContext");
    if (sc.isPresent()) {
      for (Node k : RenderedYaml.keys(sc.get())) {
        if (RenderedYaml.scalar(k).filter("capabilities"::equals).isPresent()) {
          put(out, r, POD_CAPABILITIES, k, pod.path() + ".securityContext.capabilities");
          RenderedYaml.get(sc.get(), "capabilities").ifPresent(caps -> spelling(r, caps, out));
        }
      }
    }
    for (String list : new String[] {"containers", "initContainers", "ephemeralContainers"}) {
      Optional<Node> l = RenderedYaml.get(pod.spec(), list);
      if (l.isEmpty()) {
        continue;
      }
      for (Node item : RenderedYaml.items(l.get())) {
        Optional<Node> caps = RenderedYaml.get(item, "securityContext").flatMap(s -> RenderedYaml.get(s, "capabilities"));
        caps.ifPresent(c -> spelling(r, c, out));
      }
    }
  }

  private static void spelling(RenderedYaml r, Node caps, Map<String, Hit> out) {
    for (String key : new String[] {"add", "drop"}) {
      RenderedYaml.get(caps, key).ifPresent(names -> {
        for (Node n : RenderedYaml.items(names)) {
          Optional<String> v = RenderedYaml.scalar(n);
          if (v.isPresent() && RenderedYaml.action(n).isEmpty() && v.get().toUpperCase(Locale.ROOT).startsWith("CAP_")) {
            put(out, r, CAP_SPELLING, n, v.get());
          }
        }
      });
    }
  }

  private static void put(Map<String, Hit> out, RenderedYaml r, String rule, Node n, String value) {
    int[] at = r.at(n);
    out.putIfAbsent(rule + ":" + at[0] + ":" + at[1], new Hit(rule, at[0], at[1], value));
  }
}
