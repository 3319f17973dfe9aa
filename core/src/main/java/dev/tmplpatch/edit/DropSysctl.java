package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import dev.tmplpatch.k8s.SysctlName;

/**
 * DropSysctl removes pod sysctls from {@code spec.securityContext.sysctls}: either it sets the
 * list to {@code []} where it holds a given sysctl (scenario 1 of the kernel notice) or wherever
 * it is not empty, or it removes one named sysctl and keeps the others. Branches whose
 * securityContext comes from the user's values ({@code toYaml}) are left alone and reported.
 */
public final class DropSysctl implements Edit {

  /** UNPRIVILEGED_PORT_START is the sysctl kernels older than 4.11 do not have. */
  public static final String UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";

  static final YamlPath SYSCTLS = YamlPath.parse("spec.securityContext.sysctls");
  static final YamlPath POD_SECURITY_CONTEXT = YamlPath.parse("spec.securityContext");

  private enum Mode { CLEAR_ALL, REMOVE_ONE }

  private final Mode mode;
  private final String sysctl;

  private DropSysctl(Mode mode, String sysctl) {
    this.mode = mode;
    this.sysctl = sysctl;
  }

  /**
   * clearWhereSet removes the named sysctl wherever a pod sysctls list holds it and keeps every
   * other entry; a list left with nothing becomes {@code []} (scenario 1 of the kernel notice).
   */
  public static DropSysctl clearWhereSet(String sysctl) {
    return new DropSysctl(Mode.REMOVE_ONE, validate(sysctl));
  }

  /** clearAll sets every non-empty pod sysctls list to []. */
  public static DropSysctl clearAll() {
    return new DropSysctl(Mode.CLEAR_ALL, "");
  }

  /** named removes one sysctl from the list and keeps the others ([] when none is left). */
  public static DropSysctl named(String sysctl) {
    return new DropSysctl(Mode.REMOVE_ONE, validate(sysctl));
  }

  static String validate(String sysctl) {
    return SysctlName.validate(sysctl, UNPRIVILEGED_PORT_START);
  }

  @Override
  public String name() {
    return mode == Mode.REMOVE_ONE ? "drop-sysctl" : "drop-sysctls";
  }

  @Override
  public String description() {
    return switch (mode) {
      case CLEAR_ALL -> "set the pod's securityContext.sysctls to []";
      case REMOVE_ONE -> "remove the pod sysctl " + sysctl + " and keep the others";
    };
  }

  @Override
  public dev.tmplpatch.verify.Promise promise() {
    return dev.tmplpatch.verify.Promise.of(mode == Mode.CLEAR_ALL
        ? new dev.tmplpatch.verify.Promise.NoPodSysctls()
        : new dev.tmplpatch.verify.Promise.NoPodSysctl(sysctl));
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    List<Diagnostic> findings = new ArrayList<>();
    int lists = 0;
    for (Entry key : o.entries()) {
      if (key.role() == Role.KEY && mode == Mode.REMOVE_ONE && PodSpecPaths.isPodSecurityContext(key.path())
          && FlowLists.value(key.value()).startsWith("{") && o.extent(key.line().number()) == key.line().number()) {
        lists++;
        FlowLists.withoutInMapping(FlowLists.value(key.value()), sysctl).ifPresent(m ->
            splice.replace(key.line().number(), key.line().number(),
                List.of(prefix(doc, key) + FlowLists.properties(key.value()) + YamlScalars.flow(m) + FlowLists.comment(doc, key)),
                "remove the pod sysctl " + sysctl + " from " + key.path() + " in the " + key.line().branch().describe()));
        continue;
      }
      if (key.role() != Role.KEY || !PodSpecPaths.isPodSysctls(key.path())) {
        continue;
      }
      lists++;
      int last = o.extent(key.line().number());
      List<Entry> items = new ArrayList<>();
      for (int n = key.line().number() + 1; n <= last; n++) {
        Entry e = o.entry(n);
        if (e.role() == Role.ITEM && e.path().parent().equals(key.path())) {
          items.add(e);
        }
      }
      String inline = FlowLists.value(key.value());
      boolean empty = items.isEmpty() && (inline.isEmpty() || inline.replace(" ", "").equals("[]"));
      if (empty || !holds(doc, key, last)) {
        continue;
      }
      if (mode == Mode.CLEAR_ALL) {
        splice.replace(key.line().number(), last, List.of(prefix(doc, key) + FlowLists.properties(key.value()) + "[]" + FlowLists.comment(doc, key)),
            "set " + key.path() + " to [] in the " + key.line().branch().describe());
      } else if (items.isEmpty() && inline.startsWith("[") && last == key.line().number()) {
        removeFromFlow(doc, splice, key, inline);
      } else if (!items.isEmpty()) {
        removeOne(doc, o, splice, key, last, items);
      }
    }
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0,
          lists == 0
              ? Text.of("edit.sysctl.none")
              : mode == Mode.CLEAR_ALL
                  ? Text.of("edit.sysctl.all-empty")
                  : Text.of("edit.sysctl.not-set", sysctl), Text.EMPTY));
    }
    reportValuesBranches(doc, o, findings);
    return splice.apply(findings);
  }

  /** removeFromFlow rewrites a one-line flow list without our sysctl, as snakeyaml-engine writes it. */
  private void removeFromFlow(TemplateDocument doc, LineSplice splice, Entry key, String inline) {
    java.util.Optional<List<Object>> kept = FlowLists.without(inline, sysctl);
    if (kept.isEmpty()) {
      return; // not plain YAML (an action, an alias ...): the verifier refuses if ours is there
    }
    String value = kept.get().isEmpty() ? "[]" : YamlScalars.flow(kept.get());
    splice.replace(key.line().number(), key.line().number(), List.of(prefix(doc, key) + FlowLists.properties(key.value()) + value + FlowLists.comment(doc, key)),
        "remove the pod sysctl " + sysctl + " from " + key.path() + " in the " + key.line().branch().describe());
  }

  private void removeOne(TemplateDocument doc, YamlOutline o, LineSplice splice, Entry key, int last, List<Entry> items) {
    List<Entry> remove = new ArrayList<>();
    for (Entry item : items) {
      YamlPath.Item sel = (YamlPath.Item) item.path().last();
      if (sel.key().equals("name") && OutlineValues.plain(sel.value()).equals(sysctl)) {
        remove.add(item);
      } else if (FlowLists.value(item.value()).startsWith("{") && FlowLists.namesItem(item.value(), sysctl)) {
        remove.add(item); // - {name: net.ipv4..., value: "0"}
      }
    }
    if (remove.isEmpty()) {
      return;
    }
    if (remove.size() == items.size()) {
      splice.replace(key.line().number(), last, List.of(prefix(doc, key) + FlowLists.properties(key.value()) + "[]" + FlowLists.comment(doc, key)),
          "remove the pod sysctl " + sysctl + ", leaving " + key.path() + " empty, in the " + key.line().branch().describe());
      return;
    }
    for (Entry item : remove) {
      splice.replace(item.line().number(), o.extent(item.line().number()), List.of(),
          "remove the pod sysctl " + sysctl + " and keep the others, in the " + key.line().branch().describe());
    }
  }

  /** prefix returns the key line up to and including {@code key: }. */
  private static String prefix(TemplateDocument doc, Entry key) {
    String content = doc.content(key.line());
    int colon = content.indexOf(':', key.column() + key.key().length());
    return content.substring(0, colon + 1) + " ";
  }

  private boolean holds(TemplateDocument doc, Entry key, int last) {
    if (mode == Mode.CLEAR_ALL) {
      return true;
    }
    // Holds when the text names the sysctl; an alias or an action is left to the verifier.
    int from = doc.line(key.line().number()).start();
    int to = doc.line(last).contentEnd();
    return doc.text().substring(from, to).contains(sysctl);
  }

  /** reportValuesBranches says where the pod securityContext comes from the user's values. */
  private static void reportValuesBranches(TemplateDocument doc, YamlOutline o, List<Diagnostic> findings) {
    for (Entry sc : o.entries()) {
      if (sc.role() != Role.KEY || !PodSpecPaths.isPodSecurityContext(sc.path())) {
        continue;
      }
      for (Entry c : ContainerTargets.mappingChildren(o, sc)) {
        if (c.role() == Role.OUTPUT) {
          findings.add(Diagnostic.info("values-branch", doc.name(), c.line().number(),
              Text.of("edit.sysctl.values-branch", c.line().branch().describe(), doc.content(c.line()).strip()),
              Text.of("edit.sysctl.values-branch.hint", UNPRIVILEGED_PORT_START)));
        }
      }
    }
  }
}
