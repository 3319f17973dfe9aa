package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TemplateSyntaxExceptionTest {

  /** An input, Go 1.24's message for template "inject", and where we point: offset and column. */
  record Case(String input, String message, int line, int offset, int column) {
    @Override
    public String toString() {
      return GoText.quote(input);
    }
  }

  // The rows of research/go-toolchain.md (messages checked with Go 1.24.4), plus UTF-8 and CRLF.
  static Stream<Case> goToolchainTable() {
    return Stream.of(
        new Case("a: {{ .Values.x", "template: inject:1: unclosed action", 1, 15, 16),
        new Case("a: 1\nb: {{ .Values.x\n",
            "template: inject:3: unclosed action started at inject:2", 3, 21, 1),
        new Case("a: 1\n{{- end }}\n", "template: inject:2: unexpected {{end}}", 2, 5, 1),
        new Case("a: 1\n{{ else }}\n", "template: inject:2: unexpected {{else}}", 2, 5, 1),
        new Case("{{ index .L `app }}", "template: inject:1: unterminated raw quoted string", 1,
            12, 13),
        new Case("{{ \"abc }}", "template: inject:1: unterminated quoted string", 1, 3, 4),
        new Case("{{ if .X }}\na: 1\nb: 2\nc: 3", "template: inject:4: unexpected EOF", 4, 26, 5),
        new Case("{{/* never closed", "template: inject:1: unclosed comment", 1, 2, 3),
        new Case("{{ (len .Values }}", "template: inject:1: unclosed left paren", 1, 16, 17),
        new Case("{{ len .Values) }}", "template: inject:1: unexpected right paren", 1, 14, 15),
        new Case("a: 1\n{{ break }}\n", "template: inject:2: {{break}} outside {{range}}", 2,
            14, 10),
        new Case("ä: {{ .Werte.grö-ße }}", "template: inject:1: bad character U+002D '-'", 1,
            12, 13),
        new Case("😀😀 {{ .X 😀 }}",
            "template: inject:1: unrecognized character in action: U+1F600 '😀'", 1, 11, 10),
        new Case("a\r\nb: {{ .X\r\n", "template: inject:3: unclosed action started at inject:2",
            3, 13, 1),
        new Case("{{ \"x\" | 1 }}",
            "template: inject:1: non executable command in pipeline stage 2", 1, 9, 10),
        new Case("x\n  {{ $x }}", "template: inject:2: undefined variable \"$x\"", 2, 7, 6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goToolchainTable")
  void reportsGoMessageLineAndColumnOfTheOffendingToken(Case c) {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> GoTemplateParser.parse(c.input(), ParseOptions.named("inject")));
    assertEquals(c.message(), e.getMessage());
    assertEquals(c.line(), e.line(), "line");
    assertEquals(c.offset(), e.offset(), "offset");
    assertEquals(c.column(), e.column(), "column");
    assertEquals("inject", e.templateName());
  }

  @Test
  void hintsHowToWriteALiteralDelimiterForUnclosedActions() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> GoTemplateParser.parse("a: {{ .X", ParseOptions.named("inject")));
    assertEquals("unclosed action", e.goMessage());
    assertEquals("every {{ needs a matching }}; a literal {{ is written {{ \"{{\" }}", e.hint());
  }

  @Test
  void hintsUseTheCustomDelimiters() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () ->
        GoTemplateParser.parse("a: [[ .X", ParseOptions.named("t").withDelims("[[", "]]")));
    assertEquals("every [[ needs a matching ]]; a literal [[ is written [[ \"[[\" ]]", e.hint());
  }

  @Test
  void hasNoHintForRareErrors() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> GoTemplateParser.parse("{{ x :y }}", ParseOptions.named("inject")));
    assertEquals("expected :=", e.goMessage());
    assertEquals("", e.hint());
  }

  @Test
  void explainsDashedNamesWithIndex() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> GoTemplateParser.parse("{{ .Values.foo-bar }}", ParseOptions.named("inject")));
    assertTrue(e.hint().contains("index .Values"), e.hint());
  }

  @Test
  void pointsAtTheSecondDefinitionOfATemplate() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () ->
        GoTemplateParser.parse("{{define \"a\"}}x{{end}}\n{{define `a`}}y{{end}}",
            ParseOptions.named("inject")));
    assertEquals("template: inject:2: template: multiple definition of template \"a\"",
        e.getMessage());
    assertEquals(23, e.offset());
  }
}
