package dev.tmplpatch.lint;

import dev.tmplpatch.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.document.TemplateDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClusterChecksTest {

  static Path testdata(String relative) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve(relative);
  }

  static TemplateDocument template(String release) {
    return TemplateDocument.load(testdata("istio/" + release + "/gateway-injection-template.yaml"));
  }

  static final String SCENARIO_1 = "spec:\n  securityContext:\n  {{- if .Values.gateways.securityContext }}\n"
      + "    {{- toYaml .Values.gateways.securityContext | nindent 4 }}\n  {{- else }}\n    sysctls: []\n  {{- end }}\n"
      + "  containers:\n  - name: istio-proxy\n    securityContext:\n      runAsUser: {{ .ProxyUID | default \"1337\" }}\n";

  static final String ROOT = SCENARIO_1.replace("runAsUser: {{ .ProxyUID | default \"1337\" }}",
      "runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false");

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "1.26.2,3.10.0-1160.el7.x86_64,kernel-sysctl@23",
      "1.26.2,4.4.0-1075-aws,kernel-sysctl@23",
      "1.26.2,4.11.0,-",
      "1.26.2,5.15.0-88-generic,-",
      "1.19.10,3.10.0-1160.el7.x86_64,-",
      "1.30.3,3.10.0-1160.71.1.el7,kernel-sysctl@23"})
  void theSysctlIsAnErrorOnlyOnKernelsOlderThan411(String release, String kernel, String expected) {
    List<String> found = ClusterChecks.kernel(template(release), kernel).stream()
        .map(f -> f.rule() + "@" + f.line()).toList();
    assertEquals(expected.equals("-") ? List.of() : List.of(expected), found);
  }

  @Test
  void anUnreadableKernelIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterChecks.kernel(template("1.26.2"), "centos7"));
    assertEquals("--kernel: \"centos7\" is not a kernel version (uname -r), e.g. 3.10.0-1160.el7.x86_64", e.getMessage());
    assertEquals("--kernel：\"centos7\" 不是内核版本（uname -r），例如 3.10.0-1160.el7.x86_64",
        dev.tmplpatch.diag.InvalidValueException.textOf(e)
            .in(dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH)));
  }

  @Test
  void theHelmChartsOwnSysctlStaysUnlessTheTemplateReplacesTheList() throws IOException {
    String deployment = Files.readString(testdata("advise/deployment-helm-chart.yaml"));
    // 1.19 templates set no pod sysctl at all, so they never replace the chart's.
    assertEquals(List.of(new Diagnostic(Diagnostic.Severity.ERROR, "deployment-sysctl", "deploy.yaml", 20, 11,
        "the Deployment's pod sets net.ipv4.ip_unprivileged_port_start (the istio/gateway Helm chart does) and the"
            + " template does not replace the pod's sysctls list, so injected pods keep it and never start on this kernel",
        "emit sysctls: [] in the template (tmplpatch edit --scenario unprivileged-ports), or set the chart value"
            + " securityContext to a non-empty map without sysctls")),
        ClusterChecks.deployment(template("1.19.10"), "deploy.yaml", deployment, true).stream()
            .map(Diagnostic::english).toList());
    assertEquals(List.of("deployment-sysctl:WARNING"),
        ClusterChecks.deployment(template("1.26.2"), "deploy.yaml", deployment, false).stream()
            .map(f -> f.rule() + ":" + f.severity()).toList());
    assertEquals(List.of(), ClusterChecks.deployment(TemplateDocument.load("gw.yaml", SCENARIO_1), "deploy.yaml",
        deployment, true));
  }

  @Test
  void aRootTemplateIsUndoneByTheDeploymentsNonRootProxy() throws IOException {
    String deployment = Files.readString(testdata("advise/deployment-helm-chart.yaml"));
    List<Diagnostic> found = ClusterChecks.deployment(TemplateDocument.load("gw.yaml", ROOT), "deploy.yaml", deployment,
        true);
    assertEquals(List.of("deployment-nonroot@35:11", "deployment-run-as-user@33:11"),
        found.stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList());
    String rootFriendly = deployment.replace("          runAsUser: 1337\n", "")
        .replace("runAsNonRoot: true", "runAsNonRoot: false");
    assertEquals(List.of(), ClusterChecks.deployment(TemplateDocument.load("gw.yaml", ROOT), "deploy.yaml",
        rootFriendly, true));
  }
}
