package dev.tmplpatch.cli;

import dev.tmplpatch.diagnose.Diagnose;
import dev.tmplpatch.diagnose.DiagnoseReport;
import dev.tmplpatch.i18n.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** DiagnoseCommand explains pasted events and logs: what failed, why, and the tmplpatch command that fixes it. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description = {
      "Explain pasted events and logs: what failed, why, and the tmplpatch command that fixes it.",
      "Reads kubectl describe or get events output, container, istiod or node logs, and knows the",
      "missing sysctl on kernels older than 4.11 (every runc generation, crun, CRI-O), low-port",
      "binds, runAsNonRoot against root, Pod Security, capability names and istiod template errors.",
      "Exit 0 when something known was found, 1 when nothing was (or the input is unusable), 2 for",
      "bad usage."
    })
final class DiagnoseCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the pasted text; - or nothing reads standard input")
  String file;

  @Option(names = "--json", description = "print JSON for tools")
  boolean json;


  @Override
  public Integer call() {
    Messages messages = main.session().messages();
    String arg = file == null ? "-" : file;
    Inputs.Text in = Inputs.read(arg, main, limit.bytes);
    String source = arg.equals("-") ? "stdin" : arg;
    DiagnoseReport report = DiagnoseReport.of(source, Diagnose.scan(in.text()), messages);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.json() : report.text());
    out.flush();
    return report.exitCode();
  }
}
