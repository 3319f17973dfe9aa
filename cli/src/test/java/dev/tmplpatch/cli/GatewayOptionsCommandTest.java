package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.emit.GatewayOptionsConfigMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GatewayOptionsCommandTest {
  @TempDir Path dir;
  Path existing;

  @BeforeEach
  void existingOutputFile() throws IOException {
    existing = Files.writeString(dir.resolve("cm.yaml"), "previous content\n");
  }

  private void assertUntouched() {
    assertEquals("previous content\n", Cli.read(existing));
    assertEquals(List.of("cm.yaml"), Cli.listing(dir));
  }

  @Test
  void printsTheLibrarysConfigMapAndGatewayChange() {
    Cli.Result r = Cli.run("gateway-options", "--namespace", "gw-ns", "--scenario", "2", "--gateway", "public", "--name", "opts");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        GatewayOptionsConfigMap.of("gw-ns", Scenario.PRIVILEGED_PORTS, false).withName("opts").withGateway("public").yaml(),
        r.out());
  }

  @Test
  void privilegedPortsWarnsAsEditDoesThatNetBindServiceAloneDoesNothingForTheNonRootProxy() {
    Cli.Result r = Cli.run("gateway-options", "--namespace", "gw-ns", "--scenario", "privileged-ports");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("asm-kube-gateway-options: warning: NET_BIND_SERVICE alone does not let container istio-proxy bind"
        + " ports below 1024 while it runs as a non-root user (istio-proxy runs as uid 1337): Kubernetes has no"
        + " ambient capabilities and the proxy image has no file capabilities, so the kernel drops the capability"
        + " at start [nonroot-bind]\n  hint: listen on ports 1024 or above (recommended; map 80/443 in the"
        + " Service), or run the proxy as root (--scenario privileged-ports-root --allow-root)\n", r.err());
    String edit = Cli.run("edit", "--scenario", "privileged-ports").err();
    assertTrue(edit.contains(r.err().substring("asm-kube-gateway-options:".length(), r.err().length() - 1)), edit);
    Cli.run("gateway-options", "--namespace", "gw-ns", "--scenario", "privileged-ports-root", "--allow-root").assertSuccess();
    Cli.run("gateway-options", "--namespace", "gw-ns", "--scenario", "unprivileged-ports").assertSuccess();
  }

  @Test
  void defaultsToScenarioOneAndTheSeedsName() {
    Cli.Result r = Cli.run("gateway-options", "--namespace", "gw-ns").assertSuccess();
    assertEquals(GatewayOptionsConfigMap.of("gw-ns", Scenario.UNPRIVILEGED_PORTS, false).yaml(), r.out());
    assertTrue(r.out().contains("name: asm-kube-gateway-options\n"));
  }

  @Test
  void rootNeedsAllowRoot() {
    Cli.Result refused = Cli.run("gateway-options", "--namespace", "gw", "--scenario", "privileged-ports-root", "-o", existing.toString())
        .assertUserError(2);
    assertTrue(refused.err().contains("--allow-root"), refused.err());
    assertUntouched();
    Cli.Result r = Cli.run("gateway-options", "--namespace", "gw", "--scenario", "privileged-ports-root", "--allow-root").assertSuccess();
    assertTrue(r.out().contains("          runAsUser: 0\n"), r.out());
  }

  @Test
  void aScenarioTypoGetsADidYouMean() {
    Cli.Result r = Cli.run("gateway-options", "--namespace", "gw", "--scenario", "privileged-port").assertUserError(2);
    assertTrue(r.err().contains("did you mean \"privileged-ports\"?"), r.err());
  }

  @Test
  void aMissingNamespaceIsAUsageError() {
    Cli.Result r = Cli.run("gateway-options", "-o", existing.toString()).assertUserError(2);
    assertTrue(r.err().contains("--namespace"), r.err());
    assertUntouched();
  }

  static Stream<String> badNamespaces() {
    return Stream.of("Istio-Ingress", "istio ingress", "istio\ningress", "ns: {a: b}", "[ns]", "'ns'",
        "-ns", "ns-", "istio.ingress", "a".repeat(64), "", "ns#comment", "ns\u00a0x");
  }

  @ParameterizedTest
  @MethodSource("badNamespaces")
  void badNamespacesAreUsageErrorsThatWriteNothing(String ns) {
    Cli.Result r = Cli.run("gateway-options", "--namespace", ns, "-o", existing.toString()).assertUserError(2);
    assertTrue(r.err().startsWith("tmplpatch: Invalid value for option '--namespace': namespace "), r.err());
    assertTrue(r.err().contains("; hint: "), r.err());
    assertUntouched();
  }

  static Stream<String> badNames() {
    return Stream.of("Options", "my options", "opts\n---", "opts: x", "-opts", "opts.", "a".repeat(254), "o..x");
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void badConfigMapAndGatewayNamesAreUsageErrors(String name) {
    Cli.run("gateway-options", "--namespace", "gw", "--name", name, "-o", existing.toString()).assertUserError(2);
    Cli.run("gateway-options", "--namespace", "gw", "--gateway", name, "-o", existing.toString()).assertUserError(2);
    assertUntouched();
  }

  @Test
  void namesUpTo253CharactersWithDotsAreFine() {
    String name = ("a".repeat(62) + ".").repeat(4) + "a";
    assertEquals(253, name.length());
    Cli.run("gateway-options", "--namespace", "gw", "--name", name).assertSuccess();
  }
}
