package dev.tmplpatch.cli;

import dev.tmplpatch.advise.Advice;
import dev.tmplpatch.advise.AdviceReport;
import dev.tmplpatch.advise.GatewayDeployment;
import dev.tmplpatch.advise.GatewayPorts;
import dev.tmplpatch.advise.Nodes;
import dev.tmplpatch.advise.UnusableInputException;
import dev.tmplpatch.i18n.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** AdviseCommand tells from the cluster's nodes and the gateway's ports whether and how to fix the template. */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    description = {
      "Tell from the nodes and the gateway's ports whether and how to fix the template.",
      "Reads kubectl get nodes -o json (or -o yaml, -o wide), names the Linux nodes older than 4.11",
      "(they lack the sysctl), picks the scenario from the ports Envoy binds, and prints the exact",
      "Service or Gateway change, the commands, and the check on a node. Exit 0 when nothing needs",
      "fixing, 3 when a fix or a check on a node is needed, 1 for unusable input, 2 for bad usage."
    })
final class AdviseCommand implements Callable<Integer> {
  /** FIX_NEEDED is the exit code when the user must act. */
  static final int FIX_NEEDED = 3;

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Spec CommandSpec spec;

  @Option(names = "--nodes", required = true, paramLabel = "FILE",
      description = "kubectl get nodes -o json (or -o yaml; a List or one Node); - reads standard input")
  String nodes;

  @Option(names = "--service", paramLabel = "FILE", description = "the gateway's Service (kubectl get service NAME -o yaml)")
  String service;

  @Option(names = "--gateway", paramLabel = "FILE", description = "a Gateway API Gateway (gateway.networking.k8s.io)")
  String gateway;

  @Option(names = "--ports", paramLabel = "LIST", description = "the ports Envoy binds, e.g. 80,443")
  String ports;

  @Option(names = "--deployment", paramLabel = "FILE",
      description = "the gateway's Deployment (kubectl get deployment NAME -o yaml)")
  String deployment;

  @Option(names = "--json", description = "print JSON for tools")
  boolean json;


  @Override
  public Integer call() {
    if (Stream.of(service, gateway, ports).filter(s -> s != null).count() > 1) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.advise.ports-alternatives"));
    }
    if (Stream.of(nodes, service, gateway, deployment).filter("-"::equals).count() > 1) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.advise.one-stdin"));
    }
    Messages messages = main.session().messages();
    Advice advice;
    try {
      GatewayPorts p = null;
      if (service != null) {
        p = GatewayPorts.fromService(source(service), read(service));
      } else if (gateway != null) {
        p = GatewayPorts.fromGateway(source(gateway), read(gateway));
      } else if (ports != null) {
        p = GatewayPorts.fromList(ports);
      }
      GatewayDeployment d = deployment == null ? null : GatewayDeployment.read(source(deployment), read(deployment));
      advice = Advice.of(Nodes.read(source(nodes), read(nodes)), p, d);
    } catch (UnusableInputException e) {
      throw UserError.input(e.getMessage(), e);
    }
    AdviceReport report = AdviceReport.of(advice, messages);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.json() : report.text());
    out.flush();
    return report.exitCode();
  }

  private String read(String file) {
    return Inputs.read(file, main, limit.bytes).text();
  }

  private static String source(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }
}
