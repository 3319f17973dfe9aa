package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.emit.UnifiedDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebaseCommandTest {
  private static final String CUSTOMISED = "gateway-1.26.2-privileged-ports-readonly-token.yaml";
  private static final String EXPECTED = "gateway-1.27.9-privileged-ports-readonly-token.expected.yaml";
  private static final String CONFLICTING = "gateway-1.26.2-conflicting-workload-socket.yaml";

  @TempDir Path dir;

  static Path fixture(String name) {
    return Path.of(System.getProperty("tmplpatch.testdata"), "upgrade", name);
  }

  @Test
  void rebasesScenarioAndHandEditOntoTheNewRelease() {
    Cli.Result r = Cli.run("rebase", fixture(CUSTOMISED).toString(), "--to", "1.27.9");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Cli.read(fixture(EXPECTED)), r.out());
    assertEquals(CUSTOMISED + ": made from Istio 1.26.2 gateway-injection-template.yaml with scenario privileged-ports"
        + " (nearest: the other changes remove or add 1 line); the same file is in Istio 1.26.0-1.26.2\n"
        + CUSTOMISED + ": rebased onto Istio 1.27.9 gateway-injection-template.yaml: scenario privileged-ports made"
        + " again by tmplpatch, 1 other change merged\n", r.err());
  }

  @Test
  void aSecondRebaseChangesNothing() {
    Cli.Result r = Cli.run("rebase", fixture(EXPECTED).toString(), "--to", "1.27.9");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Cli.read(fixture(EXPECTED)), r.out());
  }

  @Test
  void fromAndDiffAndOutputFile() throws IOException {
    Path out = dir.resolve("out.yaml");
    Cli.Result r = Cli.run("rebase", fixture(CUSTOMISED).toString(), "--from", "1.26.2", "--to", "1.28", "-o",
        out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    // 1.28.10's gateway template is 1.27.9's.
    assertEquals(Cli.read(fixture(EXPECTED)), Files.readString(out));
    Cli.Result d = Cli.run("rebase", fixture(CUSTOMISED).toString(), "--to", "1.27.9", "--diff");
    assertEquals(UnifiedDiff.between(Cli.read(fixture(CUSTOMISED)), Cli.read(fixture(EXPECTED))).format(CUSTOMISED),
        d.out());
  }

  @Test
  void aConflictIsRefusedWithBothSidesAndWrittenInDiff3Form() throws IOException {
    Path out = Files.writeString(dir.resolve("out.yaml"), "previous\n");
    Path conflicts = dir.resolve("conflicts.yaml");
    Cli.Result r = Cli.run("rebase", fixture(CONFLICTING).toString(), "--to", "1.27.9", "-o", out.toString(),
        "--conflicts", conflicts.toString());
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertEquals("previous\n", Files.readString(out));
    assertEquals(Cli.read(fixture("gateway-1.26.2-conflicting-workload-socket.to-1.27.9.diff3.yaml")),
        Files.readString(conflicts));
    String base = "Istio 1.26.2 gateway-injection-template.yaml with scenario privileged-ports";
    String theirs = "Istio 1.27.9 gateway-injection-template.yaml with scenario privileged-ports";
    assertEquals(CONFLICTING + ": made from " + base + " (nearest: the other changes remove or add 4 lines);"
        + " the same file is in Istio 1.26.0-1.26.2\n"
        + CONFLICTING + ":200: " + theirs + " changed the same lines (" + base + " line 199)\n"
        + "  " + CONFLICTING + " (yours):\n"
        + "    |   - emptyDir:\n"
        + "    |       sizeLimit: 1Mi\n"
        + "  " + base + " (before):\n"
        + "    |   - emptyDir: {}\n"
        + "  " + theirs + " (upstream):\n"
        + "    |   - emptyDir:\n"
        + "tmplpatch: " + CONFLICTING + ": 1 conflict with Istio 1.27.9 gateway-injection-template.yaml; nothing"
        + " written; hint: resolve the conflicts in " + conflicts + " (diff3 form) and use that file\n", r.err());
  }

  @Test
  void aVersionThatIsNotOneNamesTheOptionItWasGivenTo() {
    // Was "--istio 1.x: ..." for rebase's own --to and --from.
    assertEquals("tmplpatch: --to 1.x: not an Istio version; expected X.Y, X.Y.Z or master, e.g. 1.27 or 1.27.9\n",
        Cli.run("rebase", fixture(CUSTOMISED).toString(), "--to", "1.x").assertUserError(2).err());
    assertEquals("tmplpatch: --from 2: not an Istio version; expected X.Y, X.Y.Z or master, e.g. 1.27 or 1.27.9\n",
        Cli.run("rebase", fixture(CUSTOMISED).toString(), "--from", "2", "--to", "1.27.9").assertUserError(2).err());
  }

  @Test
  void aReleaseThatIsNotBundledIsRefusedWithTheClosest() {
    Cli.Result r = Cli.run("rebase", fixture(CUSTOMISED).toString(), "--to", "1.19.10").assertUserError(2);
    assertEquals("tmplpatch: Istio 1.19.10 is not bundled for gateway-injection-template.yaml; closest: 1.20.0;"
        + " bundled: 1.20.0, 1.20.3, 1.20.4, 1.20.8, 1.21.6, 1.22.0, 1.22.8, 1.23.0, 1.23.6, 1.24.6, 1.25.5, 1.26.2,"
        + " 1.26.8, 1.27.9, 1.28.10, 1.29.6, 1.30.3, 1.31.0-rc.0, master\n", r.err());
  }

  @Test
  void saysWhenTheNewReleaseSetsASysctlTheOldOneHadNot() throws IOException {
    Cli.Result edited = Cli.run("edit", "--istio", "1.20.0", "--scenario", "privileged-ports");
    Path customised = Files.writeString(dir.resolve("gw.yaml"), edited.out());
    Cli.Result r = Cli.run("rebase", customised.toString(), "--to", "1.20.3");
    assertEquals(0, r.exitCode(), r.err());
    Cli.Result expected = Cli.run("edit", "--istio", "1.20.3", "--add-capability", "NET_BIND_SERVICE");
    assertEquals(expected.out(), r.out());
    assertEquals("gw.yaml: made from Istio 1.20.0 gateway-injection-template.yaml with NET_BIND_SERVICE added to"
        + " istio-proxy (exact); the same file is in Istio 1.20.0-1.20.2\n"
        + "gw.yaml: note: Istio 1.20.3 gateway-injection-template.yaml sets the pod sysctl"
        + " net.ipv4.ip_unprivileged_port_start, which the release CUSTOMISED was made from did not, so it is kept;"
        + " hint: for kernels older than 4.11 run tmplpatch edit on the result with --scenario\n"
        + "gw.yaml: rebased onto Istio 1.20.3 gateway-injection-template.yaml: NET_BIND_SERVICE added to istio-proxy"
        + " made again by tmplpatch, 0 other changes merged\n", r.err());
  }

  @Test
  void recognisesTheVendorDocsScenarioAndCarriesItsCopyArtefacts() {
    // The seed's scenario 2 is Istio 1.26.2's template with the documented edit, two trailing
    // spaces after "sysctls: []" and one space less before {{ protoToJSON .ProxyConfig }}.
    Path seed = Path.of(System.getProperty("tmplpatch.testdata"), "seed", "scenario2.expected.yaml");
    Cli.Result r = Cli.run("rebase", seed.toString(), "--to", "1.27.9");
    assertEquals(0, r.exitCode(), r.err());
    String expected = Cli.run("edit", "--istio", "1.27.9", "--scenario", "privileged-ports").out()
        .replace("    sysctls: []\n", "    sysctls: []  \n")
        .replace("             {{ protoToJSON .ProxyConfig }}\n", "            {{ protoToJSON .ProxyConfig }}\n");
    assertEquals(expected, r.out());
    assertEquals("scenario2.expected.yaml: made from Istio 1.26.2 gateway-injection-template.yaml with scenario"
        + " privileged-ports (nearest: the other changes remove or add 2 lines); the same file is in Istio"
        + " 1.26.0-1.26.2\n"
        + "scenario2.expected.yaml: rebased onto Istio 1.27.9 gateway-injection-template.yaml: scenario"
        + " privileged-ports made again by tmplpatch, 2 other changes merged\n", r.err());
  }

  @Test
  void refusesATemplateThatIsNoReleasesAndKeepsMixedLineEndings() throws IOException {
    Path other = Files.writeString(dir.resolve("other.yaml"), "metadata:\n  name: {{ .Name }}\nspec: {}\n");
    Cli.Result r = Cli.run("rebase", other.toString(), "--to", "1.27.9").assertUserError(1);
    assertEquals("tmplpatch: other.yaml: looks like no bundled release template: the nearest, Istio 1.20.0"
        + " gateway-injection-template.yaml, differs by 245 lines removed or added; nothing written; hint: name"
        + " the release it was made from with --from X.Y.Z, or check the file\n", r.err());
    String mixed = Cli.read(fixture(CUSTOMISED)).replaceFirst("\n", "\r\n");
    Path m = Files.writeString(dir.resolve("mixed.yaml"), mixed);
    Cli.Result ok = Cli.run("rebase", m.toString(), "--to", "1.27.9");
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals(Cli.read(fixture(EXPECTED)).replaceFirst("\n", "\r\n"), ok.out());
  }

  @Test
  void keepsACrlfTemplateCrlf() throws IOException {
    Path crlf = Files.writeString(dir.resolve("crlf.yaml"), Cli.read(fixture(CUSTOMISED)).replace("\n", "\r\n"));
    Cli.Result r = Cli.run("rebase", crlf.toString(), "--to", "1.27.9");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Cli.read(fixture(EXPECTED)).replace("\n", "\r\n"), r.out());
    assertEquals(List.of("crlf.yaml"), Cli.listing(dir));
  }
}
