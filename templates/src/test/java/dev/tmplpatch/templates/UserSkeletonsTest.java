package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UserSkeletonsTest covers --skeletons DIR: a user's copies, and every way they can go wrong. */
class UserSkeletonsTest {
  @TempDir Path dir;

  @BeforeEach
  void copyBundledSkeletons() throws IOException {
    for (String name : InstallBundle.SKELETONS) {
      Files.writeString(dir.resolve(name), BundledTemplates.resource(InstallBundle.BUNDLED_DIRECTORY + name));
    }
  }

  private InputException failure(String skeleton, String text) throws IOException {
    Files.writeString(dir.resolve(skeleton), text);
    return assertThrows(InputException.class,
        () -> InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE));
  }

  @Test
  void unchangedCopiesRenderExactlyLikeTheBundledSkeletons() {
    assertEquals(
        InstallBundle.bundled().renderYaml(InstallBundleTest.SEED_EXAMPLE),
        InstallBundle.fromDirectory(dir).renderYaml(InstallBundleTest.SEED_EXAMPLE));
  }

  @Test
  void aUsersChangeShowsUp() throws IOException {
    Path deployment = dir.resolve("deployment.yaml.j2");
    Files.writeString(deployment, Files.readString(deployment).replace("image: auto", "image: auto\n          imagePullPolicy: Always"));
    assertTrue(InstallBundle.fromDirectory(dir).renderYaml(InstallBundleTest.SEED_EXAMPLE).contains("imagePullPolicy: Always"));
  }

  @Test
  void aMissingSkeletonIsNamedButOptionalOnesAreOnlyNeededWhenAsked() throws IOException {
    Files.delete(dir.resolve("hpa.yaml.j2"));
    assertEquals(5, InstallBundle.fromDirectory(dir).render(GatewayInstall.of("gw", "ns")).size());
    InputException e = assertThrows(InputException.class,
        () -> InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE));
    assertEquals(dir.resolve("hpa.yaml.j2").toString(), e.source().orElseThrow());
    assertEquals("skeleton file missing", e.problem());
  }

  @Test
  void anUnknownVariableFailsWithItsLine() throws IOException {
    InputException e = failure("service.yaml.j2", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ nmae }}\n");
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("nmae"), e.problem());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void includesAndImportsAreRefused() throws IOException {
    InputException include = failure("service.yaml.j2", "{% include '/etc/passwd' %}\n");
    assertTrue(include.problem().startsWith("cannot render"), include.problem());
    InputException classpath = failure("service.yaml.j2", "{% include 'dev/tmplpatch/templates/gateway-injection-template.yaml' %}\n");
    assertTrue(classpath.problem().startsWith("cannot render"), classpath.problem());
  }

  @Test
  void javaMethodsOfContextValuesAreNotReachable() throws IOException {
    InputException e = failure("service.yaml.j2", "x: {{ name.getClass() }}\n");
    assertTrue(e.problem().contains("getClass"), e.problem());
  }

  @Test
  void outputIsCapped() throws IOException {
    InputException e = failure("service.yaml.j2",
        "{% for i in range(1000) %}{% for j in range(1000) %}xxxxxxxxxx{% endfor %}{% endfor %}\n");
    assertTrue(e.problem().startsWith("cannot render"), e.problem());
  }

  @Test
  void nestedInterpretationIsOff() throws IOException {
    // A value that looks like a template expression must be printed, not evaluated.
    Path service = dir.resolve("service.yaml.j2");
    Files.writeString(service, Files.readString(service).replace("spec:\n", "spec:\n  # {{ '{{ name }}' }}\n"));
    assertTrue(InstallBundle.fromDirectory(dir).renderYaml(InstallBundleTest.SEED_EXAMPLE).contains("# {{ name }}\n"));
  }

  @Test
  void renderedYamlThatDoesNotParseIsRefusedWithTheRenderedLine() throws IOException {
    InputException e = failure("pdb.yaml.j2",
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ name }}\n  namespace: {{ namespace }}\nspec: [\n");
    assertEquals(dir.resolve("pdb.yaml.j2") + " (rendered)", e.source().orElseThrow());
    assertTrue(e.line() >= 6, "line " + e.line());
    assertTrue(e.problem().startsWith("invalid YAML"), e.problem());
  }

  @Test
  void documentMarkersWithCommentsSplitAndContentOnAMarkerLineIsRefused() throws IOException {
    Path pdb = dir.resolve("pdb.yaml.j2");
    String original = Files.readString(pdb);
    Files.writeString(pdb, "--- # the budget\n" + original);
    assertEquals(7, InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE).size());
    InputException e = failure("pdb.yaml.j2", "kind: A\n--- {kind: B}\n");
    assertTrue(e.problem().startsWith("invalid YAML"), e.problem());
  }

  @Test
  void duplicateKeysAreRefused() throws IOException {
    InputException e = failure("pdb.yaml.j2",
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: a\n  name: b\n  namespace: \"{{ namespace }}\"\n");
    assertTrue(e.problem().contains("duplicate key"), e.problem());
  }

  @Test
  void anObjectOutsideTheNamespaceIsRefused() throws IOException {
    InputException e = failure("pdb.yaml.j2",
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\n  namespace: kube-system\n");
    assertEquals("PodDisruptionBudget x is in namespace kube-system, not istio-ingress", e.problem());
    dev.tmplpatch.i18n.Messages zh = dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH);
    assertEquals("PodDisruptionBudget x 位于命名空间 kube-system，而不是 istio-ingress", e.diagnostic().message(zh));
    assertEquals("请在骨架中设置 metadata.namespace: \"{{ namespace }}\"", e.diagnostic().hint(zh));
  }

  @Test
  void invalidUtf8IsRefused() throws IOException {
    Files.write(dir.resolve("service.yaml.j2"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    InputException e = assertThrows(InputException.class,
        () -> InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE));
    assertEquals("not valid UTF-8", e.problem());
  }

  @Test
  void aMissingDirectoryIsRefused() {
    InputException e = assertThrows(InputException.class, () -> InstallBundle.fromDirectory(dir.resolve("nope")));
    assertEquals("not a directory", e.problem());
  }
}
