package dev.tmplpatch.lint;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * TemplateLint finds the mistakes users have made by hand in gateway templates before they reach
 * a cluster: capabilities at pod level (no such field; Kubernetes drops it silently), capability
 * names with the {@code CAP_} prefix (containerd adds its own), and branches that do not render
 * strict YAML, such as the duplicate {@code runAsUser} of the docs' uncommented root lines.
 */
public final class TemplateLint {

  private static final YamlPath POD_CAPABILITIES = YamlPath.parse("spec.securityContext.capabilities");

  private TemplateLint() {}

  /** check returns the findings for a loaded template, in line order per rule. */
  public static List<Finding> check(TemplateDocument doc) {
    List<Finding> out = new ArrayList<>();
    YamlOutline o = doc.outline();
    for (Entry e : o.find(POD_CAPABILITIES)) {
      out.add(Finding.error("pod-capabilities", doc.name(), e.line().number(), e.column() + 1,
          "spec.securityContext.capabilities is not a Kubernetes field: PodSecurityContext has no capabilities,"
              + " so the pod silently gets none",
          "put capabilities on the container: spec.containers[name=istio-proxy].securityContext.capabilities.add"
              + " (tmplpatch edit --add-capability NET_BIND_SERVICE)"));
    }
    for (Entry e : o.entries()) {
      YamlPath p = e.path();
      boolean inCapabilityList = e.role() == Role.ITEM && isCapabilityList(p.parent());
      boolean flowList = e.role() == Role.KEY && isCapabilityList(p) && e.value().startsWith("[");
      if (inCapabilityList || flowList) {
        String v = e.value();
        if (v.toUpperCase(Locale.ROOT).contains("CAP_")) {
          out.add(Finding.error("cap-prefix", doc.name(), e.line().number(), e.column() + 1,
              "capability written with the CAP_ prefix (`" + v + "`): containerd and CRI-O add CAP_ themselves,"
                  + " so CAP_NET_BIND_SERVICE becomes CAP_CAP_NET_BIND_SERVICE and the container fails to start",
              "write the name without CAP_, e.g. NET_BIND_SERVICE"));
        }
      }
    }
    for (String f : IstiodFunctions.unknown(doc.functions())) {
      int[] at = firstCall(doc, f);
      out.add(Finding.error("unknown-function", doc.name(), at[0], at[1],
          "istiod has no function \"" + f + "\": it refuses the whole template (`function \"" + f
              + "\" not defined`) and silently keeps its previous templates",
          f.equals("include") || f.equals("tpl") || f.equals("required") || f.equals("lookup")
              ? "this is a Helm function; istiod renders injection templates with Go's builtins, sprig and Istio's own functions only"
              : "use a function istiod defines (Go's builtins, sprig, or Istio's: annotation, valueOrDefault, toYaml, ...)"));
    }
    for (String f : doc.functions()) {
      if (IstiodFunctions.SINCE.containsKey(f)) {
        int[] at = firstCall(doc, f);
        out.add(Finding.info("function-since", doc.name(), at[0],
            "\"" + f + "\" exists only in istiod " + IstiodFunctions.SINCE.get(f) + " and later",
            "older istiod refuses the template; check the release you run"));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Projection pr : Projection.covering(doc)) {
      Optional<Projection.YamlProblem> problem = pr.check();
      if (problem.isPresent() && seen.add(problem.get().line() + ":" + problem.get().message())) {
        Projection.YamlProblem y = problem.get();
        out.add(Finding.error("invalid-yaml", doc.name(), y.line(), y.column(),
            "the template renders invalid YAML with " + y.projection() + ": " + y.message(),
            y.message().contains("duplicate key")
                ? "a key appears twice in one mapping; replace the value instead of adding a second line"
                    + " (tmplpatch edit --run-as-root --allow-root does that for runAsUser)"
                : "istiod cannot use a pod it cannot read; fix the YAML at that line"));
      }
    }
    return out;
  }

  /** firstCall returns line and column of the first action that names the function. */
  private static int[] firstCall(TemplateDocument doc, String function) {
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w.$])" + java.util.regex.Pattern.quote(function) + "(?![\\w])");
    for (dev.tmplpatch.gotemplate.Delimited d : doc.actions()) {
      java.util.regex.Matcher m = word.matcher(doc.actionText(d));
      if (m.find()) {
        int index = d.start() + m.start();
        dev.tmplpatch.document.Line line = doc.lineAt(index);
        String before = doc.text().substring(line.start(), index);
        return new int[] {line.number(), before.codePointCount(0, before.length()) + 1};
      }
    }
    return new int[] {0, 0};
  }

  private static boolean isCapabilityList(YamlPath p) {
    if (p.segments().size() < 2 || !(p.last() instanceof YamlPath.Key k)) {
      return false;
    }
    if (!k.name().equals("add") && !k.name().equals("drop")) {
      return false;
    }
    return p.parent().last() instanceof YamlPath.Key c && c.name().equals("capabilities");
  }
}
