package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.templates.Autoscaling;
import dev.tmplpatch.templates.GatewayInstall;
import dev.tmplpatch.templates.ServicePort;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    assertEquals(dev.tmplpatch.job.TemplateSource.Kind.BUNDLED, spec.source().kind());
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
  void aScenarioAndExplicitEditsCombineAsOnTheCommandLine() throws Exception {
    // One rule for both front ends: the scenario's edits, then the explicit ones, in one recipe.
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.dropSysctls = true;
    JobSpec spec = JobSpec.of(job, 0, basedir);
    assertEquals("unprivileged-ports", spec.recipe().name());
    assertEquals(List.of("drop-sysctl", "drop-sysctls"), spec.recipe().edits().stream().map(e -> e.name()).toList());
  }

  @Test
  void gatewayOptionsAreBuiltFromAScenarioAlone() {
    Job job = withEditedTemplate();
    job.scenario = "1";
    job.addCapabilities = List.of("NET_ADMIN");
    job.gatewayOptions = new File("out/options.yaml");
    job.namespace = "istio-ingress";
    assertEquals("jobs[2].gatewayOptions: the options ConfigMap is built from <scenario> alone, and the explicit edits"
        + " (<dropSysctls>, <dropSysctl>, <addCapabilities>, <runAsRoot>) would not be in it; put <gatewayOptions> in"
        + " a <job> with only the scenario", mistake(job).getMessage());
  }

  @Test
  void runningAsRootNeedsAllowRoot() throws Exception {
    Job job = withEditedTemplate();
    job.runAsRoot = true;
    String hint = "; hint: " + dev.tmplpatch.edit.RunAsRoot.COST
        + "; prefer ports 1024 or above (<scenario>privileged-ports</scenario> keeps the proxy non-root)";
    assertEquals("jobs[2].allowRoot: <runAsRoot> runs the proxy as root and needs <allowRoot>" + hint,
        mistake(job).getMessage());
    job.runAsRoot = false;
    job.scenario = "privileged-ports-root";
    assertEquals("jobs[2].allowRoot: <scenario>privileged-ports-root</scenario> runs the proxy as root and needs"
        + " <allowRoot>" + hint, mistake(job).getMessage());
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
    // The one DNS-1123 rule (k8s.KubernetesNames), as the command line's --namespace says it.
    assertEquals("jobs[2].namespace: " + assertThrows(dev.tmplpatch.k8s.InvalidNameException.class,
        () -> dev.tmplpatch.k8s.KubernetesNames.requireNamespace(namespace)).getMessage(), mistake(job).getMessage());
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
    assertEquals("jobs[2].gatewayName: Gateway name \"My_Gateway\" is invalid: it contains the upper-case letter 'M' at position 1;"
        + " it must be a DNS-1123 subdomain: at most 253 characters, only lower-case letters a-z, digits 0-9, '-' and"
        + " '.', each dot-separated part starting and ending with a letter or digit; hint: try \"my-gateway\"",
        mistake(job).getMessage());
  }

  @Test
  void aNamespaceWithoutGatewayOptionsIsAMistake() {
    Job job = withEditedTemplate();
    job.namespace = "istio-ingress";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].namespace: applies only with <gatewayOptions>"));
  }

  private static Job withInstallBundle() {
    Job job = new Job();
    job.installBundle = new File("out/bundle.yaml");
    job.gatewayName = "ingress-gw";
    job.namespace = "istio-ingress";
    return job;
  }

  @Test
  void anInstallBundleTakesTheSeedsDefaults() throws Exception {
    JobSpec spec = JobSpec.of(withInstallBundle(), 0, basedir);
    assertEquals(GatewayInstall.of("ingress-gw", "istio-ingress"), spec.installBundle().install());
    assertNull(spec.installBundle().skeletons());
    assertEquals(basedir.resolve("out/bundle.yaml"), spec.outputs().get(JobSpec.Output.INSTALL_BUNDLE));
    assertNull(spec.gatewayOptions());
  }

  @Test
  void everyInstallBundleParameterReachesTheGatewayInstall() throws Exception {
    Files.createDirectories(basedir.resolve("skel"));
    Job job = withInstallBundle();
    job.serviceType = "loadbalancer";
    job.ports = List.of("http2:8080", " tcp-db:5432 ");
    job.hpa = "3:6:70%";
    job.pdb = "2";
    job.revision = "canary";
    job.skeletons = new File("skel");
    InstallBundleSpec bundle = JobSpec.of(job, 0, basedir).installBundle();
    assertEquals(GatewayInstall.of("ingress-gw", "istio-ingress")
        .withServiceType(GatewayInstall.ServiceType.LoadBalancer)
        .withPorts(List.of(new ServicePort("http2", 8080), new ServicePort("tcp-db", 5432)))
        .withAutoscaling(new Autoscaling(3, 6, 70))
        .withPodDisruptionBudget("2")
        .withRevision("canary"), bundle.install());
    assertEquals(basedir.resolve("skel"), bundle.skeletons());
  }

  @Test
  void anInstallBundleNeedsAGatewayNameAndANamespace() {
    Job job = withInstallBundle();
    job.gatewayName = null;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].gatewayName: required with <installBundle>"),
        mistake(job).getMessage());
    assertTrue(mistake(job).getMessage().contains("accepts a DNS-1035 label"), mistake(job).getMessage());
    job.gatewayName = "ingress-gw";
    job.namespace = null;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].namespace: required with <installBundle>; accepts a"
        + " DNS-1123 label"), mistake(job).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ingress", "1gateway", "gw.example.com", "gw\nx", "-gw", "x: y", ""})
  void anInstalledGatewaysNameMustBeADns1035Label(String name) {
    Job job = withInstallBundle();
    job.gatewayName = name;
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2].gatewayName: gateway name "), message);
    assertTrue(message.contains("it must be a DNS-1035 label"), message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "serviceType | NodePort   | 'NodePort' is not a Service type; accepts ClusterIP (the default) or LoadBalancer",
      "ports       | http2      | port \"http2\" is not NAME:PORT; hint: for example http2:80",
      "ports       | http2:0    | port 0 of http2 is out of range",
      "ports       | HTTP:80    | port name \"HTTP\" contains characters other than a-z",
      "ports       | https:15021 | port 15021 is used twice (status-port:15021 is always added); hint: give each <port>",
      "hpa         | 2:5        | <hpa> \"2:5\" is not MIN:MAX:CPU%",
      "hpa         | 5:2:80%    | <hpa> replicas 5:2 are invalid",
      "pdb         | 1          | <pdb> 1 needs more than 1 gateway replicas, but there is 1",
      "pdb         | 100%       | <pdb> 100% would block every voluntary eviction",
      "pdb         | half       | <pdb> \"half\" is neither a count nor a percentage",
      "revision    | 1.26       | revision \"1.26\" is invalid",
  })
  void aBadInstallBundleValueNamesItsParameterAndWhatItAccepts(String parameter, String value, String expected)
      throws Exception {
    Job job = withInstallBundle();
    switch (parameter) {
      case "serviceType" -> job.serviceType = value;
      case "ports" -> job.ports = List.of(value);
      case "hpa" -> job.hpa = value;
      case "pdb" -> job.pdb = value;
      case "revision" -> job.revision = value;
      default -> throw new IllegalArgumentException(parameter);
    }
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2]." + parameter + ": " + expected), message);
    assertFalse(message.matches("(?s).*--[a-z].*"), "speaks of pom elements, not command-line options: " + message);
  }

  @Test
  void aPdbIsCheckedAgainstTheHpasMinimumReplicas() throws Exception {
    Job job = withInstallBundle();
    job.pdb = "2";
    job.hpa = "2:5:80%";
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2].pdb: <pdb> 2 needs more than 2 gateway replicas"), message);
    assertTrue(message.contains("add <hpa> with MIN above 2"), message);
    job.hpa = "3:5:80%";
    assertEquals("2", JobSpec.of(job, 0, basedir).installBundle().install().pdbMinAvailable().orElseThrow());
  }

  @Test
  void aPdbWithoutAnHpaIsRefusedInTheWordsTheReadmeShows() {
    Job job = withInstallBundle();
    job.pdb = "1";
    assertEquals("jobs[2].pdb: <pdb> 1 needs more than 1 gateway replicas, but there is 1, so node drains would hang;"
        + " hint: add <hpa> with MIN above 1 (e.g. <hpa> 2:5:80) or lower <pdb>", mistake(job).getMessage());
  }

  @Test
  void skeletonsMustBeADirectory() throws IOException {
    Job job = withInstallBundle();
    job.skeletons = new File("nope");
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].skeletons: no such directory: " + basedir.resolve("nope")
        + "; accepts a directory"), mistake(job).getMessage());
    Files.writeString(basedir.resolve("file"), "");
    job.skeletons = new File("file");
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].skeletons: no such directory"), mistake(job).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"serviceType", "ports", "hpa", "pdb", "revision", "skeletons"})
  void installBundleParametersWithoutAnInstallBundleAreAMistake(String parameter) {
    Job job = withEditedTemplate();
    switch (parameter) {
      case "serviceType" -> job.serviceType = "ClusterIP";
      case "ports" -> job.ports = List.of("http2:80");
      case "hpa" -> job.hpa = "2:5:80%";
      case "pdb" -> job.pdb = "1";
      case "revision" -> job.revision = "canary";
      default -> job.skeletons = new File("skel");
    }
    assertTrue(mistake(job).getMessage().startsWith("jobs[2]." + parameter + ": applies only with <installBundle>"),
        mistake(job).getMessage());
  }

  @Test
  void gatewayOptionsAndAnInstallBundleExcludeEachOther() {
    Job job = withInstallBundle();
    job.scenario = "2";
    job.gatewayOptions = new File("out/options.yaml");
    String message = mistake(job).getMessage();
    assertTrue(message.startsWith("jobs[2].installBundle: <installBundle> and <gatewayOptions> exclude each other"),
        message);
  }

  @Test
  void theBundledDeploymentInjectsOnlyTheTemplateNamedGateway() throws Exception {
    Job job = withInstallBundle();
    job.templateName = "gateway-v2";
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].templateName: the bundled Deployment skeleton injects"
        + " the template \"gateway\""), mistake(job).getMessage());
    Files.createDirectories(basedir.resolve("skel"));
    job.skeletons = new File("skel");
    assertEquals("gateway-v2", JobSpec.of(job, 0, basedir).templateName());
  }

  @Test
  void theBundledDeploymentCannotRunTheProxyAsRoot() throws Exception {
    Job job = withInstallBundle();
    job.scenario = "privileged-ports-root";
    job.allowRoot = true;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].installBundle: the bundled Deployment skeleton sets"
        + " runAsNonRoot: true on istio-proxy"), mistake(job).getMessage());
    job.scenario = null;
    job.runAsRoot = true;
    assertTrue(mistake(job).getMessage().startsWith("jobs[2].installBundle: the bundled Deployment"));
    job.container = "web";
    assertNull(JobSpec.of(job, 0, basedir).scenario(), "root for another container does not touch istio-proxy");
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
    assertEquals("jobs[2].templateName: template name \"gate way\" is invalid: it contains a space at position 5; it must be at most"
        + " 253 characters of letters, digits, '-', '_' and '.' (a ConfigMap key), not starting with \"..\"; hint:"
        + " try \"gate-way\"", mistake(job).getMessage());
  }
}
