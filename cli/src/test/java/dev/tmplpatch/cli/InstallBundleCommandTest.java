package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallBundleCommandTest {
  @TempDir Path dir;
  Path existing;

  @BeforeEach
  void existingOutputFile() throws IOException {
    existing = Files.writeString(dir.resolve("bundle.yaml"), "previous content\n");
  }

  private void assertUntouched() {
    assertEquals("previous content\n", Cli.read(existing));
    assertEquals(List.of("bundle.yaml"), Cli.listing(dir));
  }

  private static Path testdata(String relative) {
    return Cli.testdata(relative);
  }

  @Test
  void theSeedExampleArgumentsPrintTheGoldenFile() throws IOException {
    List<String> args = new ArrayList<>(List.of("install-bundle"));
    args.addAll(Files.readAllLines(testdata("install-bundle/seed-003/args")));
    Cli.Result r = Cli.run(args.toArray(String[]::new)).assertSuccess();
    assertEquals(Cli.read(testdata("install-bundle/seed-003/expected.yaml")), r.out());
  }

  @Test
  void optionsReachTheManifests() {
    Cli.Result r = Cli.run("install-bundle", "--name", "gw", "--namespace", "gw-ns", "--service-type", "loadbalancer",
        "--port", "http:8080", "--port", "tcp-db:5432", "--revision", "canary", "-o", existing.toString()).assertSuccess();
    assertEquals("", r.out());
    String yaml = Cli.read(existing);
    assertTrue(yaml.contains("  type: LoadBalancer\n"), yaml);
    assertTrue(yaml.contains("    - name: \"tcp-db\"\n      port: 5432\n"), yaml);
    assertTrue(yaml.contains("        istio.io/rev: \"canary\"\n"), yaml);
    assertTrue(!yaml.contains("sidecar.istio.io/inject"), yaml);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--name|Gateway",
        "--name|1gw",
        "--name|gw.example",
        "--namespace|Istio",
        "--namespace|istio.ingress",
        "--port|http",
        "--port|http:99999",
        "--port|HTTP:80",
        "--hpa|5:2:80",
        "--hpa|2:5",
        "--pdb|one",
        "--revision|1.26",
        "--service-type|NodePort",
      })
  void badValuesAreUsageErrorsThatWriteNothing(String option, String value) {
    List<String> args = new ArrayList<>(List.of("install-bundle", "--name", "gw", "--namespace", "ns", "-o", existing.toString()));
    args.add(option);
    args.add(value);
    Cli.run(args.toArray(String[]::new)).assertUserError(2);
    assertUntouched();
  }

  @Test
  void namesAndNamespacesOver63CharactersAreUsageErrors() {
    String long64 = "g".repeat(64);
    Cli.Result name = Cli.run("install-bundle", "--name", long64, "--namespace", "ns", "-o", existing.toString()).assertUserError(2);
    assertTrue(name.err().contains("it is 64 characters long, more than 63"), name.err());
    Cli.run("install-bundle", "--name", "gw", "--namespace", long64, "-o", existing.toString()).assertUserError(2);
    assertUntouched();
  }

  @Test
  void aBudgetThatWouldHangDrainsIsAUsageError() {
    Cli.Result r = Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--pdb", "1").assertUserError(2);
    assertTrue(r.err().contains("node drains would hang"), r.err());
  }

  @Test
  void aBrokenUserSkeletonIsAnInputErrorThatWritesNothing() throws IOException {
    Path skeletons = Files.createDirectory(dir.resolve("skeletons"));
    Files.writeString(skeletons.resolve("secret-reader.yaml.j2"), "kind: ServiceAccount\nmetadata: {{ nope }}\n");
    Cli.Result r = Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--skeletons", skeletons.toString(),
        "-o", existing.toString()).assertUserError(1);
    assertTrue(r.err().startsWith("tmplpatch: " + skeletons.resolve("secret-reader.yaml.j2") + ":2:"), r.err());
    assertEquals("previous content\n", Cli.read(existing));
  }

  @Test
  void aMissingSkeletonDirectoryIsAnInputError() {
    Cli.run("install-bundle", "--name", "gw", "--namespace", "ns", "--skeletons", dir.resolve("none").toString()).assertUserError(1);
  }
}
