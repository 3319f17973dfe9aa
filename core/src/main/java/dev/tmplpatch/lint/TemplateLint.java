package dev.tmplpatch.lint;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import dev.tmplpatch.verify.PodFields;
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

  /**
   * checkResult lints an edit's result and refuses it when an ERROR-level finding is there whose
   * rule the user did not accept by name: a result that will break the gateway is not a success.
   */
  public static List<Diagnostic> checkResult(TemplateDocument before, TemplateDocument result, Set<String> accepted) {
    List<Diagnostic> all = check(result);
    // Errors are shown where the user's file has them when the input had them already (a refusal
    // writes nothing, so the edited text's lines would mean nothing to the user); the input is
    // linted only then. Other findings are about the result and keep its positions.
    boolean errors = all.stream().anyMatch(f -> f.severity() == Diagnostic.Severity.ERROR);
    List<Diagnostic> input = before.text().equals(result.text()) ? all : errors ? check(before) : List.of();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic f : all) {
      // A finding the input had already is shown where the user's file has it.
      Diagnostic shown = !errors ? f : input.stream()
          .filter(i -> i.rule().equals(f.rule()) && i.message().equals(f.message()))
          .findFirst()
          .orElse(f.withMessage(Text.of("lint.in-edited", f.text())));
      if (f.severity() == Diagnostic.Severity.ERROR && !accepted.contains(f.rule())) {
        throw new dev.tmplpatch.edit.EditException(shown.file(), shown.line(), shown.column(),
            Text.of("lint.refused", shown.text(), shown.rule()),
            f.hintText().isEmpty() ? Text.of("lint.refused.hint", f.rule())
                : Text.of("lint.refused.hint.after", f.hintText(), f.rule()));
      }
      out.add(shown);
    }
    return out;
  }

  // HELM_ONLY are Helm's functions that a hand-edited injection template most often borrows.
  private static final Set<String> HELM_ONLY = Set.of("include", "tpl", "required", "lookup");

  /** check returns the findings for a loaded template, in line order per rule. */
  public static List<Diagnostic> check(TemplateDocument doc) {
    List<Diagnostic> out = new ArrayList<>();
    YamlOutline o = doc.outline();
    for (PodFields.Hit h : PodFields.scan(doc)) {
      if (h.rule().equals(PodFields.DUPLICATE_KEY)) {
        out.add(Diagnostic.error("duplicate-key", doc.name(), h.line(), h.column(),
            Text.of("lint.duplicate-key", h.value()), Text.of("lint.duplicate-key.hint")));
      } else if (h.rule().equals(PodFields.POD_CAPABILITIES)) {
        out.add(Diagnostic.error("pod-capabilities", doc.name(), h.line(), h.column(),
            Text.of("lint.pod-capabilities", h.value()), Text.of("lint.pod-capabilities.hint")));
      } else {
        out.add(Diagnostic.error("cap-prefix", doc.name(), h.line(), h.column(),
            Text.of("lint.cap-prefix", h.value()), Text.of("lint.cap-prefix.hint")));
      }
    }
    for (String f : IstiodFunctions.unknown(doc.functions())) {
      if (isHelmChartTemplate(doc) && HELM_FUNCTIONS.contains(f)) {
        continue; // Helm renders chart templates, and Helm defines these
      }
      int[] at = firstCall(doc, f);
      out.add(Diagnostic.error("unknown-function", doc.name(), at[0], at[1],
          Text.of("lint.unknown-function", f),
          Text.of(HELM_ONLY.contains(f) ? "lint.unknown-function.helm" : "lint.unknown-function.hint")));
    }
    for (String f : doc.functions()) {
      if (IstiodFunctions.SINCE.containsKey(f)) {
        int[] at = firstCall(doc, f);
        out.add(Diagnostic.info("function-since", doc.name(), at[0],
            Text.of("lint.function-since", f, IstiodFunctions.SINCE.get(f)), Text.of("lint.function-since.hint")));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Optional<Projection.YamlProblem> problem : doc.coveringProblems()) {
      if (problem.isPresent() && seen.add(problem.get().line() + ":" + problem.get().message())) {
        Projection.YamlProblem y = problem.get();
        if (y.message().contains("duplicate key")) {
          continue; // reported with the key's own position above
        } else if (nearAction(doc, y.line())) {
          out.add(Diagnostic.warning("invalid-yaml", doc.name(), y.line(),
              Text.of("lint.invalid-yaml.maybe", y.projection(), y.message()), Text.of("lint.invalid-yaml.maybe.hint")));
        } else {
          out.add(Diagnostic.error("invalid-yaml", doc.name(), y.line(), y.column(),
              Text.of("lint.invalid-yaml", y.projection(), y.message()), Text.of("lint.invalid-yaml.hint")));
        }
      }
    }
    return out;
  }

  private static final Set<String> HELM_FUNCTIONS = Set.of("include", "tpl", "required", "lookup");

  /**
   * isHelmChartTemplate reports whether the template reads Helm's own objects (.Release, .Chart,
   * .Capabilities, .Files): Helm, not istiod, renders it, so Helm's functions are defined there.
   */
  static boolean isHelmChartTemplate(TemplateDocument doc) {
    for (dev.tmplpatch.gotemplate.Delimited d : doc.actions()) {
      String a = doc.actionText(d);
      if (a.contains(".Release.") || a.contains(".Chart.") || a.contains(".Capabilities.") || a.contains(".Files.")) {
        return true;
      }
    }
    return false;
  }

  /**
   * nearAction reports whether the line or the content line before it holds an action: there the
   * projection's placeholder stands for text it cannot see, so a YAML error may be its own.
   */
  private static boolean nearAction(TemplateDocument doc, int line) {
    if (line <= 0) {
      return true;
    }
    int seen = 0;
    for (int n = line; n >= 1 && seen < 2; n--) {
      dev.tmplpatch.document.Line l = doc.line(n);
      if (doc.content(l).isBlank()) {
        continue;
      }
      seen++;
      if (doc.content(l).contains("{{")) {
        return true;
      }
    }
    return false;
  }

  /** firstCall returns line and column of the first call of the function, as the parser recorded it. */
  static int[] firstCall(TemplateDocument doc, String function) {
    for (int i = 0; i < doc.actions().size(); i++) {
      for (dev.tmplpatch.gotemplate.ActionFacts.Call c : doc.parsed().facts(i).calls()) {
        if (c.name().equals(function)) {
          dev.tmplpatch.document.Line line = doc.lineAt(c.offset());
          String before = doc.text().substring(line.start(), c.offset());
          return new int[] {line.number(), before.codePointCount(0, before.length()) + 1};
        }
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
