package dev.tmplpatch.cli;

import dev.tmplpatch.emit.UnifiedDiff;
import dev.tmplpatch.job.JobResult;
import dev.tmplpatch.job.TemplateSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** EditCommand prints a template with the edits applied, or the unified diff of them. */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "Apply typed edits to a gateway injection template and print the result.",
      "With no TEMPLATE, edits the bundled default (Istio 1.26's gateway template);",
      "with no edit option, prints the template unchanged. Findings go to standard error."
    })
final class EditCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "template file; - reads standard input")
  String template;

  @Mixin EditOptions edits;
  @Mixin IstioReleaseOption release;
  @Mixin OutputOption output;
  @Mixin InputLimit limit;

  @Option(names = "--diff", description = "print a unified diff instead of the edited template")
  boolean diff;

  @Override
  public Integer call() {
    TemplateSource source = release.given() ? release.source(template) : Inputs.template(template, main.stdin());
    JobResult r = EditOptions.run(edits.request(source, null, limit, spec), main, spec.commandLine().getErr());
    String text = r.input().text();
    output.write(spec.commandLine().getOut(), diff ? UnifiedDiff.between(text, r.edited()).format(r.input().name())
        : r.edited());
    return 0;
  }
}
