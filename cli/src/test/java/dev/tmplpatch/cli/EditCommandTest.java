package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.testkit.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditCommandTest {

  @TempDir Path dir;

  static Path testdata() {
    return Cli.testdata("");
  }

  static String read(Path p) {
    return Cli.read(p);
  }

  private static final Path ORIGINAL = testdata().resolve("seed/gateway-injection-template.original.yaml");

  @Test
  void withoutEditOptionsPrintsTheBundledTemplateUnchanged() {
    Cli.Result r = Cli.run("edit");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(read(ORIGINAL), r.out());
  }

  @Test
  void scenario2OnTheBundledTemplateGivesTheSeedsResultAndWarnsAboutNonRoot() {
    Cli.Result r = Cli.run("edit", "--scenario", "privileged-ports");
    assertEquals(0, r.exitCode(), r.err());
    String expected = read(testdata().resolve("seed/scenario2.expected.yaml")).replace("sysctls: []  \n", "sysctls: []\n");
    assertEquals(expected, r.out());
    assertTrue(r.err().contains("warning: NET_BIND_SERVICE alone does not let container istio-proxy bind ports below 1024"), r.err());
  }

  @Test
  void theRootRecipeMatchesItsReviewedGoldenFile() {
    Cli.Result r = Cli.run("edit", ORIGINAL.toString(), "--scenario", "privileged-ports-root", "--allow-root");
    assertEquals(0, r.exitCode(), r.err());
    Golden.assertMatches(testdata().resolve("edit/privileged-ports-root/expected.yaml"), r.out());
    Golden.assertMatches(testdata().resolve("edit/privileged-ports-root/expected.diff"),
        Cli.run("edit", ORIGINAL.toString(), "--scenario", "privileged-ports-root", "--allow-root", "--diff").out());
  }

  @Test
  void rootWithoutTheOptInIsAUsageErrorThatSaysWhatItCosts() {
    Cli.Result r = Cli.run("edit", "--run-as-root");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("needs --allow-root"), r.err());
    assertTrue(r.err().contains("root in the container"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aBrokenTemplateFailsWithGosMessageTheLineAndNoFileWritten() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "a: 1\nb: {{ .x\n");
    Path out = Files.writeString(dir.resolve("out.yaml"), "keep me\n");
    Cli.Result r = Cli.run("edit", bad.toString(), "--scenario", "1", "-o", out.toString()).assertUserError(1);
    assertEquals("tmplpatch: template: bad.yaml:3: unclosed action started at bad.yaml:2; hint: every {{ needs a"
        + " matching }}; a literal {{ is written {{ \"{{\" }}\n", r.err());
    Cli.Result debug = Cli.run("edit", bad.toString(), "--scenario", "1", "--debug");
    assertEquals(r.err() + "    2 | b: {{ .x" + System.lineSeparator() + "      | ^" + System.lineSeparator(), debug.err());
    assertEquals("keep me\n", read(out));
    assertEquals("", r.out());
  }

  @Test
  void aMissingContainerNamesTheClosestOne() {
    Cli.Result r = Cli.run("edit", "--add-capability", "NET_BIND_SERVICE", "--container", "istio-prxy");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("no container istio-prxy"), r.err());
    assertTrue(r.err().contains("did you mean istio-proxy?"), r.err());
  }

  @Test
  void writesTheOutputFileAtomicallyAndTheSecondRunChangesNothing() throws IOException {
    Path out = dir.resolve("edited.yaml");
    assertEquals(0, Cli.run("edit", "--scenario", "1", "-o", out.toString()).exitCode());
    Cli.Result again = Cli.run("edit", out.toString(), "--scenario", "1", "--diff");
    assertEquals(0, again.exitCode());
    assertEquals("", again.out());
    assertTrue(again.err().contains("nothing to change"), again.err());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "a temporary file was left behind");
    }
  }

  @Test
  void readsStandardInput() {
    byte[] stdin = "spec:\n  containers:\n  - name: istio-proxy\n".getBytes(StandardCharsets.UTF_8);
    Cli.Result r = Cli.runWithStdin(stdin, "edit", "-", "--add-capability", "CAP_NET_BIND_SERVICE");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n      capabilities:\n"
        + "        add:\n        - NET_BIND_SERVICE\n", r.out());
  }

  @Test
  void aScenarioEditsTheContainerNamedByContainer() throws IOException {
    Path f = Files.writeString(dir.resolve("pod.yaml"),
        "spec:\n  containers:\n  - name: istio-proxy\n    image: proxy\n  - name: web\n    image: nginx\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("edit", f.toString(), "--scenario", "privileged-ports", "--container", "web");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("spec:\n  containers:\n  - name: istio-proxy\n    image: proxy\n  - name: web\n"
        + "    securityContext:\n      capabilities:\n        add:\n        - NET_BIND_SERVICE\n    image: nginx\n", r.out());

    Cli.Result missing = Cli.run("edit", f.toString(), "--scenario", "privileged-ports", "--container", "wbe");
    assertEquals(1, missing.exitCode());
    assertEquals("", missing.out());
    assertEquals("tmplpatch: pod.yaml: no container wbe (looked for containers[name=wbe] of spec, spec.template.spec"
        + " or spec.jobTemplate.spec.template.spec); hint: containers in this template: istio-proxy, web; did you mean web?\n",
        missing.err());
  }

  @Test
  void scenario1OnAGatewayApiTemplateDropsTheSysctlAtTheDeploymentsPodTemplate() {
    Path kube = testdata().resolve("istio/1.26.2/kube-gateway.yaml");
    Cli.Result r = Cli.run("edit", kube.toString(), "--scenario", "unprivileged-ports", "--diff");
    assertEquals(0, r.exitCode(), r.err());
    Golden.assertMatches(testdata().resolve("edit/kube-gateway-scenario1/expected.diff"), r.out());
  }

  @Test
  void aTemplateThatAlreadyListsCapNetBindServiceIsRewrittenNotCalledDone() throws IOException {
    Path f = Files.writeString(dir.resolve("pod.yaml"), "spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n"
        + "      capabilities:\n        add:\n        - CAP_NET_BIND_SERVICE\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("edit", f.toString(), "--scenario", "privileged-ports");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n"
        + "      capabilities:\n        add:\n        - NET_BIND_SERVICE\n", r.out());
  }

  @Test
  void theSidecarTemplateIsRefusedWithTheBranchAndLineWhereTheCapabilityWouldBeMissing() {
    Path sidecar = testdata().resolve("istio/1.26.2/injection-template.yaml");
    Cli.Result r = Cli.run("edit", sidecar.toString(), "--scenario", "privileged-ports");
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    String first = r.err().substring(0, r.err().indexOf("; hint: "));
    assertEquals("tmplpatch: injection-template.yaml:383:9: the edited template is not proven with else-branch of"
        + " `if eq (index .ProxyConfig.ProxyMetadata \"IPTABLES_TRACE_LOGGING\") \"true\"` (line 364), then-branch of"
        + " `if or (eq (annotation .ObjectMeta `sidecar.istio.io/interceptionMode` .ProxyConfig.InterceptionMode) `TPROXY`)"
        + " (eq (annotation .ObjectMeta `sidecar.istio.io/capNetBindService` .Values.global.proxy.capNetBindService) `true`)`"
        + " (line 380), then-branch of `if eq (annotation .ObjectMeta `sidecar.istio.io/interceptionMode`"
        + " .ProxyConfig.InterceptionMode) `TPROXY`` (line 382), no branch of `if eq (annotation .ObjectMeta"
        + " `sidecar.istio.io/capNetBindService` .Values.global.proxy.capNetBindService) `true`` (line 385):"
        + " capabilities.add of container istio-proxy is [NET_ADMIN];"
        + " needed container istio-proxy adds NET_BIND_SERVICE (capabilities.add, exactly so spelled) (and 2 more)", first);
  }
}
