package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.templates.Autoscaling;
import dev.tmplpatch.templates.GatewayInstall;
import dev.tmplpatch.templates.InstallBundle;
import dev.tmplpatch.templates.ServicePort;
import dev.tmplpatch.testkit.Golden;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {

  @TempDir Path basedir;

  private final List<Diagnostic> findings = new ArrayList<>();

  /** testdata returns the checkout's testdata/ folder (system property tmplpatch.testdata, set by the build). */
  private static Path testdata() {
    String dir = System.getProperty("tmplpatch.testdata");
    assertNotNull(dir, "system property tmplpatch.testdata is not set; run the tests through Maven");
    return Path.of(dir);
  }

  private static String seed(String name) throws IOException {
    return Files.readString(testdata().resolve("seed").resolve(name), StandardCharsets.UTF_8);
  }

  private Map<Path, String> run(Job job) throws Exception {
    return JobRunner.outputs(JobSpec.of(job, 0, basedir), findings::add);
  }

  private String editedTemplate(Job job) throws Exception {
    job.editedTemplate = new File("out.yaml");
    return run(job).get(basedir.resolve("out.yaml"));
  }

  private Job templateFile(String text) throws IOException {
    Files.writeString(basedir.resolve("t.yaml"), text, StandardCharsets.UTF_8);
    Job job = new Job();
    job.template = new File("t.yaml");
    return job;
  }

  @Test
  void withoutEditsTheBundledTemplateComesOutByteForByte() throws Exception {
    assertEquals(seed("gateway-injection-template.original.yaml"), editedTemplate(new Job()));
  }

  @Test
  void privilegedPortsOnTheBundledTemplateGivesTheDocumentedEdit() throws Exception {
    Job job = new Job();
    job.scenario = "2";
    // The seed's copy has two trailing spaces after "sysctls: []", a copy artefact of the docs.
    assertEquals(seed("scenario2.expected.yaml").replace("sysctls: []  \n", "sysctls: []\n"), editedTemplate(job));
    assertTrue(findings.stream().anyMatch(f -> f.rule().equals("nonroot-bind")), "the edit's findings are passed on");
  }

  @Test
  void theRootScenarioGivesTheReviewedGoldenFile() throws Exception {
    Job job = new Job();
    job.scenario = "privileged-ports-root";
    job.allowRoot = true;
    Path golden = testdata().resolve("edit/privileged-ports-root/expected.yaml");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), editedTemplate(job));
  }

  @Test
  void explicitEditsGoToTheNamedContainer() throws Exception {
    Job job = templateFile("spec:\n  containers:\n  - name: web\n    securityContext:\n      runAsUser: 1000\n");
    job.addCapabilities = List.of("CAP_NET_ADMIN");
    job.container = "web";
    assertEquals("spec:\n  containers:\n  - name: web\n    securityContext:\n      capabilities:\n        add:\n"
        + "        - NET_ADMIN\n      runAsUser: 1000\n", editedTemplate(job));
  }

  @Test
  void theIstioPatchCarriesTheEditedTemplateExactly() throws Exception {
    Job job = new Job();
    job.scenario = "1";
    job.editedTemplate = new File("gateway.yaml");
    job.istioPatch = new File("patch.json");
    Map<Path, String> out = run(job);
    String carried = new ObjectMapper().readTree(out.get(basedir.resolve("patch.json")))
        .at("/spec/values/sidecarInjectorWebhook/templates/gateway").asText();
    assertEquals(out.get(basedir.resolve("gateway.yaml")), carried);
    assertEquals(List.of(basedir.resolve("gateway.yaml"), basedir.resolve("patch.json")), List.copyOf(out.keySet()));
  }

  @Test
  void theIstioPatchOfTheBundledTemplateIsKeptAsAGoldenFile() throws Exception {
    Job job = new Job();
    job.istioPatch = new File("patch.json");
    Golden.assertMatches("bundled-template.patch.json", run(job).get(basedir.resolve("patch.json")));
  }

  @Test
  void theGatewayOptionsConfigMapIsKeptAsAGoldenFile() throws Exception {
    Job job = new Job();
    job.scenario = "privileged-ports";
    job.gatewayOptions = new File("options.yaml");
    job.namespace = "istio-ingress";
    job.gatewayName = "public-gateway";
    Golden.assertMatches("privileged-ports.options.yaml", run(job).get(basedir.resolve("options.yaml")));
  }

  @Test
  void aTemplateFromAnInjectorConfigMapDumpIsEdited() throws Exception {
    Files.writeString(basedir.resolve("cm.yaml"), """
        apiVersion: v1
        data:
          config: |-
            policy: enabled
            templates:
              sidecar: |
                spec: {}
              gateway: |
                spec:
                  securityContext:
                    sysctls:
                    - name: net.ipv4.ip_unprivileged_port_start
                      value: "0"
                  containers:
                  - name: istio-proxy
        kind: ConfigMap
        metadata:
          name: istio-sidecar-injector
          namespace: istio-system
        """);
    Job job = new Job();
    job.injectorConfigMap = new File("cm.yaml");
    job.scenario = "1";
    // The gateway block is the last of a data.config written "|-": istiod (Go's YAML) reads it
    // without a final newline, and the edited template keeps it that way.
    assertEquals("spec:\n  securityContext:\n    sysctls: []\n  containers:\n  - name: istio-proxy", editedTemplate(job));
    job.templateName = "gateway-v2";
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().contains("no template \"gateway-v2\"; templates present: gateway, sidecar"), e.getMessage());
  }

  @Test
  void aBrokenTemplateFailsWithGosMessageAndAHint() throws Exception {
    // The message the tmplpatch command prints: Go's own, so that it can be searched for.
    Job job = templateFile("metadata:\n  labels:\n    app: {{ .Name\n");
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertEquals("template: t.yaml:4: unclosed action started at t.yaml:3; hint: every {{ needs a matching }};"
        + " a literal {{ is written {{ \"{{\" }}", e.getMessage());
  }

  @Test
  void aTemplateThatIsNotUtf8FailsWithFileLineAndColumn() throws Exception {
    Files.write(basedir.resolve("t.yaml"), new byte[] {'x', '\n', 'a', ':', ' ', (byte) 0xFF, '\n'});
    Job job = new Job();
    job.template = new File("t.yaml");
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().startsWith("t.yaml:2:4: invalid UTF-8"), e.getMessage());
  }

  @Test
  void aUtf16TemplateIsNamedAsTheCliNamesIt() throws Exception {
    Files.write(basedir.resolve("t.yaml"), "spec:\n  containers: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Job job = new Job();
    job.template = new File("t.yaml");
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertEquals("t.yaml:1:1: the file looks like UTF-16 little-endian without a byte order mark (every other byte"
        + " is NUL); hint: save it as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8 FILE", e.getMessage());
  }

  @Test
  void anEditWhoseTargetIsMissingFailsNamingWhatItLookedFor() throws Exception {
    Job job = templateFile("spec:\n  containers:\n  - name: web\n");
    job.scenario = "2";
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().startsWith("t.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("istio-proxy"), e.getMessage());
  }

  private static Job installBundle() {
    Job job = new Job();
    job.installBundle = new File("bundle.yaml");
    job.gatewayName = "ingress-gw";
    job.namespace = "istio-ingress";
    return job;
  }

  @Test
  void theInstallBundleIsWhatInstallBundleRendersForTheSameInputs() throws Exception {
    Job job = installBundle();
    job.serviceType = "LoadBalancer";
    job.ports = List.of("http2:80", "https:443", "tcp-db:5432");
    job.hpa = "2:5:80%";
    job.pdb = "1";
    job.revision = "canary";
    String expected = InstallBundle.bundled().renderYaml(GatewayInstall.of("ingress-gw", "istio-ingress")
        .withServiceType(GatewayInstall.ServiceType.LoadBalancer)
        .withPorts(List.of(ServicePort.parse("http2:80"), ServicePort.parse("https:443"), ServicePort.parse("tcp-db:5432")))
        .withAutoscaling(Autoscaling.parse("2:5:80%"))
        .withPodDisruptionBudget("1")
        .withRevision("canary"));
    String bundle = run(job).get(basedir.resolve("bundle.yaml"));
    assertEquals(expected, bundle);
    assertTrue(bundle.contains("kind: HorizontalPodAutoscaler") && bundle.contains("kind: PodDisruptionBudget"), bundle);
    assertTrue(bundle.contains("istio.io/rev: \"canary\""), bundle);
  }

  @Test
  void anInstallBundleWithDefaultsIsTheSeedsManifests() throws Exception {
    String bundle = run(installBundle()).get(basedir.resolve("bundle.yaml"));
    assertEquals(InstallBundle.bundled().renderYaml(GatewayInstall.of("ingress-gw", "istio-ingress")), bundle);
    assertEquals(List.of("ServiceAccount", "Role", "RoleBinding", "Deployment", "Service"),
        InstallBundle.bundled().render(GatewayInstall.of("ingress-gw", "istio-ingress")).stream()
            .map(m -> m.kind()).toList());
    assertTrue(bundle.contains("inject.istio.io/templates: gateway"), bundle);
    assertTrue(bundle.contains("sidecar.istio.io/inject: \"true\""), bundle);
  }

  @Test
  void theInstallBundleComesInTheOrderOfTheOutputsBesideTheTemplateItInjects() throws Exception {
    Job job = installBundle();
    job.scenario = "privileged-ports";
    job.istioPatch = new File("patch.json");
    Map<Path, String> out = run(job);
    assertEquals(List.of(basedir.resolve("patch.json"), basedir.resolve("bundle.yaml")), List.copyOf(out.keySet()));
  }

  private Path copyOfTheBundledSkeletons() throws IOException {
    Path dir = Files.createDirectories(basedir.resolve("skeletons"));
    for (String name : InstallBundle.SKELETONS) {
      try (var in = InstallBundle.class.getClassLoader().getResourceAsStream(InstallBundle.BUNDLED_DIRECTORY + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    return dir;
  }

  @Test
  void usersSkeletonsAreRenderedInsteadOfTheBundledOnes() throws Exception {
    Path dir = copyOfTheBundledSkeletons();
    Path deployment = dir.resolve("deployment.yaml.j2");
    Files.writeString(deployment, Files.readString(deployment)
        .replace("inject.istio.io/templates: gateway", "inject.istio.io/templates: gateway-v2"));
    Job job = installBundle();
    job.templateName = "gateway-v2";
    job.skeletons = new File("skeletons");
    String bundle = run(job).get(basedir.resolve("bundle.yaml"));
    assertEquals(InstallBundle.fromDirectory(dir).renderYaml(GatewayInstall.of("ingress-gw", "istio-ingress")), bundle);
    assertTrue(bundle.contains("inject.istio.io/templates: gateway-v2"), bundle);
  }

  @Test
  void aBrokenSkeletonFailsWithItsFileAndLine() throws Exception {
    Path dir = copyOfTheBundledSkeletons();
    Files.writeString(dir.resolve("service.yaml.j2"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ nmae }}\n");
    Job job = installBundle();
    job.skeletons = new File("skeletons");
    JobFailedException e = assertThrows(JobFailedException.class, () -> run(job));
    assertTrue(e.getMessage().startsWith(dir.resolve("service.yaml.j2") + ":4:"), e.getMessage());
    assertTrue(e.getMessage().contains("nmae"), e.getMessage());
  }

  @Test
  void anErrorAboutTheEditedTemplateFailsTheJobUnlessItsRuleIsAccepted() throws Exception {
    String broken = seed("gateway-injection-template.original.yaml").replace(
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n",
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n      runAsGroup: 0\n");
    Job job = templateFile(broken);
    job.scenario = "1";
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().startsWith("t.yaml:58:7: key runAsGroup appears twice in one mapping;"), e.getMessage());

    job.accept = List.of("duplicate-key");
    String out = editedTemplate(job);
    assertEquals(broken.replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n",
        "    sysctls: []\n"), out);
    assertTrue(findings.stream().anyMatch(f -> f.rule().equals("duplicate-key") && f.line() == 58), findings.toString());
  }

  @Test
  void aScenarioWithAContainerEditsThatContainer() throws Exception {
    Job job = templateFile("spec:\n  containers:\n  - name: web\n    image: nginx\n");
    job.scenario = "privileged-ports";
    job.container = "web";
    assertEquals("spec:\n  containers:\n  - name: web\n    securityContext:\n      capabilities:\n        add:\n"
        + "        - NET_BIND_SERVICE\n    image: nginx\n", editedTemplate(job));
  }
}
