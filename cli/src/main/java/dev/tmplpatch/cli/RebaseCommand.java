package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.emit.OutputFile;
import dev.tmplpatch.emit.UnifiedDiff;
import dev.tmplpatch.diag.Diagnostic;
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
      throw UserError.input(name + ": the template is empty; hint: pass your customised injection template");
    }
    TemplateDocument.load(name, text);
    PrintWriter err = spec.commandLine().getErr();

    String file = templateName == null ? null : Releases.fileFor(templateName).orElseThrow(() -> UserError.usage(
        "--istio-template " + templateName + ": unknown template; accepted: gateway, kube-gateway, sidecar"));
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
      throw UserError.input(name + ": looks like no bundled release template: the nearest, " + base.upstream().name()
          + ", differs by " + base.distance() + " lines removed or added; nothing written; hint: name the release it"
          + " was made from with --from X.Y.Z, or check the file");
    }
    ReleaseTemplate target = select(to, file, "--to");
    err.println(name + ": made from " + (from == null ? bases.describe(base) : base.describe()));

    Rebase.Outcome outcome;
    try {
      outcome = Rebase.rebase(name, text, base, ReleaseBases.upstream(target));
    } catch (EditException e) {
      throw UserError.input(name + ": " + base.edits().describe() + " cannot be made on " + ReleaseBases.name(target)
          + ": " + e.getMessage().replace('\n', ' ') + "; nothing written; hint: " + (e.hint().isEmpty()
              ? "rebase onto another release" : e.hint()), e);
    }
    if (!outcome.clean()) {
      for (Conflict c : outcome.conflicts()) {
        err.print(c.describe(name, outcome.baseLabel(), outcome.theirsLabel()));
      }
      if (conflicts != null) {
        try {
          OutputFile.writeAtomically(conflicts, outcome.diff3().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw UserError.input("cannot write " + conflicts + ": " + dev.tmplpatch.source.InputReader.reason(e), e);
        }
      }
      err.println("tmplpatch: " + name + ": " + outcome.conflicts().size() + " conflict"
          + (outcome.conflicts().size() == 1 ? "" : "s") + " with " + ReleaseBases.name(target)
          + "; nothing written; hint: " + (conflicts == null
              ? "rerun with --conflicts FILE to get them in diff3 form, resolve, then rebase the resolved file"
              : "resolve the conflicts in " + conflicts + " (diff3 form) and use that file"));
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
      throw UserError.input(name + ": the rebased template has lint errors the customised one has not ("
          + String.join(", ", introduced) + "); nothing written; hint: rebase onto another release or fix"
          + " CUSTOMISED first");
    }
    if (!base.edits().isEmpty() && !base.edits().dropSysctl() && setsSysctl(result)) {
      // Scenario 2 on a release without the sysctl leaves only the capability behind.
      err.println(name + ": note: " + ReleaseBases.name(target) + " sets the pod sysctl "
          + DropSysctl.UNPRIVILEGED_PORT_START + ", which the release CUSTOMISED was made from did not, so it is"
          + " kept; hint: for kernels older than 4.11 run tmplpatch edit on the result with --scenario");
    }
    err.println(name + ": rebased onto " + ReleaseBases.name(target) + ": "
        + (base.edits().isEmpty() ? "no typed edit" : base.edits().describe() + " made again by tmplpatch")
        + ", " + outcome.handHunks() + " other change" + (outcome.handHunks() == 1 ? "" : "s") + " merged");
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
