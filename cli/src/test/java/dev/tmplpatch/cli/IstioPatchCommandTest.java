package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.templates.BundledTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IstioPatchCommandTest {
  private static final String DUMP =
      "apiVersion: v1\n"
          + "data:\n"
          + "  config: |-\n"
          + "    policy: enabled\n"
          + "    templates:\n"
          + "      gateway: |\n"
          + "        metadata: {}\n"
          + "        spec: {{ .Spec }}\n"
          + "      custom_gw: |\n"
          + "        x: 1\n"
          + "kind: ConfigMap\n"
          + "metadata:\n"
          + "  name: istio-sidecar-injector\n"
          + "  namespace: istio-system\n";

  @TempDir Path dir;
  Path existing;

  @BeforeEach
  void existingOutputFile() throws IOException {
    existing = Files.writeString(dir.resolve("patch.json"), "previous content\n");
  }

  /** assertUntouched checks that a failed run left -o's file as it was and nothing beside it. */
  private void assertUntouched() {
    assertEquals("previous content\n", Cli.read(existing));
    assertEquals(List.of("patch.json"), Cli.listing(dir));
  }

  @Test
  void withoutATemplateItPatchesTheBundledDefault() {
    Cli.Result r = Cli.run("istio-patch").assertSuccess();
    assertEquals(IstioMergePatch.of(BundledTemplates.gatewayInjectionTemplate()).json(), r.out());
  }

  @Test
  void theBundledDefaultIsTheSeedsReconstructedOriginal() {
    assertEquals(
        Cli.read(Cli.testdata("seed/gateway-injection-template.original.yaml")),
        BundledTemplates.gatewayInjectionTemplate());
  }

  @Test
  void aTemplateFileIsCarriedByteForByte() {
    Path scenario2 = Cli.testdata("seed/scenario2.expected.yaml");
    Cli.Result r = Cli.run("istio-patch", scenario2.toString()).assertSuccess();
    assertEquals(IstioMergePatch.of(Cli.read(scenario2)).json(), r.out());
  }

  @Test
  void dashReadsStandardInput() {
    byte[] text = "a: 1\nb: ü\n".getBytes(StandardCharsets.UTF_8);
    Cli.Result r = Cli.runWithStdin(text, "istio-patch", "-", "--istio-name", "istio-1-26").assertSuccess();
    assertEquals(IstioMergePatch.of("istio-1-26", "gateway", "a: 1\nb: ü\n").json(), r.out());
  }

  @Test
  void dashOWritesTheFileAndNothingToStandardOutput() {
    Cli.run("istio-patch", "-o", existing.toString()).assertSuccess();
    assertEquals(IstioMergePatch.of(BundledTemplates.gatewayInjectionTemplate()).json(), Cli.read(existing));
    assertEquals(List.of("patch.json"), Cli.listing(dir));
  }

  @Test
  void dashOWithDashPrintsToStandardOutput() {
    Cli.Result r = Cli.run("istio-patch", "-o", "-").assertSuccess();
    assertEquals(IstioMergePatch.of(BundledTemplates.gatewayInjectionTemplate()).json(), r.out());
  }

  @Test
  void kubectlPrintsBothCommandsForTheGivenNames() {
    Cli.Result r = Cli.run("istio-patch", "--kubectl", "--istio-name", "prod").assertSuccess();
    assertEquals(
        IstioMergePatch.of("prod", "gateway", BundledTemplates.gatewayInjectionTemplate()).kubectlCommands(),
        r.out());
    assertTrue(r.out().endsWith("\nkubectl wait --for condition=Ready istio/prod --timeout=3m\n"));
  }

  @Test
  void fromInjectorConfigMapTakesTheNamedTemplate() throws IOException {
    Path dump = Files.writeString(dir.resolve("injector.yaml"), DUMP);
    Cli.Result gateway = Cli.run("istio-patch", "--from-injector-configmap", dump.toString()).assertSuccess();
    assertEquals(IstioMergePatch.of("metadata: {}\nspec: {{ .Spec }}\n").json(), gateway.out());
    Cli.Result custom =
        Cli.runWithStdin(DUMP.getBytes(StandardCharsets.UTF_8),
            "istio-patch", "--from-injector-configmap", "-", "--template-name", "custom_gw").assertSuccess();
    assertEquals(IstioMergePatch.of("default", "custom_gw", "x: 1\n").json(), custom.out());
  }

  @Test
  void anEmptyTemplateIsAnInputError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "\n  \n");
    Cli.Result r = Cli.run("istio-patch", empty.toString(), "-o", existing.toString()).assertUserError(1);
    assertTrue(r.err().contains("empty.yaml: the template is empty; hint: "), r.err());
    assertEquals("previous content\n", Cli.read(existing));
  }

  @Test
  void aBrokenTemplateWithDashOPointingAtAnExistingFileChangesNothing() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.write(broken, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xc3, (byte) 0x28, '\n'});
    Cli.Result r = Cli.run("istio-patch", broken.toString(), "-o", existing.toString()).assertUserError(1);
    assertEquals("tmplpatch: " + broken + ":2:4: invalid UTF-8 at byte 8; hint: save the file as UTF-8;"
        + " istiod and Helm read templates as UTF-8 text\n", r.err());
    Files.delete(broken);
    assertUntouched();
  }

  @Test
  void aMissingTemplateFileIsAnInputError() {
    Cli.Result r = Cli.run("istio-patch", dir.resolve("nope.yaml").toString(), "-o", existing.toString()).assertUserError(1);
    assertTrue(r.err().contains("no such file or directory"), r.err());
    assertUntouched();
  }

  @Test
  void anInjectorDumpWithoutTheTemplateIsRefusedByName() throws IOException {
    Path dump = Files.writeString(dir.resolve("injector.yaml"), DUMP);
    Cli.Result r = Cli.run("istio-patch", "--from-injector-configmap", dump.toString(),
        "--template-name", "waypoint", "-o", existing.toString()).assertUserError(1);
    assertTrue(r.err().contains("has no template \"waypoint\"; templates present: custom_gw, gateway"), r.err());
    Files.delete(dump);
    assertUntouched();
  }

  @Test
  void anInjectorDumpWithBadYamlNamesLineAndColumn() throws IOException {
    Path dump = Files.writeString(dir.resolve("injector.yaml"), "kind: ConfigMap\ndata:\n  config: |\n    templates: [\n");
    Cli.Result r = Cli.run("istio-patch", "--from-injector-configmap", dump.toString()).assertUserError(1);
    assertTrue(r.err().startsWith("tmplpatch: " + dump + ":5:"), r.err());
  }

  @Test
  void templateAndInjectorConfigMapTogetherAreAUsageError() throws IOException {
    Path dump = Files.writeString(dir.resolve("injector.yaml"), DUMP);
    Cli.run("istio-patch", dump.toString(), "--from-injector-configmap", dump.toString(), "-o", existing.toString())
        .assertUserError(2);
    Files.delete(dump);
    assertUntouched();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Default", "my istio", "istio\nkind: Secret", "-istio", "istio:", ""})
  void badIstioNamesAreUsageErrors(String name) {
    Cli.Result r = Cli.run("istio-patch", "--istio-name", name, "-o", existing.toString()).assertUserError(2);
    assertTrue(r.err().contains("Istio resource name"), r.err());
    assertUntouched();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gateway,sidecar", "a b", "../x", "x\ny"})
  void badTemplateNamesAreUsageErrors(String name) {
    Cli.run("istio-patch", "--template-name", name, "-o", existing.toString()).assertUserError(2);
    assertUntouched();
  }

  @Test
  void anUnwritableOutputIsAnInputErrorAndNothingIsPrinted() {
    Cli.Result r = Cli.run("istio-patch", "-o", dir.resolve("missing/patch.json").toString()).assertUserError(1);
    assertTrue(r.err().contains("cannot write"), r.err());
  }
}
