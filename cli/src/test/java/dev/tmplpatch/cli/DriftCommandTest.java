package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.emit.UnifiedDiff;
import dev.tmplpatch.templates.Releases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

class DriftCommandTest {
  private static final String CUSTOMISED = "gateway-1.26.2-privileged-ports-readonly-token.yaml";
  private static final String BASED_ON = CUSTOMISED + " is based on: Istio 1.26.2 gateway-injection-template.yaml with"
      + " scenario privileged-ports (nearest: the other changes remove or add 1 line); the same file is in Istio"
      + " 1.26.0-1.26.2\n";

  @TempDir Path dir;

  private static String customised() {
    return Cli.read(RebaseCommandTest.fixture(CUSTOMISED));
  }

  /** dump writes an istio-sidecar-injector ConfigMap dump holding these templates. */
  private Path dump(String gateway, String sidecarRelease) throws IOException {
    Map<String, Object> templates = new LinkedHashMap<>();
    templates.put("sidecar", Releases.select(sidecarRelease, Releases.SIDECAR).text());
    templates.put("gateway", gateway);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("policy", "enabled");
    config.put("templates", templates);
    Dump yaml = new Dump(DumpSettings.builder().build());
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("kind", "ConfigMap");
    cm.put("metadata", Map.of("name", "istio-sidecar-injector", "namespace", "istio-system"));
    cm.put("data", Map.of("config", yaml.dumpToString(config)));
    return Files.writeString(dir.resolve("injector.yaml"), yaml.dumpToString(cm));
  }

  private Cli.Result drift(String... against) {
    String[] args = new String[3 + against.length];
    args[0] = "drift";
    args[1] = "--customised";
    args[2] = RebaseCommandTest.fixture(CUSTOMISED).toString();
    System.arraycopy(against, 0, args, 3, against.length);
    return Cli.run(args);
  }

  @Test
  void identicalTemplateOnTheSameReleaseIsNoDrift() throws IOException {
    Cli.Result r = drift("--from-injector-configmap", dump(customised(), "1.26.2").toString());
    assertEquals("bytes: same\ntemplate: same (identical bytes)\n"
        + "cluster runs: Istio 1.26.2 (by its sidecar template)\n"
        + BASED_ON + "release: same (gateway-injection-template.yaml of Istio 1.26.0-1.26.2)\nno drift\n", r.out());
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void lineEndingsTrailingSpaceAndCommentsAreNotDrift() throws IOException {
    String same = customised().replace("  volumes:\n", "  volumes:   # reviewed\n").replace("\n", "\r\n");
    Cli.Result r = drift("--from-injector-configmap", dump(same, "1.26.2").toString());
    assertEquals("bytes: different\ntemplate: same (same Go actions and the same YAML in every branch)\n"
        + "cluster runs: Istio 1.26.2 (by its sidecar template)\n"
        + BASED_ON + "release: same (gateway-injection-template.yaml of Istio 1.26.0-1.26.2)\nno drift\n", r.out());
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void aClusterTemplateWithoutTheEditsIsDriftWithTheDiff() throws IOException {
    String pristine = Releases.select("1.26.2", Releases.GATEWAY).text();
    Path injector = dump(pristine, "1.26.2");
    Cli.Result r = drift("--from-injector-configmap", injector.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("bytes: different\ntemplate: different (the YAML rendered with first branches differs)\n"
        + UnifiedDiff.between(customised(), pristine).describe(CUSTOMISED, "repository", "cluster")
        + "cluster runs: Istio 1.26.2 (by its sidecar template)\n"
        + BASED_ON + "release: same (gateway-injection-template.yaml of Istio 1.26.0-1.26.2)\ndrift\n", r.out());
  }

  @Test
  void aTemplateBasedOnAnotherReleaseThanTheClusterRunsIsDrift() throws IOException {
    Cli.Result r = drift("--from-injector-configmap", dump(customised(), "1.27.9").toString());
    assertEquals(1, r.exitCode(), r.err());
    String base = Releases.select("1.26.2", Releases.GATEWAY).text();
    String now = Releases.select("1.27.9", Releases.GATEWAY).text();
    assertEquals("bytes: same\ntemplate: same (identical bytes)\n"
        + "cluster runs: Istio 1.27.6-1.27.9 (by its sidecar template)\n"
        + BASED_ON + "release: different: " + CUSTOMISED + " is based on Istio 1.26.2 gateway-injection-template.yaml,"
        + " but the cluster runs Istio 1.27.9, whose gateway-injection-template.yaml differs; hint: tmplpatch rebase "
        + RebaseCommandTest.fixture(CUSTOMISED) + " --to 1.27.9\n"
        + UnifiedDiff.between(base, now).describe("gateway-injection-template.yaml",
            "Istio 1.26.2 gateway-injection-template.yaml", "Istio 1.27.9 gateway-injection-template.yaml")
        + "drift\n", r.out());
  }

  @Test
  void againstAnIstioRelease() {
    Cli.Result same = drift("--istio", "1.26.1");
    assertEquals(0, same.exitCode(), same.err());
    assertEquals(BASED_ON + "release: same (gateway-injection-template.yaml of Istio 1.26.0-1.26.2)\nno drift\n",
        same.out());
    Cli.Result other = drift("--istio", "1.26.8");
    assertEquals(1, other.exitCode(), other.err());
    drift("--istio", "1.19").assertUserError(2);
  }
}
