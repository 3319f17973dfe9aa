package dev.tmplpatch.verify;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.verify.PodSpecs.PodSpec;
import dev.tmplpatch.verify.Verdict.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Verifier checks a promise on the YAML a template renders: for every branch projection that
 * encloses or shapes the places the promise is about ({@link CheckedLines}, {@link BranchChoices}),
 * it reads the projection as a YAML loader does ({@link RenderedYaml}), finds every pod spec
 * ({@link PodSpecs}) and checks each clause there. It does not use the edits' own target finding,
 * so an edit that looked in the wrong place is caught here.
 *
 * <p>Places whose YAML comes from an action that prints YAML of its own ({@code toYaml} of the
 * user's values) count as neither proof nor violation. A key made by an inline action, a value the
 * promise needs that an action computes, or YAML that does not parse is a violation: the promise
 * cannot be proven there.
 */
public final class Verifier {

  private final TemplateDocument before;
  private final TemplateDocument after;
  private final Promise promise;
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> containersSeen = new HashSet<>();
  private final Set<String> podSysctlsBefore = new LinkedHashSet<>();
  private final Set<String> podSysctlsAfter = new HashSet<>();
  private int fromValues;
  private BranchChoices words;
  private int[] current;

  private Verifier(TemplateDocument before, TemplateDocument after, Promise promise) {
    this.before = before;
    this.after = after;
    this.promise = promise;
  }

  /**
   * verify checks the promise on every relevant projection of {@code after}; {@code before} is the
   * input, for what must stay as it was (other sysctls, capabilities.drop).
   */
  public static Verdict verify(TemplateDocument before, TemplateDocument after, Promise promise) {
    return new Verifier(before, after, promise).run();
  }

  private Verdict run() {
    List<BranchChoices.Choice> choices;
    try {
      words = BranchChoices.of(after, CheckedLines.of(after, promise));
      choices = words.choices();
    } catch (BranchChoices.TooMany e) {
      int line = after.actions().get(e.node.open()).line();
      violations.add(new Violation(after.name(), line, after.actions().get(e.node.open()).column(),
          "the branches nested in `" + after.describeChoice(e.node, 0) + "`",
          e.count + " branch combinations around the checked fields",
          "at most " + BranchChoices.LIMIT + " to prove the edit; simplify the branches there or edit by hand"));
      return new Verdict(0, 0, violations);
    }
    boolean sameShape = BranchChoices.shape(before).equals(BranchChoices.shape(after));
    for (BranchChoices.Choice c : choices) {
      current = c.options();
      checkChoice(c, sameShape);
    }
    if (!sameShape) {
      current = null;
      for (BranchChoices.Choice c : BranchChoices.of(before, CheckedLines.of(before, promise)).choices()) {
        // A projection of the input that is not YAML adds nothing: keep what it adds until the end.
        Set<String> found = new LinkedHashSet<>();
        RenderedYaml.Documents rb = read(before, c);
        for (RenderedYaml d = rb.next(); d != null; d = rb.next()) {
          for (PodSpec p : PodSpecs.find(0, d.documents().get(0))) {
            found.addAll(otherSysctls(p));
          }
        }
        if (rb.problem().isEmpty()) {
          podSysctlsBefore.addAll(found);
        }
      }
    }
    for (Promise.Clause clause : promise.clauses()) {
      if (clause instanceof Promise.NoPodSysctl s) {
        for (String name : podSysctlsBefore) {
          if (!name.equals(s.sysctl()) && !podSysctlsAfter.contains(name)) {
            add(0, 0, "any branch choice", "the pod sysctl " + name + " is gone", "every other sysctl kept");
          }
        }
      }
      String container = clause instanceof Promise.ContainerAdds a ? a.container()
          : clause instanceof Promise.ContainerRunsAsRoot r ? r.container() : null;
      if (container != null && !containersSeen.contains(container)) {
        add(0, 0, "every branch choice", "no container " + container + " in any pod spec", clause.says());
      }
    }
    return new Verdict(choices.size(), fromValues, violations);
  }

  /**
   * checkChoice checks one branch choice of the result, document by document, each with the
   * input's document of the same index (for what must stay as it was) when both have the same
   * branch shape. Only one document of each is held at a time. What it finds counts only when
   * the result's whole projection reads as YAML (otherwise that is the one violation), and the
   * input's documents are used only when its whole projection does: as if both were read whole
   * first, which is what this replaces.
   */
  private void checkChoice(BranchChoices.Choice c, boolean sameShape) {
    State saved = new State();
    Optional<RenderedYaml.Problem> problem = checkDocuments(c, read(after, c), sameShape ? read(before, c) : null);
    if (problem.isEmpty() && sameShape && beforeFailed) {
      saved.restore();
      problem = checkDocuments(c, read(after, c), null);
    }
    if (problem.isPresent()) {
      saved.restore();
      RenderedYaml.Problem p = problem.get();
      add(p.line(), p.column(), "", "the result does not read as YAML (" + p.message() + ")", "YAML a loader reads");
    }
  }

  private boolean beforeFailed;

  /**
   * checkDocuments checks the result's documents against the input's (rb null: without them); it
   * returns the result's YAML problem, and sets {@link #beforeFailed} when the input's projection
   * has one.
   */
  private Optional<RenderedYaml.Problem> checkDocuments(BranchChoices.Choice c, RenderedYaml.Documents ra,
      RenderedYaml.Documents rb) {
    beforeFailed = false;
    // Lint reads the same projections of the result for its own checks (PodFields): what they
    // show is taken on the way, so that a large template's are not composed again for it.
    PodFields.Hits hits = new PodFields.Hits();
    for (RenderedYaml a = ra.next(); a != null; a = ra.next()) {
      RenderedYaml b = rb == null ? null : rb.next();
      if (rb != null && rb.problem().isPresent()) {
        beforeFailed = true;
        return ra.drain();
      }
      check(ra.index() - 1, a, b);
      hits.add(ra.index() - 1, a);
    }
    after.derived(PodFields.key(c), () -> ra.problem().isEmpty() ? hits : new PodFields.Hits());
    if (ra.problem().isPresent()) {
      return ra.problem();
    }
    if (rb != null && rb.drain().isPresent()) {
      beforeFailed = true;
    }
    return Optional.empty();
  }

  /**
   * read reads the projection of a choice of a document; lint reads the same ones of an edit's
   * result (see {@link PodFields}), so the key names the choice alone.
   */
  static RenderedYaml.Documents read(TemplateDocument doc, BranchChoices.Choice c) {
    return RenderedYaml.documents(doc, "choice:" + java.util.Arrays.toString(c.options()) + ":" + c.description(),
        () -> Projection.of(doc, BranchChoices.chooser(doc, c.options()), c.description()));
  }

  /** State is what checking a choice changes, saved so that a choice that turns out unreadable adds nothing. */
  private final class State {
    private final int violationCount = violations.size();
    private final Set<String> seenKeys = new HashSet<>(seen);
    private final Set<String> containers = new HashSet<>(containersSeen);
    private final Set<String> sysctlsBefore = new LinkedHashSet<>(podSysctlsBefore);
    private final Set<String> sysctlsAfter = new HashSet<>(podSysctlsAfter);
    private final int values = fromValues;

    void restore() {
      violations.subList(violationCount, violations.size()).clear();
      seen.retainAll(seenKeys);
      containersSeen.retainAll(containers);
      podSysctlsBefore.clear();
      podSysctlsBefore.addAll(sysctlsBefore);
      podSysctlsAfter.retainAll(sysctlsAfter);
      fromValues = values;
    }
  }

  /**
   * check checks the pods of document {@code index} of the result, {@code ra}, against the same
   * document of the input, {@code rb} (null when there is none to compare with).
   */
  private void check(int index, RenderedYaml ra, RenderedYaml rb) {
    String choice = "";
    Map<String, PodSpec> beforePods = new HashMap<>();
    if (rb != null) {
      for (PodSpec p : PodSpecs.find(index, rb.documents().get(0))) {
        beforePods.put(p.document() + "/" + p.path(), p);
      }
    }
    for (PodSpec pod : PodSpecs.find(index, ra.documents().get(0))) {
      PodSpec old = beforePods.get(pod.document() + "/" + pod.path());
      for (Promise.Clause clause : promise.clauses()) {
        if (clause instanceof Promise.NoPodSysctl s) {
          checkSysctls(choice, ra, pod, s.sysctl());
          if (old != null) {
            podSysctlsBefore.addAll(otherSysctls(old));
          }
          podSysctlsAfter.addAll(otherSysctls(pod));
          if (old != null) {
            for (String name : otherSysctls(old)) {
              if (!name.equals(s.sysctl()) && !otherSysctls(pod).contains(name)) {
                int[] at = ra.at(pod.spec());
                add(at, choice, "the pod sysctl " + name + " is gone", "every other sysctl kept");
              }
            }
          }
        } else if (clause instanceof Promise.NoPodSysctls) {
          checkSysctls(choice, ra, pod, null);
        } else if (clause instanceof Promise.ContainerAdds a) {
          for (Node item : containers(pod, a.container())) {
            checkCapabilities(choice, ra, rb, old, item, a);
          }
        } else if (clause instanceof Promise.ContainerRunsAsRoot r) {
          for (Node item : containers(pod, r.container())) {
            checkRoot(choice, ra, item, r);
          }
        }
      }
    }
  }

  /** checkSysctls finds a pod sysctl named {@code name} (any sysctl when null) the template writes. */
  private void checkSysctls(String choice, RenderedYaml r, PodSpec pod, String name) {
    Optional<Node> sc = RenderedYaml.get(pod.spec(), "securityContext");
    if (sc.isEmpty() || RenderedYaml.isNull(sc.get())) {
      return;
    }
    if (RenderedYaml.action(sc.get()).isPresent()) {
      fromValues++;
      return;
    }
    if (!(sc.get() instanceof MappingNode m)) {
      return;
    }
    String needed = name == null ? "no pod sysctls" : "no pod sysctl " + name;
    if (!keysReadable(choice, r, m, "the pod securityContext", needed)) {
      return;
    }
    Optional<Node> sysctls = RenderedYaml.get(m, "sysctls");
    if (sysctls.isEmpty() || RenderedYaml.isNull(sysctls.get())) {
      return;
    }
    if (RenderedYaml.action(sysctls.get()).isPresent()) {
      fromValues++;
      return;
    }
    for (Node item : RenderedYaml.items(sysctls.get())) {
      if (r.fromValues(item)) {
        fromValues++;
        continue;
      }
      Optional<Node> n = RenderedYaml.get(item, "name");
      int[] at = r.at(item);
      if (n.isPresent() && RenderedYaml.action(n.get()).isPresent()) {
        add(at, choice, "a pod sysctl whose name an action computes (`" + actionText(n.get()) + "`)", needed);
      } else if (name == null || n.flatMap(RenderedYaml::scalar).filter(name::equals).isPresent()) {
        add(at, choice, "the pod sysctl " + n.flatMap(RenderedYaml::scalar).orElse("(unnamed)")
            + " in spec.securityContext.sysctls of " + where(pod), needed);
      }
    }
  }

  private void checkCapabilities(String choice, RenderedYaml r, RenderedYaml rb, PodSpec old, Node item,
      Promise.ContainerAdds clause) {
    String needed = clause.says();
    Optional<MappingNode> sc = securityContext(choice, r, item, clause.container(), needed);
    if (sc.isEmpty()) {
      return;
    }
    Optional<Node> caps = RenderedYaml.get(sc.get(), "capabilities");
    int[] scAt = r.at(sc.get());
    if (caps.isEmpty() || RenderedYaml.isNull(caps.get())) {
      add(scAt, choice, "container " + clause.container() + " has no capabilities", needed);
      return;
    }
    if (RenderedYaml.action(caps.get()).isPresent()) {
      fromValues++;
      return;
    }
    if (!(caps.get() instanceof MappingNode cm)
        || !keysReadable(choice, r, cm, "the capabilities of container " + clause.container(), needed)) {
      return;
    }
    Optional<Node> add = RenderedYaml.get(cm, "add");
    int[] capsAt = r.at(cm);
    if (add.isEmpty() || RenderedYaml.isNull(add.get())) {
      add(capsAt, choice, "container " + clause.container() + " has no capabilities.add", needed);
    } else if (RenderedYaml.action(add.get()).isPresent()) {
      fromValues++;
    } else {
      List<String> names = new ArrayList<>();
      for (Node n : RenderedYaml.items(add.get())) {
        RenderedYaml.scalar(n).ifPresent(names::add);
      }
      for (String cap : clause.capabilities()) {
        if (names.contains(cap)) {
          continue;
        }
        Optional<String> variant = names.stream()
            .filter(n -> n.toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "").equals(cap))
            .findFirst();
        int[] at = r.at(add.get());
        add(at, choice, variant.map(v -> "capabilities.add of container " + clause.container()
                + " spells it " + v).orElse("capabilities.add of container " + clause.container() + " is " + names),
            needed);
      }
    }
    if (rb != null && old != null) {
      List<String> dropNow = drop(sc.get());
      for (Node oldItem : containers(old, clause.container())) {
        Optional<Node> oldSc = RenderedYaml.get(oldItem, "securityContext");
        if (oldSc.isPresent() && oldSc.get() instanceof MappingNode om) {
          List<String> dropBefore = drop(om);
          if (!dropBefore.equals(dropNow)) {
            add(capsAt, choice, "capabilities.drop of container " + clause.container() + " changed from "
                + dropBefore + " to " + dropNow, "capabilities.drop as it was");
          }
        }
      }
    }
  }

  private static List<String> drop(MappingNode sc) {
    List<String> out = new ArrayList<>();
    RenderedYaml.get(sc, "capabilities").flatMap(c -> RenderedYaml.get(c, "drop"))
        .ifPresent(d -> RenderedYaml.items(d).forEach(n -> out.add(RenderedYaml.scalar(n).orElse("?"))));
    return out;
  }

  private void checkRoot(String choice, RenderedYaml r, Node item, Promise.ContainerRunsAsRoot clause) {
    String needed = clause.says();
    Optional<MappingNode> sc = securityContext(choice, r, item, clause.container(), needed);
    if (sc.isEmpty()) {
      return;
    }
    for (String[] f : new String[][] {{"runAsUser", "0"}, {"runAsGroup", "0"}, {"runAsNonRoot", "false"}}) {
      Optional<Node> v = RenderedYaml.get(sc.get(), f[0]);
      boolean absentOk = f[0].equals("runAsNonRoot");
      int[] at = v.map(r::at).orElse(r.at(sc.get()));
      if (v.isEmpty() || RenderedYaml.isNull(v.get())) {
        if (!absentOk) {
          add(at, choice, "container " + clause.container() + " has no " + f[0], needed);
        }
      } else if (RenderedYaml.action(v.get()).isPresent()) {
        add(at, choice, f[0] + " of container " + clause.container() + " is computed by `"
            + actionText(v.get()) + "`", needed);
      } else if (!RenderedYaml.scalar(v.get()).map(s -> s.equals(f[1])).orElse(false)) {
        add(at, choice, f[0] + " of container " + clause.container() + " is "
            + RenderedYaml.scalar(v.get()).orElse("not a scalar"), needed);
      }
    }
  }

  /**
   * securityContext returns a container's securityContext when the template writes it; it records
   * a violation when there is none or one that cannot be read, and counts one from values.
   */
  private Optional<MappingNode> securityContext(String choice, RenderedYaml r, Node item, String container, String needed) {
    containersSeen.add(container);
    Optional<Node> sc = RenderedYaml.get(item, "securityContext");
    int[] at = r.at(item);
    if (sc.isEmpty() || RenderedYaml.isNull(sc.get())) {
      add(at, choice, "container " + container + " has no securityContext", needed);
      return Optional.empty();
    }
    if (RenderedYaml.action(sc.get()).isPresent()) {
      fromValues++;
      return Optional.empty();
    }
    if (!(sc.get() instanceof MappingNode m)) {
      add(at, choice, "the securityContext of container " + container + " is not a mapping", needed);
      return Optional.empty();
    }
    if (!keysReadable(choice, r, m, "the securityContext of container " + container, needed)) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /**
   * keysReadable checks that every key of a mapping is known: keys made by an inline action are
   * violations (they could be anything), keys from YAML an action prints count as values, and a
   * key written twice is a violation (the last one wins, silently).
   */
  private boolean keysReadable(String choice, RenderedYaml r, MappingNode m, String what, String needed) {
    boolean ok = true;
    for (Node k : RenderedYaml.keys(m)) {
      if (r.fromValues(k)) {
        fromValues++;
        return false;
      }
      if (RenderedYaml.action(k).isPresent()) {
        int[] at = r.at(k);
        add(at, choice, "a key of " + what + " is made by `" + actionText(k) + "`", needed);
        ok = false;
      }
    }
    for (ScalarNode dup : r.duplicateKeys(m)) {
      int[] at = r.at(dup);
      add(at, choice, "key " + dup.getValue() + " appears twice in " + what + " (the last one wins)", needed + ", each key once");
      ok = false;
    }
    return ok;
  }

  private List<Node> containers(PodSpec pod, String name) {
    List<Node> out = new ArrayList<>();
    for (String list : new String[] {"containers", "initContainers"}) {
      RenderedYaml.get(pod.spec(), list).ifPresent(l -> {
        for (Node item : RenderedYaml.items(l)) {
          if (RenderedYaml.get(item, "name").flatMap(RenderedYaml::scalar).filter(name::equals).isPresent()) {
            out.add(item);
          }
        }
      });
    }
    return out;
  }

  private static Set<String> otherSysctls(PodSpec pod) {
    Set<String> out = new LinkedHashSet<>();
    RenderedYaml.get(pod.spec(), "securityContext").flatMap(sc -> RenderedYaml.get(sc, "sysctls"))
        .ifPresent(l -> RenderedYaml.items(l).forEach(item -> RenderedYaml.get(item, "name")
            .filter(n -> RenderedYaml.action(n).isEmpty())
            .flatMap(RenderedYaml::scalar).ifPresent(out::add)));
    return out;
  }

  private String where(PodSpec pod) {
    return pod.path().equals("spec") ? "the pod" : pod.path() + " of document " + (pod.document() + 1);
  }

  private String actionText(Node placeholder) {
    return RenderedYaml.action(placeholder)
        .filter(i -> i < after.actions().size())
        .map(i -> after.actionText(after.actions().get(i)))
        .orElse("an action");
  }

  private void add(int[] at, String choice, String found, String needed) {
    add(at[0], at[1], at.length > 2 ? at[2] : at[0], choice, found, needed);
  }

  private void add(int line, int column, String choice, String found, String needed) {
    add(line, column, line, choice, found, needed);
  }

  /** add records a violation at a node that spans lines line..endLine of the original text. */
  private void add(int line, int column, int endLine, String choice, String found, String needed) {
    if (seen.add(line + ":" + column + ":" + found)) {
      String words = choice.isEmpty() && current != null ? this.words.describe(current, line, endLine) : choice;
      violations.add(new Violation(after.name(), line, column, words, found, needed));
    }
  }
}
