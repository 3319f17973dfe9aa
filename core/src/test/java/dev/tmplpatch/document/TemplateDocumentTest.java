package dev.tmplpatch.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TemplateDocumentTest {

  private static final String SEED = Corpus.read(Corpus.seed("gateway-injection-template.original.yaml"));

  @TestFactory
  Stream<DynamicTest> everyCorpusFileThatLoadsGivesBackEveryByte() {
    return Stream.of("istio", "helm", "seed", "k8s")
        .flatMap(f -> Corpus.files(f).stream())
        .map(p -> DynamicTest.dynamicTest(Corpus.testdata().relativize(p).toString(), () -> roundTrip(p)));
  }

  static void roundTrip(Path p) throws Exception {
    byte[] bytes = Files.readAllBytes(p);
    try {
      TemplateDocument doc = TemplateDocument.load(p.getFileName().toString(), bytes);
      assertArrayEquals(bytes, doc.bytes());
      StringBuilder joined = new StringBuilder();
      for (Line l : doc.lines()) {
        joined.append(doc.text(), l.start(), l.end());
      }
      assertEquals(doc.text(), joined.toString(), "lines do not tile the text");
    } catch (TemplateSyntaxException e) {
      // Some Helm files are not Go templates Go accepts either; the conformance run checks that
      // Go refuses them too. Here: the error stays inside the input.
      assertTrue(e.line() >= 1 && e.line() <= new String(bytes, StandardCharsets.UTF_8).split("\n", -1).length,
          e.getMessage());
    }
  }

  @Test
  void linesKnowTheirEndingsIncludingAMissingFinalNewline() {
    TemplateDocument doc = TemplateDocument.load("t", "a: 1\r\nb: 2\nc: 3");
    assertEquals(List.of(LineEnding.CRLF, LineEnding.LF, LineEnding.NONE),
        doc.lines().stream().map(Line::ending).toList());
    assertEquals("a: 1", doc.content(doc.line(1)));
    assertEquals(LineEnding.LF, doc.dominantEnding());
  }

  @Test
  void aTextEndingInANewlineHasNoEmptyLastLine() {
    assertEquals(2, TemplateDocument.load("t", "a: 1\nb: 2\n").lines().size());
    assertEquals(1, TemplateDocument.load("t", "").lines().size());
  }

  @Test
  void aByteOrderMarkIsKept() {
    byte[] bytes = "\uFEFFa: {{ .x }}\n".getBytes(StandardCharsets.UTF_8);
    TemplateDocument doc = TemplateDocument.load("t", bytes);
    assertTrue(doc.hasBom());
    assertArrayEquals(bytes, doc.bytes());
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirPosition() {
    byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, '\n'};
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> TemplateDocument.load("t", bytes));
    assertEquals(2, e.line());
    assertEquals(4, e.column());
    assertTrue(e.getMessage().contains("invalid UTF-8 at byte 8"), e.getMessage());
  }

  @Test
  void refusesAStrayByteNamingItsOffsetLineAndColumn() {
    byte[] bytes = {'a', '\n', (byte) 0xc3, (byte) 0xa9, 'x', (byte) 0xff, 'y'};
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> TemplateDocument.decode("inject", bytes));
    assertEquals("template: inject:2: invalid UTF-8 at byte 5", e.getMessage());
    assertEquals(3, e.column());
    assertEquals(4, e.offset());
  }

  @Test
  void refusesTruncatedSequencesEncodedSurrogatesAndOverlongForms() {
    for (byte[] bad : new byte[][] {{'a', (byte) 0xe4, (byte) 0xb8}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xc0, (byte) 0xaf}}) {
      assertThrows(TemplateSyntaxException.class, () -> TemplateDocument.decode("t", bad));
    }
    assertTrue(assertThrows(TemplateSyntaxException.class,
        () -> TemplateDocument.decode("t", new byte[] {'a', (byte) 0xe4, (byte) 0xb8})).getMessage().endsWith("at byte 1"));
  }

  @Test
  void linesAreClassifiedByWhatTheyHold() {
    TemplateDocument doc = TemplateDocument.load("gateway", SEED);
    assertEquals(LineKind.DIRECTIVE, doc.line(1).kind()); // {{- $containers := list }}
    assertEquals(LineKind.TEXT, doc.line(3).kind()); // metadata:
    assertEquals(LineKind.MIXED, doc.line(5).kind()); // canonical-name: {{ ... }}
    assertEquals(LineKind.DIRECTIVE, doc.line(19).kind()); // {{- if .Values.gateways.securityContext }}
    assertEquals(LineKind.OUTPUT, doc.line(20).kind()); // {{- toYaml ... | nindent 4 }}
  }

  @Test
  void linesKnowTheBranchTheyLieIn() {
    TemplateDocument doc = TemplateDocument.load("gateway", SEED);
    assertEquals("then-branch of `if .Values.gateways.securityContext`", doc.line(20).branch().describe());
    assertEquals("else-branch of `if .Values.gateways.securityContext`", doc.line(22).branch().describe());
    assertTrue(doc.line(18).branch().isTop());
    assertTrue(doc.line(20).branch().excludes(doc.line(22).branch()));
  }

  @Test
  void aMultiLineActionMakesContinuationLines() {
    TemplateDocument doc = TemplateDocument.load("t", "a: {{ list\n  1 2 }}\nb: 2\n");
    assertEquals(LineKind.MIXED, doc.line(1).kind());
    assertEquals(LineKind.CONTINUATION, doc.line(2).kind());
    assertEquals(LineKind.TEXT, doc.line(3).kind());
  }

  @Test
  void declarationsPrintNothingButOtherActionsDo() {
    TemplateDocument doc = TemplateDocument.load("t", "{{ $x := 1 }}\n{{ $x = 2 }}\n{{ $x }}\n{{/* c */}}\n");
    assertEquals(List.of(LineKind.DIRECTIVE, LineKind.DIRECTIVE, LineKind.OUTPUT, LineKind.DIRECTIVE),
        doc.lines().stream().map(Line::kind).toList());
  }
}
