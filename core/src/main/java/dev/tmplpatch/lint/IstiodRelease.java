package dev.tmplpatch.lint;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;

import dev.tmplpatch.document.Line;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.GoVersion;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IstiodRelease checks a template against the istiod release that will parse it: functions that
 * release does not define (by patch release; istiod then refuses the whole injector
 * configuration), data fields it does not provide (each run of the template fails) and
 * {{else with}}, which needs an istiod built with Go 1.23 or later.
 */
public final class IstiodRelease {
  private final IstioVersion version;

  private IstiodRelease(IstioVersion version) {
    this.version = version;
  }

  /** of parses the release, e.g. 1.28.6; a bad one is an IllegalArgumentException. */
  public static IstiodRelease of(String version) {
    return new IstiodRelease(IstioVersion.parse(version));
  }

  /** version is the release checked against. */
  public IstioVersion version() {
    return version;
  }

  /** check returns the findings of the template for this release, in order of appearance. */
  public List<Diagnostic> check(TemplateDocument doc) {
    List<Diagnostic> out = new ArrayList<>();
    for (String f : IstiodFunctions.lacking(version, doc.functions())) {
      int[] at = firstCall(doc, f);
      out.add(Diagnostic.error("function-unavailable", doc.name(), at[0], at[1],
          Text.of("lint.function-unavailable", version, f, IstiodFunctions.RELEASES_WITH.get(f)),
          Text.of("lint.release-template.hint")));
    }
    Map<String, IstiodFields.Field> table = IstiodFields.forTemplate(doc.text());
    boolean gateway = IstiodFields.isGateway(doc.text());
    Set<String> reported = new HashSet<>();
    for (Delimited d : doc.actions()) {
      for (String field : IstiodFields.read(doc.actionText(d), table)) {
        IstiodFields.Field f = table.get(field);
        if (!f.has().test(version) && reported.add(field)) {
          int[] at = firstCall(doc, "." + field);
          out.add(Diagnostic.error("field-unavailable", doc.name(), at[0], at[1],
              Text.of(gateway ? "lint.field-unavailable.gateway" : "lint.field-unavailable.sidecar", version, field,
                  f.releases()),
              Text.of("lint.release-template.hint")));
        }
      }
    }
    if (!IstiodFunctions.acceptsElseWith(version)) {
      try {
        GoTemplateParser.parse(doc.text(), ParseOptions.named(doc.name()).withGoVersion(GoVersion.GO_1_22));
      } catch (TemplateSyntaxException e) {
        out.add(new Diagnostic(Diagnostic.Severity.WARNING, "else-with", doc.name(), e.line(), e.column(),
            Text.of("lint.else-with", version, e.goMessage()), Text.of("lint.else-with.hint")));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }

  /**
   * firstCall returns line and column of the first call of a function (as the parser recorded
   * it) or of the first action that reads a data field ({@code .Field}).
   */
  private static int[] firstCall(TemplateDocument doc, String function) {
    if (!function.startsWith(".")) {
      return TemplateLint.firstCall(doc, function);
    }
    Pattern word = function.startsWith(".")
        ? Pattern.compile("(?<![\\w\\])])" + Pattern.quote(function) + "(?!\\w)")
        : Pattern.compile("(?<![\\w.$])" + Pattern.quote(function) + "(?!\\w)");
    for (Delimited d : doc.actions()) {
      Matcher m = word.matcher(doc.actionText(d));
      if (m.find()) {
        int index = d.start() + m.start();
        Line line = doc.lineAt(index);
        String before = doc.text().substring(line.start(), index);
        return new int[] {line.number(), before.codePointCount(0, before.length()) + 1};
      }
    }
    return new int[] {0, 0};
  }
}
