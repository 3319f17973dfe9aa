package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.testkit.Golden;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {

  @TempDir Path basedir;

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of(System.getProperty("tmplpatch.shared"), "corpus", "seed", name), StandardCharsets.UTF_8);
  }

  private JobSpec spec(Job job) throws JobConfigurationException {
    return JobSpec.of(job, 0, basedir);
  }

  @Test
  void theBundledTemplateIsTheSeedTemplateByteForByte() throws Exception {
    Job job = new Job();
    job.editedTemplate = new File("gateway.yaml");
    Map<Path, String> out = JobRunner.outputs(spec(job));
    assertEquals(Map.of(basedir.resolve("gateway.yaml"), seed("gateway-injection-template.original.yaml")), out);
  }

  @Test
  void theIstioPatchMatchesTheSeedsJqOutputForTheSameTemplate() throws Exception {
    // The seed's patch was built from $(cat scenario1.expected.yaml), which drops the final newline.
    String template = seed("scenario1.expected.yaml");
    String withoutFinalNewline = template.substring(0, template.length() - 1);
    assertEquals(seed("scenario1.patch.json"), JobRunner.istioPatch("gateway", withoutFinalNewline));
  }

  @Test
  void theIstioPatchKeepsTheTemplateExactlyIncludingItsFinalNewline() throws Exception {
    String template = seed("scenario2.expected.yaml");
    String patch = JobRunner.istioPatch("gateway", template);
    String back = new ObjectMapper().readTree(patch).at("/spec/values/sidecarInjectorWebhook/templates/gateway").asText();
    assertEquals(template, back);
  }

  @Test
  void theIstioPatchOfTheBundledTemplateIsKeptAsAGoldenFile() throws Exception {
    Job job = new Job();
    job.istioPatch = new File("patch.json");
    Golden.assertMatches("bundled-template.patch.json", JobRunner.outputs(spec(job)).get(basedir.resolve("patch.json")));
  }

  @Test
  void outputsComeInTheOrderOfTheOutputKinds() throws Exception {
    Job job = new Job();
    job.istioPatch = new File("b.json");
    job.editedTemplate = new File("a.yaml");
    assertEquals(List.of(basedir.resolve("a.yaml"), basedir.resolve("b.json")),
        List.copyOf(JobRunner.outputs(spec(job)).keySet()));
  }

  @Test
  void aTemplateFileIsReadByteForByte() throws Exception {
    String text = "a: {{ .X }}\r\nb: 2";
    Files.writeString(basedir.resolve("t.yaml"), text);
    Job job = new Job();
    job.template = new File("t.yaml");
    job.editedTemplate = new File("out.yaml");
    assertEquals(text, JobRunner.outputs(spec(job)).get(basedir.resolve("out.yaml")));
  }

  @Test
  void aTemplateThatIsNotUtf8IsRefusedWithItsPath() throws Exception {
    Files.write(basedir.resolve("t.yaml"), new byte[] {'x', '\n', 'a', ':', ' ', (byte) 0xFF, '\n'});
    Job job = new Job();
    job.template = new File("t.yaml");
    job.editedTemplate = new File("out.yaml");
    JobFailedException e = assertThrows(JobFailedException.class, () -> JobRunner.outputs(spec(job)));
    assertEquals(basedir.resolve("t.yaml") + ":2:4: not UTF-8 text (byte 0xFF); templates are read as UTF-8", e.getMessage());
  }

  @Test
  void multiByteCharactersAreReadAsTheyAre() throws Exception {
    Files.writeString(basedir.resolve("t.yaml"), "# café ✓ 🚀\n", StandardCharsets.UTF_8);
    assertEquals("# café ✓ 🚀\n", JobRunner.utf8(basedir.resolve("t.yaml")));
  }

  @Test
  void editsAreRefusedUntilTheEditEngineIsWiredRatherThanIgnored() throws Exception {
    Job job = new Job();
    job.scenario = "privileged-ports";
    job.editedTemplate = new File("out.yaml");
    JobFailedException e = assertThrows(JobFailedException.class, () -> JobRunner.outputs(spec(job)));
    assertTrue(e.getMessage().startsWith("jobs[0]: edits (<scenario>"), e.getMessage());
  }

  @Test
  void gatewayOptionsAreRefusedUntilTheirEmitterIsWired() throws Exception {
    Job job = new Job();
    job.gatewayOptions = new File("options.yaml");
    job.namespace = "istio-ingress";
    JobFailedException e = assertThrows(JobFailedException.class, () -> JobRunner.outputs(spec(job)));
    assertTrue(e.getMessage().startsWith("jobs[0].gatewayOptions: not available yet"), e.getMessage());
  }
}
