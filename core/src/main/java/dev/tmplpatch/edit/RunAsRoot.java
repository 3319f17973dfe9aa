package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.k8s.ContainerName;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * RunAsRoot makes a container run as root: {@code runAsUser: 0}, {@code runAsGroup: 0},
 * {@code runAsNonRoot: false} in its securityContext. Existing keys are replaced in place (the
 * templated {@code {{ .ProxyUID | default "1337" }}} among them) so that no key appears twice,
 * which is what uncommenting the vendor docs' lines would do. It needs an explicit opt-in.
 */
public final class RunAsRoot implements Edit {

  /** COST says what running as root gives away; shown wherever root is asked for. */
  public static final String COST_KEY = "edit.root.cost";

  /**
   * COST is the English text of {@link #COST_KEY}, a constant for picocli's help text; MessagesTest
   * checks that the bundle says the same.
   */
  public static final String COST = "running the proxy as root (uid 0) means a compromised Envoy or pilot-agent"
      + " has root in the container and every capability left in its bounding set, and Pod Security"
      + " 'restricted' or 'baseline' admission rejects the pod";

  /** ROOT_FIELDS are the securityContext fields that make a container run as root, in order. */
  public static final java.util.Map<String, Object> ROOT_FIELDS = rootFields();

  private static java.util.Map<String, Object> rootFields() {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("runAsUser", 0);
    fields.put("runAsGroup", 0);
    fields.put("runAsNonRoot", false);
    return java.util.Collections.unmodifiableMap(fields);
  }

  private static final List<String[]> FIELDS = ROOT_FIELDS.entrySet().stream()
      .map(f -> new String[] {f.getKey(), String.valueOf(f.getValue())}).toList();

  private final String container;

  private RunAsRoot(String container) {
    this.container = container;
  }

  /**
   * forContainer returns the edit for a container; allowRoot is the caller's explicit opt-in and
   * must be true, otherwise the edit refuses and says what root costs.
   */
  public static RunAsRoot forContainer(String container, boolean allowRoot) {
    ContainerName.validate(container);
    requireOptIn(allowRoot, "run-as-root", LIBRARY_OPT_IN, "scenario privileged-ports");
    return new RunAsRoot(container);
  }

  /** LIBRARY_OPT_IN is how a library caller opts in to root: the allowRoot argument. */
  public static final String LIBRARY_OPT_IN = "an explicit opt-in (allowRoot = true)";

  /**
   * requireOptIn is the one root check: it refuses with {@link RootNotAllowedException} unless
   * allowRoot. The caller words the request and the opt-in in its own vocabulary (what: e.g.
   * {@code --scenario privileged-ports-root}; optIn: e.g. {@code --allow-root}; alternative: the
   * non-root way, e.g. {@code --scenario privileged-ports}).
   */
  public static void requireOptIn(boolean allowRoot, String what, String optIn, String alternative) {
    if (!allowRoot) {
      throw new RootNotAllowedException(what, optIn, alternative);
    }
  }

  @Override
  public String name() {
    return "run-as-root";
  }

  @Override
  public String description() {
    return "run container " + container + " as root: runAsUser 0, runAsGroup 0, runAsNonRoot false";
  }

  @Override
  public dev.tmplpatch.verify.Promise promise() {
    return dev.tmplpatch.verify.Promise.of(new dev.tmplpatch.verify.Promise.ContainerRunsAsRoot(container));
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    YamlStyle style = splice.style();
    for (Entry item : ContainerTargets.container(doc, container)) {
      List<Entry> contexts = ContainerTargets.childKeys(o, item, "securityContext");
      if (contexts.isEmpty()) {
        SecurityContexts.create(doc, splice, item, style, column -> fieldLines(column, FIELDS),
            "run container " + container + " as root");
        continue;
      }
      for (Entry sc : contexts) {
        ContainerTargets.requireBlockMapping(doc, o, sc, "the securityContext of container " + container);
        setFields(doc, o, splice, style, sc);
      }
    }
    List<Diagnostic> findings = new ArrayList<>();
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0,
          Text.of("edit.root.already", container), Text.EMPTY));
    }
    findings.add(Diagnostic.warning("run-as-root", doc.name(), 0,
        Text.of("edit.root.warning", container, Text.of(COST_KEY)), Text.of("edit.root.warning.hint", container)));
    return splice.apply(findings);
  }

  private void setFields(TemplateDocument doc, YamlOutline o, LineSplice splice, YamlStyle style, Entry sc) {
    int depth = sc.line().branch().steps().size();
    // Where the fields are written: at the securityContext's own level, or inside branches of an
    // if / else in its body. Each branch that writes some of them gets the ones it lacks.
    java.util.Map<dev.tmplpatch.document.BranchPath, Integer> groups = new java.util.LinkedHashMap<>();
    java.util.Map<dev.tmplpatch.document.BranchPath, java.util.Set<String>> present = new java.util.HashMap<>();
    java.util.Set<String> everywhere = new java.util.HashSet<>();
    int lastPresent = 0;
    for (String[] f : FIELDS) {
      for (Entry k : ContainerTargets.childKeys(o, sc, f[0])) {
        int end = o.extent(k.line().number());
        lastPresent = Math.max(lastPresent, end);
        dev.tmplpatch.document.BranchPath where = k.line().branch();
        if (where.steps().size() == depth) {
          everywhere.add(f[0]);
        } else {
          groups.merge(where, end, Math::max);
          present.computeIfAbsent(where, x -> new java.util.HashSet<>()).add(f[0]);
        }
        if (OutlineValues.plain(k.value()).equals(f[1]) && end == k.line().number()) {
          continue;
        }
        String content = doc.content(k.line());
        int colon = content.indexOf(':', k.column() + k.key().length());
        splice.replace(k.line().number(), end, List.of(content.substring(0, colon + 1) + " " + f[1]),
            "set " + f[0] + " to " + f[1] + " in container " + container);
      }
    }
    int column = ContainerTargets.childColumn(o, sc, style);
    if (!groups.isEmpty()) {
      for (var g : groups.entrySet()) {
        List<String[]> missing = new ArrayList<>();
        for (String[] f : FIELDS) {
          if (!everywhere.contains(f[0]) && !present.get(g.getKey()).contains(f[0])) {
            missing.add(f);
          }
        }
        if (!missing.isEmpty()) {
          splice.insertAfter(g.getValue(), fieldLines(column, missing),
              "run container " + container + " as root in the " + g.getKey().describe());
        }
      }
      return;
    }
    List<String[]> missing = new ArrayList<>();
    for (String[] f : FIELDS) {
      if (!everywhere.contains(f[0])) {
        missing.add(f);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    int after = lastPresent;
    if (after == 0) {
      List<Entry> children = ContainerTargets.mappingChildren(o, sc);
      after = children.isEmpty() ? sc.line().number() : o.extent(children.get(children.size() - 1).line().number());
    }
    splice.insertAfter(after, fieldLines(column, missing), "run container " + container + " as root");
  }

  private static List<String> fieldLines(int column, List<String[]> fields) {
    List<String> lines = new ArrayList<>();
    for (String[] f : fields) {
      lines.add(" ".repeat(column) + f[0] + ": " + YamlScalars.scalar(ROOT_FIELDS.get(f[0])));
    }
    return lines;
  }
}
