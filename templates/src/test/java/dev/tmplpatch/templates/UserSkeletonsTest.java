package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.emit.EmitException;
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

  private EmitException failure(String skeleton, String text) throws IOException {
    Files.writeString(dir.resolve(skeleton), text);
    return assertThrows(EmitException.class,
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
    EmitException e = assertThrows(EmitException.class,
        () -> InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE));
    assertEquals(dir.resolve("hpa.yaml.j2").toString(), e.source().orElseThrow());
    assertEquals("skeleton file missing", e.problem());
  }

  @Test
  void anUnknownVariableFailsWithItsLine() throws IOException {
    EmitException e = failure("service.yaml.j2", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ nmae }}\n");
    assertEquals(4, e.line());
    assertTrue(e.problem().contains("nmae"), e.problem());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void includesAndImportsAreRefused() throws IOException {
    EmitException include = failure("service.yaml.j2", "{% include '/etc/passwd' %}\n");
    assertTrue(include.problem().startsWith("cannot render"), include.problem());
    EmitException classpath = failure("service.yaml.j2", "{% include 'dev/tmplpatch/templates/gateway-injection-template.yaml' %}\n");
    assertTrue(classpath.problem().startsWith("cannot render"), classpath.problem());
  }

  @Test
  void javaMethodsOfContextValuesAreNotReachable() throws IOException {
    EmitException e = failure("service.yaml.j2", "x: {{ name.getClass() }}\n");
    assertTrue(e.problem().contains("getClass"), e.problem());
  }

  @Test
  void outputIsCapped() throws IOException {
    EmitException e = failure("service.yaml.j2",
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
    EmitException e = failure("pdb.yaml.j2",
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
    EmitException e = failure("pdb.yaml.j2", "kind: A\n--- {kind: B}\n");
    assertTrue(e.problem().startsWith("invalid YAML"), e.problem());
  }

  @Test
  void duplicateKeysAreRefused() throws IOException {
    EmitException e = failure("pdb.yaml.j2",
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: a\n  name: b\n  namespace: \"{{ namespace }}\"\n");
    assertTrue(e.problem().contains("duplicate key"), e.problem());
  }

  @Test
  void anObjectOutsideTheNamespaceIsRefused() throws IOException {
    EmitException e = failure("pdb.yaml.j2",
        "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\n  namespace: kube-system\n");
    assertEquals("PodDisruptionBudget x is in namespace kube-system, not istio-ingress", e.problem());
  }

  @Test
  void invalidUtf8IsRefused() throws IOException {
    Files.write(dir.resolve("service.yaml.j2"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    EmitException e = assertThrows(EmitException.class,
        () -> InstallBundle.fromDirectory(dir).render(InstallBundleTest.SEED_EXAMPLE));
    assertEquals("not valid UTF-8", e.problem());
  }

  @Test
  void aMissingDirectoryIsRefused() {
    EmitException e = assertThrows(EmitException.class, () -> InstallBundle.fromDirectory(dir.resolve("nope")));
    assertEquals("not a directory", e.problem());
  }
}
