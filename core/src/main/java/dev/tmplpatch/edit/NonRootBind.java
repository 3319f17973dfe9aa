package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * NonRootBind warns that NET_BIND_SERVICE does not let a non-root proxy bind ports below 1024:
 * Kubernetes cannot ask for ambient capabilities, containerd and CRI-O clear them, and Istio's
 * proxyv2 image puts no file capabilities on pilot-agent or envoy, so the kernel drops the
 * capability when the container's process starts as uid 1337.
 */
final class NonRootBind {

  static final String RULE = "nonroot-bind";

  private NonRootBind() {}

  static List<Diagnostic> check(TemplateDocument doc, String container) {
    YamlOutline o = doc.outline();
    List<Diagnostic> out = new ArrayList<>();
    for (Entry item : ContainerTargets.container(doc, container)) {
      for (Entry sc : ContainerTargets.childKeys(o, item, "securityContext")) {
        List<Entry> users = ContainerTargets.childKeys(o, sc, "runAsUser");
        boolean root = !users.isEmpty() && users.stream().allMatch(u -> OutlineValues.plain(u.value()).equals("0"));
        if (!root) {
          int line = users.isEmpty() ? sc.line().number() : users.get(0).line().number();
          out.add(Diagnostic.warning(RULE, doc.name(), line,
              Text.of("edit.nonroot-bind", container), Text.of("edit.nonroot-bind.hint")));
        }
      }
    }
    return out;
  }
}
