package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.emit.OutputFile;
import dev.tmplpatch.emit.UnifiedDiff;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.i18n.Messages;
import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.lint.TemplateLint;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Conflict;
import dev.tmplpatch.upgrade.Rebase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** RebaseCommand carries a customised injection template to another Istio release. */
@Command(
    name = "rebase",
    mixinStandardHelpOptions = true,
    description = {
      "Carry a customised Istio injection template to another release.",
      "It finds the bundled release the template was made from (or --from), makes",
      "the edits tmplpatch knows (the scenarios: sysctl dropped, NET_BIND_SERVICE",
      "for istio-proxy, root) again on the --to release, and merges your other",
      "changes three-way. A change upstream also made to the same lines is a",
      "conflict: nothing is written, each conflict is printed with both sides, and",
      "exit is 1 (--conflicts FILE writes diff3 form)."
    })
final class RebaseCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CUSTOMISED", description = "the customised template; - reads standard input")
  String customised;

  @Option(names = "--to", required = true, paramLabel = "X.Y[.Z]", description = "the Istio release to rebase onto")
  String to;

  @Option(names = "--from", paramLabel = "X.Y[.Z]",
      description = "the release CUSTOMISED was made from (default: detected among the bundled ones)")
  String from;

  @Option(names = "--istio-template", paramLabel = "NAME",
      description = "gateway, kube-gateway or sidecar (default: detected)")
  String templateName;

  @Option(names = "--diff", description = "print a unified diff from CUSTOMISED to the result instead of the result")
  boolean diff;

  @Option(names = "--conflicts", paramLabel = "FILE", description = "on conflicts, write the merge in diff3 form to FILE")
  Path conflicts;

  @Mixin OutputOption output;

  @Override
  public Integer call() {
    Inputs.Text in = Inputs.read(customised, main, limit.bytes);
    String name = customised.equals("-") ? "stdin" : String.valueOf(Path.of(customised).getFileName());
    String text = in.text();
    main.session().source(text);
    if (text.isBlank()) {
      throw UserError.input(Text.of("cli.rebase.empty", name));
    }
    TemplateDocument.load(name, text);
    PrintWriter err = spec.commandLine().getErr();
    Messages messages = main.session().messages();

    String file = templateName == null ? null : Releases.fileFor(templateName).orElseThrow(() -> UserError.usage(
        Text.of("cli.istio-template.unknown", templateName)));
    BaseMatch base;
    ReleaseBases bases;
    if (from != null) {
      if (file == null) {
        file = ReleaseBases.all().template(ReleaseBases.all().detect(text)).file();
      }
      bases = ReleaseBases.forFile(file);
      base = Rebase.recognise(text, ReleaseBases.upstream(select(from, file, "--from")));
    } else {
      bases = file == null ? ReleaseBases.all() : ReleaseBases.forFile(file);
      base = bases.detect(text);
      file = bases.template(base).file();
      bases = ReleaseBases.forFile(file);
    }
    if (from == null && !Rebase.plausible(base)) {
      throw UserError.input(Text.of("cli.rebase.no-base", name, base.upstream().name(), base.distance()));
    }
    ReleaseTemplate target = select(to, file, "--to");
    err.println(messages.get("cli.rebase.made-from", name,
        (from == null ? bases.describeText(base) : ReleaseBases.text(base)).in(messages)));

    Rebase.Outcome outcome;
    try {
      outcome = Rebase.rebase(name, text, base, ReleaseBases.upstream(target));
    } catch (EditException e) {
      String problem = e.diagnostic().message(messages).replace('\n', ' ');
      Text hint = e.hint().isEmpty() ? Text.of("cli.rebase.hint.another-release") : e.diagnostic().hintText();
      throw UserError.input(Text.of("cli.rebase.edit-refused", name, ReleaseBases.text(base.edits()),
          ReleaseBases.name(target), problem, hint), e);
    }
    if (!outcome.clean()) {
      for (Conflict c : outcome.conflicts()) {
        err.print(c.describe(name, outcome.baseLabel(), outcome.theirsLabel()));
      }
      if (conflicts != null) {
        try {
          OutputFile.writeAtomically(conflicts, outcome.diff3().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw UserError.input(Text.of("cli.rebase.cannot-write", conflicts,
              dev.tmplpatch.source.InputReader.reason(e)), e);
        }
      }
      Text hint = conflicts == null ? Text.of("cli.rebase.hint.conflicts-option")
          : Text.of("cli.rebase.hint.conflicts-file", conflicts);
      err.println(ErrorReporting.PROGRAM + messages.get(outcome.conflicts().size() == 1 ? "cli.rebase.conflict"
          : "cli.rebase.conflicts", name, outcome.conflicts().size(), ReleaseBases.name(target), hint.in(messages)));
      err.flush();
      return UserError.INPUT;
    }
    TemplateDocument result = TemplateDocument.load(name, outcome.text());
    Set<String> before = errors(TemplateLint.check(TemplateDocument.load(name, text)));
    List<Diagnostic> findings = TemplateLint.check(result);
    for (Diagnostic f : findings) {
      err.println(f.format(main.session().messages()));
    }
    Set<String> introduced = errors(findings);
    introduced.removeAll(before);
    if (!introduced.isEmpty()) {
      // Rule ids stay as they are; the commas between them are punctuation.
      String rules = String.join(", ", introduced);
      throw UserError.input(Text.of("cli.rebase.lint-errors", name, rules));
    }
    if (!base.edits().isEmpty() && !base.edits().dropSysctl() && setsSysctl(result)) {
      // Scenario 2 on a release without the sysctl leaves only the capability behind.
      err.println(messages.get("cli.rebase.sysctl-kept", name, ReleaseBases.name(target),
          DropSysctl.UNPRIVILEGED_PORT_START));
    }
    Text edits = base.edits().isEmpty() ? Text.of("cli.edits.none")
        : Text.of("cli.rebase.made-again", ReleaseBases.text(base.edits()));
    err.println(messages.get(outcome.handHunks() == 1 ? "cli.rebase.done" : "cli.rebase.done.many", name,
        ReleaseBases.name(target), edits.in(messages), outcome.handHunks()));
    err.flush();
    output.write(spec.commandLine().getOut(), diff ? UnifiedDiff.between(text, outcome.text()).format(name)
        : outcome.text());
    return 0;
  }

  private static boolean setsSysctl(TemplateDocument doc) {
    try {
      return DropSysctl.clearWhereSet(DropSysctl.UNPRIVILEGED_PORT_START).apply(doc).changed();
    } catch (EditException refused) {
      return false;
    }
  }

  private static ReleaseTemplate select(String version, String file, String option) {
    try {
      return Releases.select(version, file, option);
    } catch (IllegalArgumentException e) {
      throw UserError.usage(e.getMessage());
    }
  }

  private static Set<String> errors(List<Diagnostic> findings) {
    return findings.stream().filter(f -> f.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::rule)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
