package dev.tmplpatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

  @TempDir Path root;

  private Golden golden(Map<String, String> env, String... properties) {
    Properties p = new Properties();
    for (int i = 0; i < properties.length; i += 2) {
      p.setProperty(properties[i], properties[i + 1]);
    }
    return new Golden(root, env, p);
  }

  private Path file(String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void passesWhenTheOutputMatchesTheGoldenFile() throws IOException {
    file("case/expected.yaml", "a: 1\nb: 2\n");
    golden(Map.of()).verify("case/expected.yaml", "a: 1\nb: 2\n");
  }

  @Test
  void mismatchFailsWithADiffOfTheValuesAndBothTexts() throws IOException {
    Path p = file("expected.yaml", "a: 1\nb: 2\nc: 3\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> golden(Map.of()).verify(p, "a: 1\nb: two\nc: 3\n"));
    assertEquals("actual output differs from golden file " + p + "\n"
        + p + ": 1 value differs\n--- " + p + " (expected)\n+++ " + p + " (actual)\n"
        + "b: 2 (expected) -> \"two\" (actual)\n"
        + "to accept the actual output, rerun with -Dtmplpatch.updateGolden=true (or TMPLPATCH_UPDATE_GOLDEN=1)"
        + " and review the change", e.getMessage());
    assertEquals("a: 1\nb: 2\nc: 3\n", e.getExpected().getValue());
    assertEquals("a: 1\nb: two\nc: 3\n", e.getActual().getValue());
  }

  @Test
  void anEmbeddedTemplateInAJsonGoldenIsDiffedByItsLinesUnderItsPath() throws IOException {
    Path p = file("patch.json", "{\"spec\": {\"template\": \"a: 1\\nb: 2\\nc: 3\\n\"}}\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> golden(Map.of()).verify(p, "{\"spec\": {\"template\": \"a: 1\\nb: 2\\nadded: {{ .X }}\\nc: 3\\n\"}}\n"));
    assertEquals("actual output differs from golden file " + p + "\n"
        + p + ": 1 value differs\n--- " + p + " (expected)\n+++ " + p + " (actual)\n"
        + "$.spec.template (a string of 4 lines) differs:\n"
        + "@@ -1,3 +1,4 @@\n a: 1\n b: 2\n+added: {{ .X }}\n c: 3\n"
        + "to accept the actual output, rerun with -Dtmplpatch.updateGolden=true (or TMPLPATCH_UPDATE_GOLDEN=1)"
        + " and review the change", e.getMessage());
  }

  @Test
  void textThatIsNotYamlOrJsonFailsWithAUnifiedDiff() throws IOException {
    Path p = file("expected.txt", "one\ntwo: [\nthree\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> golden(Map.of()).verify(p, "one\n2: [\nthree\n"));
    assertTrue(e.getMessage().contains("--- a/" + p + "\n+++ b/" + p + "\n@@ -1,3 +1,3 @@\n one\n-two: [\n+2: [\n three\n"),
        e.getMessage());
  }

  @Test
  void lineEndingDifferencesAreNamedNotListed() throws IOException {
    Path p = file("crlf.yaml", "a: 1\r\nb: 2\r\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> golden(Map.of()).verify(p, "a: 1\nb: 2\n"));
    assertTrue(e.getMessage().contains(p + ": only line endings differ (expected CRLF, actual LF)"), e.getMessage());
    assertFalse(e.getMessage().contains("@@"), e.getMessage());
  }

  @Test
  void aMissingFinalNewlineIsNamed() throws IOException {
    Path p = file("final.yaml", "a: 1\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> golden(Map.of()).verify(p, "a: 1"));
    assertTrue(e.getMessage().contains("only the final newline differs"), e.getMessage());
    assertTrue(e.getMessage().contains("\\ No newline at end of file"), e.getMessage());
  }

  @Test
  void aMissingGoldenFileFailsAndSaysHowToCreateIt() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> golden(Map.of()).verify("new/case.json", "{}\n"));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains("tmplpatch.updateGolden=true"), e.getMessage());
    assertFalse(Files.exists(root.resolve("new/case.json")));
  }

  @Test
  void theUpdatePropertyRewritesTheGoldenFileAndLeavesNoTemporaryFile() throws IOException {
    Path p = file("expected.yaml", "old\n");
    golden(Map.of(), Golden.UPDATE_PROPERTY, "true").verify(p, "new\r\nno final newline");
    assertEquals("new\r\nno final newline", Files.readString(p, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(1, files.count(), "only the golden file is left");
    }
  }

  @Test
  void theUpdateVariableCreatesMissingGoldenFilesAndDirectories() throws IOException {
    golden(Map.of(Golden.UPDATE_ENV, "1")).verify("deep/dir/case.json", "{}\n");
    assertEquals("{}\n", Files.readString(root.resolve("deep/dir/case.json")));
  }

  @Test
  void theSwitchIsRefusedUnderCiAndTheFileIsLeftAsItWas() throws IOException {
    Path p = file("expected.yaml", "old\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> golden(Map.of("CI", "true"), Golden.UPDATE_PROPERTY, "true").verify(p, "new\n"));
    assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
    assertTrue(e.getMessage().contains(Golden.UPDATE_PROPERTY), e.getMessage());
    assertEquals("old\n", Files.readString(p));
    assertThrows(IllegalStateException.class,
        () -> golden(Map.of("CI", "true", Golden.UPDATE_ENV, "1")).verify(p, "new\n"));
  }

  @Test
  void underCiWithoutTheSwitchAMismatchStillFailsAsUsual() throws IOException {
    Path p = file("expected.yaml", "old\n");
    assertThrows(AssertionFailedError.class, () -> golden(Map.of("CI", "true")).verify(p, "new\n"));
  }

  @Test
  void otherValuesOfTheSwitchDoNotWrite() throws IOException {
    Path p = file("expected.yaml", "old\n");
    assertThrows(AssertionFailedError.class,
        () -> golden(Map.of(Golden.UPDATE_ENV, "0"), Golden.UPDATE_PROPERTY, "false").verify(p, "new\n"));
    assertEquals("old\n", Files.readString(p));
  }

  @Test
  void namesResolveUnderTheRootGivenBySystemProperty() throws IOException {
    file("configured.txt", "x\n");
    Properties p = new Properties();
    p.setProperty(Golden.ROOT_PROPERTY, root.toString());
    Golden.configured(Map.of(), p).verify("configured.txt", "x\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> Golden.configured(Map.of(), p).verify("configured.txt", "y\n"));
    assertTrue(e.getMessage().contains(root.resolve("configured.txt").toString()), e.getMessage());
  }

  @Test
  void withoutARootPropertyNamesResolveUnderSrcTestResourcesGolden() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> Golden.configured(Map.of(), new Properties()).verify("no-such-case.txt", "x\n"));
    assertTrue(e.getMessage().contains(Path.of("src/test/resources/golden/no-such-case.txt").toString()), e.getMessage());
  }

  @Test
  void aGoldenFileThatIsNotUtf8IsReportedAsSuch() throws IOException {
    Path p = root.resolve("latin1.txt");
    Files.write(p, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> golden(Map.of()).verify(p, "café\n"));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }
}
