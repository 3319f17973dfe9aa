package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.lint.Finding;
import dev.tmplpatch.lint.IstiodRelease;
import dev.tmplpatch.lint.TemplateLint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** LintCommand checks a template for the hand-edit mistakes that break gateways. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check a gateway injection template for the mistakes hand edits make: capabilities at pod",
      "level, CAP_-prefixed capability names, and branches that do not render strict YAML",
      "(e.g. a duplicate runAsUser). Exit 0 when clean, 1 when any error is found."
    })
final class LintCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "template file; - reads standard input")
  String template;

  @Option(names = "--istio-version", paramLabel = "X.Y.Z",
      description = "the istiod release that runs the template: functions it lacks (by patch release) and"
          + " {{else with}} (Go 1.23) are reported")
  String istioVersion;

  @Override
  public Integer call() {
    IstiodRelease release = istioVersion == null ? null : IstiodRelease.of(istioVersion);
    Inputs.Text in = Inputs.template(template, main.stdin());
    String name = in.source();
    String text = in.text();
    ErrorReporting.SOURCE.set(text);
    TemplateDocument doc = TemplateDocument.load(name, text);
    List<Finding> findings = new ArrayList<>(TemplateLint.check(doc));
    if (release != null) {
      // The release's own findings replace the general "exists only in ... and later" notes.
      findings.removeIf(f -> f.rule().equals("function-since"));
      findings.addAll(release.check(doc));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Finding f : findings) {
      out.println(f.format());
    }
    if (findings.isEmpty()) {
      out.println(name + ": ok");
    }
    out.flush();
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR) ? 1 : 0;
  }
}
