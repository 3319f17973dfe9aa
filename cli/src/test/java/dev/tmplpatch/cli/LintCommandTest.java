package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  @TempDir Path dir;

  private static final String SEED = Cli.read(Cli.testdata("seed/gateway-injection-template.original.yaml"));

  @Test
  void theBundledTemplateIsClean() {
    Cli.Result r = Cli.run("lint");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals("gateway-injection-template.yaml: ok\n", r.out());
  }

  @Test
  void seed003sPodLevelCapabilityFailsWithTheLineAndWhatToWriteInstead() throws Exception {
    String broken = SEED.replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n",
        "    sysctls: []\n    capabilities:\n      add: [CAP_NET_BIND_SERVICE]\n");
    Path f = Files.writeString(dir.resolve("gw.yaml"), broken, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("lint", f.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().contains("gw.yaml:23:5: error: spec.securityContext.capabilities is not a Kubernetes field"), r.out());
    assertTrue(r.out().contains("[cap-prefix]"), r.out());
  }

  @Test
  void editRefusesAResultWithAnErrorItDidNotFixUnlessTheRuleIsAccepted() throws Exception {
    String broken = SEED.replace("      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n",
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n      runAsGroup: 0\n");
    Path f = Files.writeString(dir.resolve("gw.yaml"), broken, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("edit", f.toString(), "--scenario", "1");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("\ntmplpatch: gw.yaml:58:7: key runAsGroup appears twice in one mapping"), r.err());
    assertTrue(r.err().contains("--accept duplicate-key"), r.err());

    Cli.Result accepted = Cli.run("edit", f.toString(), "--scenario", "1", "--accept", "duplicate-key");
    assertEquals(0, accepted.exitCode(), accepted.err());
    assertTrue(accepted.err().contains("gw.yaml:58:7: error: key runAsGroup appears twice"), accepted.err());
  }
}
