package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.lint.Finding;
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

  private final List<Finding> findings = new ArrayList<>();

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of(System.getProperty("tmplpatch.shared"), "corpus", "seed", name), StandardCharsets.UTF_8);
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
    Path golden = Path.of(System.getProperty("tmplpatch.root"), "testdata", "edit", "privileged-ports-root", "expected.yaml");
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
    assertEquals("spec:\n  securityContext:\n    sysctls: []\n  containers:\n  - name: istio-proxy\n", editedTemplate(job));
    job.templateName = "gateway-v2";
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().contains("no template \"gateway-v2\"; templates present: gateway, sidecar"), e.getMessage());
  }

  @Test
  void aBrokenTemplateFailsWithFileLineAndColumn() throws Exception {
    Job job = templateFile("metadata:\n  labels:\n    app: {{ .Name\n");
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().matches("t\\.yaml:\\d+:\\d+: .*\\(hint: .*\\)"), e.getMessage());
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
  void anEditWhoseTargetIsMissingFailsNamingWhatItLookedFor() throws Exception {
    Job job = templateFile("spec:\n  containers:\n  - name: web\n");
    job.scenario = "2";
    JobFailedException e = assertThrows(JobFailedException.class, () -> editedTemplate(job));
    assertTrue(e.getMessage().startsWith("t.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("istio-proxy"), e.getMessage());
  }

  @Test
  void theInstallBundleIsRefusedUntilItsEmitterIsWired() throws Exception {
    Job job = new Job();
    job.installBundle = new File("bundle.yaml");
    JobFailedException e = assertThrows(JobFailedException.class, () -> run(job));
    assertTrue(e.getMessage().startsWith("jobs[0].installBundle: not available yet"), e.getMessage());
  }
}
