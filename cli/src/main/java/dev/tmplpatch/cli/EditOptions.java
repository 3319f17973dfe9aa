package dev.tmplpatch.cli;

import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.job.JobRequest;
import dev.tmplpatch.job.JobResult;
import dev.tmplpatch.job.JobRunner;
import dev.tmplpatch.job.TemplateSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * EditOptions are the edit options shared by {@code edit} and {@code istio-patch}: a scenario,
 * explicit edits, and the opt-in for root. They become one {@link JobRequest}, which validates
 * them as it does the Maven plugin's.
 */
final class EditOptions {

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root")
  String scenario;

  @ArgGroup(exclusive = true)
  SysctlChoice sysctl;

  static final class SysctlChoice {
    @Option(names = "--drop-sysctl", paramLabel = "NAME",
        description = "remove one pod sysctl and keep the others, e.g. net.ipv4.ip_unprivileged_port_start")
    String name;

    @Option(names = "--drop-sysctls", description = "set the pod's securityContext.sysctls to []")
    boolean all;
  }

  @Option(names = "--add-capability", paramLabel = "CAP",
      description = "add a Linux capability to the container (repeatable), e.g. NET_BIND_SERVICE")
  List<String> capabilities = new ArrayList<>();

  @Option(names = "--container", paramLabel = "NAME",
      description = "container the scenario, capability and root edits change (default: " + Recipe.PROXY + ")")
  String container;

  @Option(names = "--run-as-root", description = "run the container as root (needs --allow-root)")
  boolean runAsRoot;

  @Option(names = "--accept", paramLabel = "RULE",
      description = "keep a result although lint reports this ERROR rule about it (repeatable), e.g. cap-prefix")
  List<String> accepted = new ArrayList<>();

  @Option(names = "--allow-root", description = "opt in to running as root: " + RunAsRoot.COST)
  boolean allowRoot;

  /**
   * request translates the options into the application's request for a template source; the
   * request validates them (the scenario, names, the root opt-in) and words refusals in the
   * command line's terms.
   */
  JobRequest request(TemplateSource source, String templateName, InputLimit limit, CommandSpec spec) {
    return JobRequest.builder(new CliSpelling(spec.qualifiedName(" ")))
        .source(source)
        .templateName(templateName)
        .scenario(scenario)
        .dropSysctls(sysctl != null && sysctl.all)
        .dropSysctl(sysctl == null ? null : sysctl.name)
        .addCapabilities(capabilities)
        .container(container)
        .runAsRoot(runAsRoot)
        .allowRoot(allowRoot)
        .accept(accepted)
        .maxInputSize(limit.bytes, InputLimit.OPTION)
        .build();
  }

  /** run runs the request and prints its findings to the command's standard error as they come. */
  static JobResult run(JobRequest request, Main main, PrintWriter err) {
    JobRunner.Input in = JobRunner.read(request);
    main.session().source(in.text());
    JobResult result = JobRunner.edit(request, in, f -> err.println(ErrorReporting.printable(f.format(main.session().messages()))));
    err.flush();
    return result;
  }
}
