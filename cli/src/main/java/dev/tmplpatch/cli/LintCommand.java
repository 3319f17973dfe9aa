package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.lint.Finding;
import dev.tmplpatch.lint.TemplateLint;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin IstioReleaseOption release;

  @Override
  public Integer call() {
    Inputs.Text in = release.given() ? release.text(template) : Inputs.template(template, main.stdin());
    String name = in.source();
    String text = in.text();
    ErrorReporting.SOURCE.set(text);
    List<Finding> findings = TemplateLint.check(TemplateDocument.load(name, text));
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
