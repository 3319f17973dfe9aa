package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code <renderedPod>}: the pod istiod injects with the edited template, kept and checked like any output. */
class RenderedPodJobTest {

  @TempDir Path basedir;

  private Job job(String scenario) {
    Job job = new Job();
    job.scenario = scenario;
    job.renderedPod = new File("out/pod.yaml");
    return job;
  }

  private <M extends TmplpatchMojo> M mojo(M mojo, MojoTest.Lines log, Job job) {
    mojo.jobs = List.of(job);
    mojo.basedir = basedir.toFile();
    mojo.setLog(log);
    return mojo;
  }

  @SuppressWarnings("unchecked")
  private static Object at(Object node, Object... path) {
    for (Object step : path) {
      node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
    }
    return node;
  }

  @Test
  void generateWritesTheInjectedPodOfTheEditedTemplate() throws Exception {
    mojo(new GenerateMojo(), new MojoTest.Lines(), job("unprivileged-ports")).execute();
    Object pod = new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(basedir.resolve("out/pod.yaml")));
    // Scenario 1 as istiod renders it: no pod sysctl, and the proxy keeps its non-root user.
    assertEquals(Map.of("sysctls", List.of()), at(pod, "spec", "securityContext"));
    assertEquals("istio-proxy", at(pod, "spec", "containers", 0, "name"));
    assertEquals(Map.of("runAsUser", 1337, "runAsGroup", 1337), at(pod, "spec", "containers", 0, "securityContext"));
  }

  @Test
  void checkFailsWhenTheEditChangesTheInjectedPodAndShowsWhereByPath() throws Exception {
    mojo(new GenerateMojo(), new MojoTest.Lines(), job("unprivileged-ports")).execute();
    MojoTest.Lines log = new MojoTest.Lines();
    assertThrows(MojoFailureException.class, () -> mojo(new CheckMojo(), log, job("privileged-ports")).execute());
    assertEquals("ERROR out/pod.yaml: 1 value differs\n--- out/pod.yaml (committed)\n+++ out/pod.yaml (generated)\n"
        + "spec.containers[0].securityContext.capabilities: only in generated: {\"add\":[\"NET_BIND_SERVICE\"]}",
        log.lines.stream().filter(l -> l.startsWith("ERROR")).findFirst().orElseThrow());
  }

  @Test
  void renderInputsApplyOnlyWithRenderedPod() {
    Job job = new Job();
    job.scenario = "unprivileged-ports";
    job.editedTemplate = new File("out/t.yaml");
    job.renderPod = new File("deploy.yaml");
    JobConfigurationException e = assertThrows(JobConfigurationException.class, () -> JobSpec.of(job, 0, basedir));
    assertEquals("jobs[0].renderPod: applies only with <renderedPod>; remove it or set <renderedPod> to the file"
        + " to write", e.getMessage());
  }
}
