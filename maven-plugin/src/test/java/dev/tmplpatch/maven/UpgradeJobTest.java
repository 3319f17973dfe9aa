package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.templates.Releases;
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

/** UpgradeJobTest covers {@code <istioVersion>} and {@code <rebaseFrom>}. */
class UpgradeJobTest {

  @TempDir Path basedir;

  /** Log keeps what a goal logged at info, warn and error, prefixed by the level. */
  static final class Log extends org.apache.maven.plugin.logging.SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("WARN " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("ERROR " + content);
    }
  }

  private final List<Diagnostic> findings = new ArrayList<>();

  private static String fixture(String name) throws IOException {
    return Files.readString(Path.of(System.getProperty("tmplpatch.testdata"), "upgrade", name), StandardCharsets.UTF_8);
  }

  private Map<Path, String> run(Job job) throws Exception {
    return JobRunner.outputs(JobSpec.of(job, 0, basedir), findings::add);
  }

  private Job customised(String fixture) throws IOException {
    Files.writeString(basedir.resolve("gw.yaml"), fixture(fixture), StandardCharsets.UTF_8);
    Job job = new Job();
    job.template = new File("gw.yaml");
    job.istioVersion = "1.27.9";
    job.istioPatch = new File("patch.json");
    return job;
  }

  @Test
  void withoutATemplateTheJobEditsTheReleasesBundledTemplate() throws Exception {
    Job job = new Job();
    job.istioVersion = "1.29";
    job.scenario = "unprivileged-ports";
    job.editedTemplate = new File("out.yaml");
    String expected = Recipe.forScenario(Scenario.UNPRIVILEGED_PORTS, false)
        .apply(TemplateDocument.load("t", Releases.select("1.29.6", Releases.GATEWAY).text())).document().text();
    assertEquals(Map.of(basedir.resolve("out.yaml"), expected), run(job));
  }

  @Test
  void aTemplateBasedOnAnotherReleaseIsRebasedAndSaysSo() throws Exception {
    Map<Path, String> out = run(customised("gateway-1.26.2-privileged-ports-readonly-token.yaml"));
    String rebased = fixture("gateway-1.27.9-privileged-ports-readonly-token.expected.yaml");
    assertEquals(rebased, out.get(basedir.resolve("gw.yaml")));
    assertEquals(dev.tmplpatch.emit.IstioMergePatch.of(rebased).json(), out.get(basedir.resolve("patch.json")));
    assertEquals(List.of("gw.yaml: warning: based on Istio 1.26.2 gateway-injection-template.yaml with"
        + " scenario privileged-ports (nearest: the other changes remove or add 1 line), not on Istio 1.27.9;"
        + " tmplpatch:generate rebases it [istio-version]"), findings.stream().map(Diagnostic::format).map(f -> f.lines().findFirst()
        .orElseThrow()).toList());
  }

  @Test
  void aTemplateBasedOnTheReleaseStaysAsItIs() throws Exception {
    Map<Path, String> out = run(customised("gateway-1.27.9-privileged-ports-readonly-token.expected.yaml"));
    assertEquals(fixture("gateway-1.27.9-privileged-ports-readonly-token.expected.yaml"), out.get(basedir.resolve("gw.yaml")));
    assertEquals(List.of(), findings);
  }

  @Test
  void aConflictFailsTheJobWithBothSides() throws Exception {
    Job job = customised("gateway-1.26.2-conflicting-workload-socket.yaml");
    job.rebaseFrom = "1.26.2";
    JobFailedException e = assertThrows(JobFailedException.class, () -> run(job));
    String base = "Istio 1.26.2 gateway-injection-template.yaml with scenario privileged-ports";
    String theirs = "Istio 1.27.9 gateway-injection-template.yaml with scenario privileged-ports";
    assertEquals("jobs[0].istioVersion: gw.yaml cannot be rebased onto Istio 1.27.9: 1 conflicting change(s); resolve"
        + " them in gw.yaml (or set <rebaseFrom>) and build again\n"
        + "gw.yaml:200: " + theirs + " changed the same lines (" + base + " line 199)\n"
        + "  gw.yaml (yours):\n    |   - emptyDir:\n    |       sizeLimit: 1Mi\n"
        + "  " + base + " (before):\n    |   - emptyDir: {}\n"
        + "  " + theirs + " (upstream):\n    |   - emptyDir:", e.getMessage());
  }

  @Test
  void checkFailsOnATemplateOfAnotherReleaseUntilGenerateRebasesIt() throws Exception {
    Job job = customised("gateway-1.26.2-privileged-ports-readonly-token.yaml");
    job.istioPatch = null;
    Log log = new Log();
    CheckMojo check = new CheckMojo();
    check.jobs = List.of(job);
    check.basedir = basedir.toFile();
    check.setLog(log);
    org.apache.maven.plugin.MojoFailureException e =
        assertThrows(org.apache.maven.plugin.MojoFailureException.class, check::execute);
    assertEquals("1 of 1 generated files are not what tmplpatch generates now (gw.yaml); run mvn tmplpatch:generate"
        + " to update", e.getMessage());
    assertEquals("WARN gw.yaml: warning: based on Istio 1.26.2 gateway-injection-template.yaml with scenario"
        + " privileged-ports (nearest: the other changes remove or add 1 line), not on Istio 1.27.9;"
        + " tmplpatch:generate rebases it [istio-version]", log.lines.get(0).lines().findFirst().orElseThrow());

    GenerateMojo generate = new GenerateMojo();
    generate.jobs = List.of(job);
    generate.basedir = basedir.toFile();
    generate.setLog(new Log());
    generate.execute();
    assertEquals(fixture("gateway-1.27.9-privileged-ports-readonly-token.expected.yaml"),
        Files.readString(basedir.resolve("gw.yaml")));
    Log after = new Log();
    check.setLog(after);
    check.execute();
    assertEquals(List.of("INFO tmplpatch:check: 1 generated file is up to date"), after.lines);
  }

  @Test
  void configurationMistakesNameTheParameter() throws Exception {
    Job unknown = new Job();
    unknown.istioVersion = "1.19";
    unknown.editedTemplate = new File("o.yaml");
    assertEquals("jobs[0].istioVersion", assertThrows(JobConfigurationException.class,
        () -> JobSpec.of(unknown, 0, basedir)).getMessage().split(":")[0]);
    Job fromWithoutVersion = new Job();
    fromWithoutVersion.rebaseFrom = "1.26.2";
    fromWithoutVersion.editedTemplate = new File("o.yaml");
    assertEquals("jobs[0].rebaseFrom", assertThrows(JobConfigurationException.class,
        () -> JobSpec.of(fromWithoutVersion, 0, basedir)).getMessage().split(":")[0]);
    Job inPlace = customised("gateway-1.26.2-privileged-ports-readonly-token.yaml");
    inPlace.editedTemplate = new File("gw.yaml");
    assertThrows(JobConfigurationException.class, () -> JobSpec.of(inPlace, 0, basedir));
  }
}
