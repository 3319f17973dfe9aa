package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LintClusterOptionsTest {

  static String testdata(String relative) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve(relative).toString();
  }

  @Test
  void theBundledTemplatesSysctlIsAnErrorOnCentos7AndFineOnANewKernel() {
    Cli.Result old = Cli.run("lint", "--kernel", "3.10.0-1160.el7.x86_64");
    assertEquals(1, old.exitCode());
    assertEquals("gateway-injection-template.yaml:23:7: error: kernel 3.10 (3.10.0-1160.el7.x86_64) is older than 4.11"
        + " and has no net.ipv4.ip_unprivileged_port_start: pods that get this sysctl never start"
        + " (FailedCreatePodSandBox, ContainerCreating), root or not [kernel-sysctl]\n  hint: remove it with sysctls: []"
        + " (tmplpatch edit --scenario unprivileged-ports)\n", old.out());
    Cli.Result current = Cli.run("lint", "--kernel", "5.15.0-88-generic");
    assertEquals(0, current.exitCode());
    assertEquals("gateway-injection-template.yaml: ok\n", current.out());
  }

  @Test
  void theHelmChartDeploymentIsAWarningOnAnUnknownKernel() {
    Cli.Result r = Cli.run("lint", "--deployment", testdata("advise/deployment-helm-chart.yaml"));
    assertEquals(0, r.exitCode());
    assertEquals(testdata("advise/deployment-helm-chart.yaml") + ":20:11: warning: the Deployment's pod sets"
        + " net.ipv4.ip_unprivileged_port_start (the istio/gateway Helm chart does) and the template does not replace"
        + " the pod's sysctls list, so injected pods keep it [deployment-sysctl]\n  hint: emit sysctls: [] in the"
        + " template (tmplpatch edit --scenario unprivileged-ports), or set the chart value securityContext to a"
        + " non-empty map without sysctls\n", r.out());
  }

  @Test
  void badValuesAreRefused() {
    Cli.Result kernel = Cli.run("lint", "--kernel", "el7");
    kernel.assertUserError(2);
    assertEquals("tmplpatch: --kernel: \"el7\" is not a kernel version (uname -r), e.g. 3.10.0-1160.el7.x86_64\n",
        kernel.err());
    Cli.Result notDeployment = Cli.run("lint", "--deployment", testdata("advise/service-low-ports.yaml"));
    notDeployment.assertUserError(1);
    assertEquals("tmplpatch: " + testdata("advise/service-low-ports.yaml") + ": no Deployment in the file, expected"
        + " one; hint: save the gateway's Deployment with: kubectl -n NAMESPACE get deployment NAME -o yaml >"
        + " deployment.yaml\n", notDeployment.err());
  }
}
