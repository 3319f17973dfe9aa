package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.emit.UnifiedDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "template file; - reads standard input")
  String template;

  @Mixin EditOptions edits;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (atomically) instead of standard output")
  Path output;

  @Option(names = "--diff", description = "print a unified diff instead of the edited template")
  boolean diff;

  @Override
  public Integer call() {
    TemplateSource.Loaded source = TemplateSource.read(template);
    ErrorReport.SOURCE.set(new String(source.bytes(), StandardCharsets.UTF_8));
    TemplateDocument doc = source.load();
    EditResult result = edits.edit(doc, spec.commandLine().getErr());
    String text = result.document().text();
    if (diff) {
      text = UnifiedDiff.between(doc.text(), text).format(source.name());
    }
    Output.write(text, output, spec.commandLine().getOut());
    return 0;
  }
}
