package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnifiedDiffTest {

  @TempDir Path tmp;

  static String numbered(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append("line ").append(i).append('\n');
    }
    return b.toString();
  }

  static Stream<Arguments> handPickedCases() {
    String ten = numbered(1, 10);
    String twenty = numbered(1, 20);
    return Stream.of(
        Arguments.of("one line changed in the middle", ten, ten.replace("line 5\n", "line five\n")),
        Arguments.of("a line inserted at the start", ten, "line 0\n" + ten),
        Arguments.of("lines removed at the end", ten, numbered(1, 7)),
        Arguments.of("the new text gains a final newline", "a\nb\nc", "a\nb\nc\n"),
        Arguments.of("neither has a final newline", "a\nb\nc", "a\nb\nC"),
        Arguments.of("a single unchanged last line without newline", "a\nb\nc", "A\nb\nc"),
        Arguments.of("from empty", "", "a\nb\n"),
        Arguments.of("to empty", "a\nb\n", ""),
        Arguments.of("only one line", "a\n", "b\n"),
        Arguments.of("CRLF against LF", "a\r\nb\r\nc\r\n", "a\nb\nc\n"),
        Arguments.of("changes 6 lines apart share a hunk",
            twenty, twenty.replace("line 5\n", "x\n").replace("line 12\n", "y\n")),
        Arguments.of("changes 7 lines apart get two hunks",
            twenty, twenty.replace("line 5\n", "x\n").replace("line 13\n", "y\n")),
        Arguments.of("a pure insertion in the middle", ten, ten.replace("line 6\n", "new\nline 6\n")),
        Arguments.of("a pure deletion in the middle", ten, ten.replace("line 6\n", "")),
        Arguments.of("changes at both ends", ten, "first\n" + numbered(2, 9) + "last\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handPickedCases")
  void printsExactlyWhatGnuDiffPrints(String name, String oldText, String newText) throws Exception {
    assertEquals(new GnuDiff(tmp).unified(oldText, newText), UnifiedDiff.between(oldText, newText).format("x"));
  }

  @Test
  void printsWhatGnuDiffPrintsForTheSeedScenarios() throws Exception {
    Path seed = Corpus.testdata().resolve("seed");
    String original = Files.readString(seed.resolve("gateway-injection-template.original.yaml"), StandardCharsets.UTF_8);
    for (String edited : new String[] {"scenario1.expected.yaml", "scenario2.expected.yaml"}) {
      String text = Files.readString(seed.resolve(edited), StandardCharsets.UTF_8);
      assertEquals(new GnuDiff(tmp).unified(original, text), UnifiedDiff.between(original, text).format("x"), edited);
    }
  }

  @Test
  void identicalTextsHaveNoDiffAndNoSummary() {
    UnifiedDiff diff = UnifiedDiff.between("a\nb\n", "a\nb\n");
    assertTrue(diff.isEmpty());
    assertEquals("", diff.format("x"));
    assertEquals("", diff.summary());
    assertEquals("", diff.describe("x"));
  }

  @Test
  void honoursTheRequestedContext() throws Exception {
    String oldText = numbered(1, 20);
    String newText = oldText.replace("line 10\n", "ten\n");
    assertEquals(new GnuDiff(tmp).unified(oldText, newText, "-U", "1"),
        UnifiedDiff.between(oldText, newText).format("a/x", "b/x", 1));
    assertEquals(new GnuDiff(tmp).unified(oldText, newText, "-U", "0"),
        UnifiedDiff.between(oldText, newText).format("a/x", "b/x", 0));
  }

  @Test
  void namesLineEndingsInsteadOfShowingEveryLine() {
    UnifiedDiff diff = UnifiedDiff.between("a\r\nb\r\nc\r\n", "a\nb\nc\n");
    assertEquals("only line endings differ (expected CRLF, actual LF)", diff.summary());
    assertEquals("gw.yaml: only line endings differ (expected CRLF, actual LF)\n", diff.describe("gw.yaml"));
  }

  @Test
  void pointsAtTheFirstLineWhenMixedEndingsDiffer() {
    UnifiedDiff diff = UnifiedDiff.between("a\nb\r\nc\n", "a\nb\nc\r\n");
    assertEquals("only line endings differ (expected mixed, actual mixed; first at line 2)", diff.summary());
  }

  @Test
  void namesAMissingFinalNewlineAndShowsTheLastLine() {
    UnifiedDiff diff = UnifiedDiff.between("a\nb\n", "a\nb");
    assertEquals("only the final newline differs (expected ends with a newline, actual has no final newline)",
        diff.summary());
    assertEquals("x: " + diff.summary() + "\n"
        + "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n", diff.describe("x"));
  }

  @Test
  void namesLineEndingsAndFinalNewlineTogether() {
    UnifiedDiff diff = UnifiedDiff.between("a\r\nb\r\n", "a\nb");
    assertEquals("only line endings and the final newline differ "
        + "(expected CRLF with a final newline, actual LF without a final newline)", diff.summary());
    assertTrue(diff.describe("x").endsWith(" a\n-b\n+b\n\\ No newline at end of file\n"), diff.describe("x"));
  }

  @Test
  void showsOnlyRealChangesWhenLineEndingsAlsoDiffer() {
    UnifiedDiff diff = UnifiedDiff.between("a\r\nb\r\nc\r\n", "a\nB\nc\n");
    assertEquals("3 lines removed, 3 lines added; line endings differ as well (expected CRLF, actual LF), "
        + "the diff below reads CRLF as LF", diff.summary());
    assertEquals("x: " + diff.summary() + "\n--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n",
        diff.describe("x"));
  }

  @Test
  void neverShowsALineChangedByAnInvisibleCarriageReturn() {
    UnifiedDiff diff = UnifiedDiff.between("c\r\n", "a");
    assertEquals("1 line removed, 1 line added; line endings differ as well (expected CRLF, actual without line"
        + " breaks), the diff below reads CRLF as LF", diff.summary());
    assertFalse(diff.describe("x").contains("\r"), diff.describe("x"));
  }

  @Test
  void namesAByteOrderMarkDifference() {
    assertEquals("only the byte-order mark differs (expected starts with one, actual has none)",
        UnifiedDiff.between("\uFEFFa: 1\n", "a: 1\n").summary());
  }

  @Test
  void countsRemovedAndAddedLines() {
    UnifiedDiff diff = UnifiedDiff.between("a\nb\nc\n", "a\nx\ny\nc\n");
    assertEquals(1, diff.removedLines());
    assertEquals(2, diff.addedLines());
    assertEquals("1 line removed, 2 lines added", diff.summary("committed", "generated"));
    assertFalse(diff.isEmpty());
  }

  @Test
  void usesTheGivenRolesInTheSummary() {
    assertEquals("only line endings differ (committed LF, generated CRLF)",
        UnifiedDiff.between("a\n", "a\r\n").summary("committed", "generated"));
  }
}
