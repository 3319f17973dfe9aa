package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.advise.KernelVersion;
import dev.tmplpatch.advise.UnusableInputException;
import dev.tmplpatch.lint.ClusterChecks;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.lint.IstiodRelease;
import dev.tmplpatch.lint.TemplateLint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin InputLimit limit;

  @Option(names = "--istio-version", paramLabel = "X.Y.Z",
      description = "the istiod release that runs the template: functions it lacks (by patch release) and"
          + " {{else with}} (Go 1.23) are reported")
  String istioVersion;

  @Option(names = "--kernel", paramLabel = "VERSION",
      description = "the nodes' kernel (uname -r): older than 4.11, the sysctl net.ipv4.ip_unprivileged_port_start is an error")
  String kernel;

  @Option(names = "--deployment", paramLabel = "FILE",
      description = "the gateway Deployment: its pod sysctl, and istio-proxy runAsNonRoot/runAsUser against a root template")
  String deployment;

  @Option(names = "--json", description = "print the findings as JSON for tools (rule ids, positions, hints)")
  boolean json;

  @Mixin IstioReleaseOption bundled;

  @Override
  public Integer call() {
    IstiodRelease release = istioVersion == null ? null : IstiodRelease.of(istioVersion);
    if (kernel != null && KernelVersion.parse(kernel).isEmpty()) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.lint.kernel", kernel));
    }
    if ("-".equals(template) && "-".equals(deployment)) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.lint.one-stdin"));
    }
    Inputs.Text in = bundled.given() ? bundled.text(template) : Inputs.templateText(template, main, limit, spec);
    String name = in.source();
    String text = in.text();
    main.session().source(text);
    Inputs.checkTemplate(name, text);
    TemplateDocument doc = TemplateDocument.load(name, text);
    List<Diagnostic> findings = new ArrayList<>(TemplateLint.check(doc));
    if (release != null) {
      // The release's own findings replace the general "exists only in ... and later" notes.
      findings.removeIf(f -> f.rule().equals("function-since"));
      findings.addAll(release.check(doc));
    }
    boolean oldKernel = false;
    if (kernel != null) {
      List<Diagnostic> k = ClusterChecks.kernel(doc, kernel);
      oldKernel = KernelVersion.parse(kernel).map(v -> !v.hasUnprivilegedPortSysctl()).orElse(false);
      findings.addAll(k);
    }
    if (deployment != null) {
      Inputs.Text d = Inputs.read(deployment, main, limit.bytes);
      try {
        findings.addAll(ClusterChecks.deployment(doc, deployment.equals("-") ? "stdin" : deployment, d.text(), oldKernel));
      } catch (UnusableInputException e) {
        throw UserError.input(e.getMessage(), e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(FindingsJson.of(name, findings, main.session().messages()));
      out.flush();
      return findings.stream().anyMatch(f -> f.severity() == Diagnostic.Severity.ERROR) ? 1 : 0;
    }
    for (Diagnostic f : findings) {
      out.println(ErrorReporting.printable(f.format(main.session().messages())));
    }
    if (findings.isEmpty()) {
      out.println(main.session().messages().get("cli.ok", name));
    }
    out.flush();
    return findings.stream().anyMatch(f -> f.severity() == Diagnostic.Severity.ERROR) ? 1 : 0;
  }
}
