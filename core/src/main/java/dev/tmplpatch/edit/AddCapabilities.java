package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.k8s.ContainerName;
import dev.tmplpatch.k8s.LinuxCapabilities;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * AddCapabilities adds Linux capabilities to a named container's
 * {@code securityContext.capabilities.add}: it creates the securityContext, capabilities or add
 * list where missing, merges into an existing list, keeps {@code drop} as it is, and never works
 * at pod level (Kubernetes' PodSecurityContext has no capabilities field).
 */
public final class AddCapabilities implements Edit {

  /** GRANTS says what the capabilities users should think twice about give a container. */
  private static final java.util.Map<String, String> GRANTS = java.util.Map.of(
      "ALL", "edit.caps.grants.all", "SYS_ADMIN", "edit.caps.grants.sys-admin", "NET_RAW", "edit.caps.grants.net-raw");

  private final String container;
  private final List<String> capabilities;

  private AddCapabilities(String container, List<String> capabilities) {
    this.container = container;
    this.capabilities = capabilities;
  }

  /** to adds the capabilities (normalised: upper case, no CAP_ prefix) to the named container. */
  public static AddCapabilities to(String container, List<String> capabilities) {
    ContainerName.validate(container);
    if (capabilities.isEmpty()) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.capability.none"));
    }
    Set<String> caps = new LinkedHashSet<>();
    for (String c : capabilities) {
      caps.add(LinuxCapabilities.normalise(c));
    }
    return new AddCapabilities(container, List.copyOf(caps));
  }

  /** capabilities returns the normalised names this edit adds. */
  public List<String> capabilities() {
    return capabilities;
  }

  /** container returns the container's name. */
  public String container() {
    return container;
  }

  @Override
  public String name() {
    return "add-capabilities";
  }

  @Override
  public String description() {
    return "add " + String.join(", ", capabilities) + " to the securityContext.capabilities.add of container " + container;
  }

  @Override
  public dev.tmplpatch.verify.Promise promise() {
    return dev.tmplpatch.verify.Promise.of(new dev.tmplpatch.verify.Promise.ContainerAdds(container, capabilities));
  }

  // listed joins capability names, which read the same in every language.
  private static String listed(List<String> names) {
    return String.join(", ", names);
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    YamlStyle style = splice.style();
    List<Diagnostic> findings = new ArrayList<>();
    for (Entry item : ContainerTargets.container(doc, container)) {
      List<Entry> contexts = ContainerTargets.childKeys(o, item, "securityContext");
      if (contexts.isEmpty()) {
        SecurityContexts.create(doc, splice, item, style, column -> capabilitiesBlock(column, style, capabilities),
            "add securityContext.capabilities.add " + capabilities + " to container " + container);
        continue;
      }
      for (Entry sc : contexts) {
        ContainerTargets.requireBlockMapping(doc, o, sc, Text.of("edit.what.security-context", container));
        addTo(doc, o, splice, style, sc);
      }
    }
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0,
          Text.of("edit.caps.already", container, listed(capabilities)), Text.EMPTY));
    }
    for (String c : capabilities) {
      String grants = GRANTS.get(c);
      if (grants != null) {
        findings.add(Diagnostic.warning("broad-capability", doc.name(), 0,
            Text.of("edit.caps.broad", c, container, Text.of(grants)), Text.of("edit.caps.broad.hint")));
      }
    }
    if (capabilities.contains(Scenario.BIND_CAPABILITY)) {
      EditResult r = splice.apply(List.of());
      findings.addAll(NonRootBind.check(r.document(), container));
      return new EditResult(r.before(), r.document(), findings);
    }
    return splice.apply(findings);
  }

  private void addTo(TemplateDocument doc, YamlOutline o, LineSplice splice, YamlStyle style, Entry sc) {
    int column = ContainerTargets.childColumn(o, sc, style);
    List<Entry> caps = ContainerTargets.childKeys(o, sc, "capabilities");
    if (caps.isEmpty()) {
      splice.insertAfter(sc.line().number(), capabilitiesBlock(column, style, capabilities),
          "add capabilities.add " + capabilities + " to container " + container);
      return;
    }
    int depth = sc.line().branch().steps().size();
    boolean unconditional = caps.stream().anyMatch(c -> c.line().branch().steps().size() == depth);
    if (!unconditional) {
      addToBranchesWithout(doc, o, splice, style, sc, caps, column);
    }
    for (Entry cap : caps) {
      ContainerTargets.requireBlockMapping(doc, o, cap, Text.of("edit.what.capabilities", container));
      int addColumn = ContainerTargets.childColumn(o, cap, style);
      List<Entry> adds = ContainerTargets.childKeys(o, cap, "add");
      if (adds.isEmpty()) {
        splice.insertAfter(cap.line().number(), addBlock(addColumn, style, capabilities),
            "add capabilities.add " + capabilities + " to container " + container);
        continue;
      }
      for (Entry add : adds) {
        mergeInto(doc, o, splice, style, add);
      }
    }
  }

  /**
   * addToBranchesWithout handles a securityContext whose capabilities exist only inside some
   * branches of an if / else written in its body: every branch of those control nodes that has no
   * capabilities gets them at its end. (A branch that may be skipped entirely, an if without else,
   * is left to the verifier, which refuses when the promise then fails.)
   */
  private void addToBranchesWithout(TemplateDocument doc, YamlOutline o, LineSplice splice, YamlStyle style, Entry sc,
      List<Entry> caps, int column) {
    int depth = sc.line().branch().steps().size();
    // Only the control nodes that hold capabilities in some branch: their other branches lack them.
    List<dev.tmplpatch.gotemplate.ControlNode> nodes = new ArrayList<>();
    for (Entry c : caps) {
      var steps = c.line().branch().steps();
      if (steps.size() > depth && !nodes.contains(steps.get(depth).node())) {
        nodes.add(steps.get(depth).node());
      }
    }
    for (var node : nodes) {
      for (int b = 0; b < node.branches().size(); b++) {
        final int branch = b;
        boolean has = caps.stream().anyMatch(c -> c.line().branch().steps().size() > depth
            && c.line().branch().steps().get(depth).node() == node && c.line().branch().steps().get(depth).branch() == branch);
        if (has || printsYaml(doc, o, sc, depth, node, branch)) {
          continue; // a branch whose securityContext comes from values (toYaml) is left as it is
        }
        int stopAction = b + 1 < node.branches().size() ? node.branches().get(b + 1).header() : node.end();
        int stopLine = doc.actions().get(stopAction).line();
        if (doc.line(stopLine).kind() != dev.tmplpatch.document.LineKind.DIRECTIVE) {
          continue; // the branch ends mid-line: no place for new lines, the verifier decides
        }
        splice.insertAfter(stopLine - 1, capabilitiesBlock(column, style, capabilities),
            "add capabilities.add " + capabilities + " to container " + container + " in the "
                + doc.describeChoice(node, b));
      }
    }
  }

  /** printsYaml reports whether a branch inside a securityContext has a line that prints YAML of its own. */
  private static boolean printsYaml(TemplateDocument doc, YamlOutline o, Entry sc, int depth,
      dev.tmplpatch.gotemplate.ControlNode node, int branch) {
    for (int n = sc.line().number() + 1; n <= o.extent(sc.line().number()); n++) {
      var steps = doc.line(n).branch().steps();
      if (steps.size() > depth && steps.get(depth).node() == node && steps.get(depth).branch() == branch
          && o.entry(n).role() == YamlOutline.Role.OUTPUT) {
        return true;
      }
    }
    return false;
  }

  private void mergeInto(TemplateDocument doc, YamlOutline o, LineSplice splice, YamlStyle style, Entry add) {
    String v = add.value().strip();
    if (v.startsWith("[")) {
      List<String> present = new ArrayList<>();
      String inner = v.substring(1, v.lastIndexOf(']') < 0 ? v.length() : v.lastIndexOf(']'));
      for (String p : inner.split(",")) {
        if (!p.isBlank()) {
          present.add(p.strip());
        }
      }
      List<String> missing = missing(present);
      boolean misspelt = present.stream().anyMatch(p -> isVariant(p));
      if (missing.isEmpty() && !misspelt) {
        return;
      }
      if (v.contains("{{")) {
        throw new EditException(doc.name(), add.line().number(), add.column() + 1,
            Text.of("edit.caps.computed", container, v), Text.of("edit.caps.computed.hint"));
      }
      List<String> all = new ArrayList<>(present);
      all.addAll(missing);
      String content = doc.content(add.line());
      int open = content.indexOf('[', add.column());
      List<String> rendered = new ArrayList<>();
      for (String a : all) {
        String fixed = isVariant(a) ? normalised(a) : a;
        rendered.add(present.contains(a) && !isVariant(a) ? a : YamlScalars.scalar(fixed));
      }
      splice.replace(add.line().number(), add.line().number(),
          List.of(content.substring(0, open) + "[" + String.join(", ", rendered) + "]"),
          "add " + missing + " to capabilities.add of container " + container);
      return;
    }
    if (!v.isEmpty()) {
      throw new EditException(doc.name(), add.line().number(), add.column() + 1,
          Text.of("edit.caps.not-list", container, v), Text.of("edit.caps.not-list.hint"));
    }
    List<String> present = new ArrayList<>();
    int lastLine = add.line().number();
    int itemColumn = style.itemColumn(add.column());
    for (int n = add.line().number() + 1; n <= o.extent(add.line().number()); n++) {
      Entry e = o.entry(n);
      if (e.role() == Role.ITEM && e.path().parent().equals(add.path())) {
        String value = OutlineValues.plain(e.value());
        if (isVariant(value) && !e.value().contains("{{")) {
          String content = doc.content(e.line());
          int at = content.indexOf(e.value().strip(), e.column() + 1);
          splice.replace(e.line().number(), e.line().number(),
              List.of(content.substring(0, at) + YamlScalars.scalar(normalised(value))
                  + content.substring(at + e.value().strip().length())),
              "write " + value + " as " + normalised(value) + " in capabilities.add of container " + container
                  + " (the runtime adds CAP_ itself)");
        }
        present.add(value);
        itemColumn = e.column();
        lastLine = o.extent(n);
      }
    }
    List<String> missing = missing(present);
    if (missing.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (String m : missing) {
      lines.add(" ".repeat(itemColumn) + "- " + YamlScalars.scalar(m));
    }
    splice.insertAfter(lastLine, lines, "add " + missing + " to capabilities.add of container " + container);
  }

  /** isVariant reports whether a name is one of ours written with CAP_ or not in upper case. */
  private boolean isVariant(String name) {
    return !capabilities.contains(name) && capabilities.contains(normalised(name));
  }

  private static String normalised(String name) {
    String q = OutlineValues.plain(name).toUpperCase(java.util.Locale.ROOT);
    return q.startsWith("CAP_") ? q.substring(4) : q;
  }

  private List<String> missing(List<String> present) {
    List<String> normalised = new ArrayList<>();
    for (String p : present) {
      String q = OutlineValues.plain(p).toUpperCase(java.util.Locale.ROOT);
      normalised.add(q.startsWith("CAP_") ? q.substring(4) : q);
    }
    List<String> out = new ArrayList<>();
    for (String c : capabilities) {
      if (!normalised.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<String> capabilitiesBlock(int column, YamlStyle style, List<String> caps) {
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(column) + "capabilities:");
    lines.addAll(addBlock(column + style.indent(), style, caps));
    return lines;
  }

  private static List<String> addBlock(int column, YamlStyle style, List<String> caps) {
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(column) + "add:");
    for (String c : caps) {
      lines.add(" ".repeat(style.itemColumn(column)) + "- " + YamlScalars.scalar(c));
    }
    return lines;
  }
}
