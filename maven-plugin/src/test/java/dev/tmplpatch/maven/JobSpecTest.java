package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.edit.Scenario;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobSpecTest {

  @TempDir Path basedir;

  private static Job withEditedTemplate() {
    Job job = new Job();
    job.editedTemplate = new File("out/gateway.yaml");
    return job;
  }

  private JobConfigurationException mistake(Job job) {
    return assertThrows(JobConfigurationException.class, () -> JobSpec.of(job, 2, basedir));
  }

  @Test
  void aJobWithOnlyAnOutputUsesTheBundledTemplateAndNoEdits() throws Exception {
    JobSpec spec = JobSpec.of(withEditedTemplate(), 0, basedir);
    assertEquals(JobSpec.TemplateSource.Kind.BUNDLED, spec.source().kind());
    assertEquals("gateway", spec.templateName());
    assertNull(spec.recipe());
    assertNull(spec.scenario());
    assertEquals(basedir.resolve("out/gateway.yaml"), spec.outputs().get(JobSpec.Output.EDITED_TEMPLATE));
    assertNull(spec.gatewayOptions());
  }

  @Test
  void aJobWithoutOutputsIsAMistakeThatListsTheOutputs() {
    JobConfigurationException e = mistake(new Job());
    assertTrue(e.getMessage().startsWith("jobs[2]: no output; set at least one of <editedTemplate>, <istioPatch>"),
        e.getMessage());
  }

  @Test
  void templateAndInjectorConfigMapExcludeEachOther() throws IOException {
    Job job = withEditedTemplate();
    job.template = Files.writeString(basedir.resolve("t.yaml"), "a: 1\n").toFile();
    job.injectorConfigMap = job.template;
    assertTrue(mistake(job).getMessage().contains("<template> and <injectorConfigMap> exclude each other"));
  }

  @Test
  void aMissingTemplateFileIsNamedWithItsParameter() {
    Job job = withEditedTemplate();
    job.template = new File("nope.yaml");
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].template: no such file: " + basedir.resolve("nope.yaml")));
  }

  @Test
  void relativeTemplatePathsResolveAgainstTheProjectDirectory() throws Exception {
    Files.writeString(basedir.resolve("t.yaml"), "a: 1\n");
    Job job = withEditedTemplate();
    job.template = new File("t.yaml");
    assertEquals(basedir.resolve("t.yaml"), JobSpec.of(job, 0, basedir).source().file());
  }

  @Test
  void anUnknownScenarioSaysWhichOnesAreAccepted() {
    Job job = withEditedTemplate();
    job.scenario = "3";
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2].scenario: unknown scenario \"3\""), message);
    assertTrue(message.endsWith("unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root"), message);
  }

  @Test
  void aMistypedScenarioGetsADidYouMean() {
    Job job = withEditedTemplate();
    job.scenario = "privileged-port";
    assertTrue(mistake(job).getMessage().contains("did you mean \"privileged-ports\"?"), mistake(job).getMessage());
  }

  @Test
  void scenarioAliasesNameTheRecipe() throws Exception {
    Job job = withEditedTemplate();
    job.scenario = "2";
    assertEquals(Scenario.PRIVILEGED_PORTS, JobSpec.of(job, 0, basedir).scenario());
    assertEquals("privileged-ports", JobSpec.of(job, 0, basedir).recipe().name());
    job.scenario = "Unprivileged-Ports";
    assertEquals(Scenario.UNPRIVILEGED_PORTS, JobSpec.of(job, 0, basedir).scenario());
  }

  @Test
  void aScenarioAndExplicitEditsExcludeEachOther() {
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.dropSysctls = true;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].scenario: a scenario and explicit edits"));
  }

  @Test
  void runningAsRootNeedsAllowRoot() throws Exception {
    Job job = withEditedTemplate();
    job.runAsRoot = true;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].allowRoot: running the proxy as root must be confirmed"));
    job.runAsRoot = false;
    job.scenario = "privileged-ports-root";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].allowRoot:"));
    job.allowRoot = true;
    assertEquals(Scenario.PRIVILEGED_PORTS_ROOT, JobSpec.of(job, 0, basedir).scenario());
  }

  @Test
  void capabilitiesMustBeLinuxCapabilities() throws Exception {
    Job job = withEditedTemplate();
    job.addCapabilities = List.of("NET_BIND_SERVIC");
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2].addCapabilities: "), message);
    assertTrue(message.contains("NET_BIND_SERVICE"), "suggests the real name: " + message);
    job.addCapabilities = List.of("CAP_NET_BIND_SERVICE");
    assertEquals(1, JobSpec.of(job, 0, basedir).recipe().edits().size());
  }

  @Test
  void dropSysctlAndDropSysctlsExcludeEachOther() {
    Job job = withEditedTemplate();
    job.dropSysctls = true;
    job.dropSysctl = "net.ipv4.ip_unprivileged_port_start";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].dropSysctl: <dropSysctl> and <dropSysctls> exclude"));
  }

  @Test
  void aBadSysctlNameIsNamedWithItsParameter() {
    Job job = withEditedTemplate();
    job.dropSysctl = "net ipv4";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].dropSysctl: 'net ipv4' is not a sysctl name"),
        mistake(job).getMessage());
  }

  @Test
  void aContainerWithoutAnEditForItIsAMistake() {
    Job job = withEditedTemplate();
    job.container = "istio-proxy";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].container: applies only with"));
  }

  @Test
  void gatewayOptionsNeedAScenario() {
    Job job = withEditedTemplate();
    job.gatewayOptions = new File("out/options.yaml");
    job.namespace = "istio-ingress";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].scenario: required with <gatewayOptions>"));
  }

  @Test
  void gatewayOptionsNeedANamespace() {
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.gatewayOptions = new File("out/options.yaml");
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].namespace: required with <gatewayOptions>; accepts a DNS-1123 label"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Istio", "istio ingress", "istio\ningress", "a.b", "-istio", "istio-", "x: y",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void namespacesThatBreakDns1123LabelRulesAreRefused(String namespace) {
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.gatewayOptions = new File("out/options.yaml");
    job.namespace = namespace;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].namespace: '" + namespace + "' is not a namespace"));
  }

  @Test
  void gatewayOptionsTakeDefaultsAndCheckTheGatewayName() throws Exception {
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.gatewayOptions = new File("out/options.yaml");
    job.namespace = "istio-ingress";
    assertEquals(new JobSpec.GatewayOptions("istio-ingress", "asm-kube-gateway-options", null),
        JobSpec.of(job, 0, basedir).gatewayOptions());
    job.gatewayName = "My_Gateway";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].gatewayName: 'My_Gateway' is not a name; accepts a DNS-1123 subdomain"));
  }

  @Test
  void aNamespaceWithoutGatewayOptionsIsAMistake() {
    Job job = withEditedTemplate();
    job.namespace = "istio-ingress";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].namespace: applies only with <gatewayOptions>"));
  }

  @Test
  void twoOutputsOfOneJobMayNotShareAFile() {
    Job job = withEditedTemplate();
    job.istioPatch = new File("out/../out/gateway.yaml");
    assertTrue(mistake(job).getMessage().startsWith("jobs[2]: two outputs name the same file"));
  }

  @Test
  void anOutputThatIsADirectoryIsAMistake() throws IOException {
    Files.createDirectories(basedir.resolve("out/gateway.yaml"));
    assertTrue(mistake(withEditedTemplate()).getMessage().startsWith("jobs[2].editedTemplate: "));
  }

  @Test
  void aTemplateNameMustBeAName() {
    Job job = withEditedTemplate();
    job.templateName = "gate way";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].templateName: 'gate way' is not a template name"));
  }
}
