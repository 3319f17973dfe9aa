package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.gotemplate.Delimited.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoTemplateParserTest {

  private static final String CHAIN = "a: {{ .X }}\n"
      + "{{- if .Y }}\n  b: 1\n"
      + "{{- else if .Z }}\n  c: 2\n"
      + "{{- else }}\n  d: 3\n"
      + "{{- end }}\n"
      + "{{/* note */ -}}\n";

  static ParsedTemplate parse(String source) {
    return GoTemplateParser.parse(source, ParseOptions.named("inject"));
  }

  static String text(ParsedTemplate t, Delimited d) {
    return t.source().substring(d.start(), d.end());
  }

  static String body(ParsedTemplate t, Branch b) {
    return t.source().substring(b.start(), b.end());
  }

  @Test
  void recordsEveryActionWithItsSpanKindLineColumnAndTrimFlags() {
    ParsedTemplate t = parse(CHAIN);
    List<Delimited> a = t.actions();
    assertEquals(6, a.size());
    assertAll(
        () -> assertEquals(new Delimited(Kind.ACTION, "", 3, 11, 1, 4, false, false), a.get(0)),
        () -> assertEquals("{{- if .Y }}", text(t, a.get(1))),
        () -> assertEquals(new Delimited(Kind.IF, "", 12, 24, 2, 1, true, false), a.get(1)),
        () -> assertEquals("{{- else if .Z }}", text(t, a.get(2))),
        () -> assertEquals(Kind.ELSE, a.get(2).kind()),
        () -> assertEquals("else if", a.get(2).detail()),
        () -> assertEquals(4, a.get(2).line()),
        () -> assertEquals("", a.get(3).detail()),
        () -> assertEquals(6, a.get(3).line()),
        () -> assertEquals("{{- end }}", text(t, a.get(4))),
        () -> assertEquals(Kind.END, a.get(4).kind()),
        () -> assertEquals("{{/* note */ -}}", text(t, a.get(5))),
        () -> assertEquals(new Delimited(Kind.COMMENT, "", a.get(5).start(), a.get(5).end(), 9, 1,
            false, true), a.get(5)),
        () -> assertEquals("comment", a.get(5).keyword()),
        () -> assertEquals("else", a.get(3).keyword()));
  }

  @Test
  void flattensAnElseIfChainIntoOneIfNodeWithABranchPerHeader() {
    ParsedTemplate t = parse(CHAIN);
    ControlNode root = t.root();
    assertEquals(ControlNode.Type.ROOT, root.type());
    assertEquals(-1, root.open());
    Branch top = root.branches().get(0);
    assertEquals(new Branch(-1, 0, CHAIN.length(), top.children()), top);
    ControlNode ifNode = top.children().get(0);
    assertAll(
        () -> assertEquals(1, top.children().size()),
        () -> assertEquals(ControlNode.Type.IF, ifNode.type()),
        () -> assertEquals(1, ifNode.open()),
        () -> assertEquals(4, ifNode.end()),
        () -> assertEquals(List.of(1, 2, 3),
            ifNode.branches().stream().map(Branch::header).toList()),
        () -> assertEquals("\n  b: 1\n", body(t, ifNode.branches().get(0))),
        () -> assertEquals("\n  c: 2\n", body(t, ifNode.branches().get(1))),
        () -> assertEquals("\n  d: 3\n", body(t, ifNode.branches().get(2))));
  }

  @Test
  void flattensElseWithChainsOnGo124() {
    ParsedTemplate t = parse("{{with .X}}a{{else with .Y}}b{{else}}c{{end}}");
    ControlNode with = t.root().branches().get(0).children().get(0);
    assertEquals(ControlNode.Type.WITH, with.type());
    assertEquals(3, with.branches().size());
    assertEquals("else with", t.actions().get(1).detail());
    assertEquals("b", body(t, with.branches().get(1)));
  }

  @Test
  void rejectsElseWithOnGo122LikeOldIstiod() {
    String src = "{{with .X}}a\n{{else with .Y}}b{{end}}";
    ParseOptions go122 = ParseOptions.named("inject").withGoVersion(GoVersion.GO_1_22);
    TemplateSyntaxException e =
        assertThrows(TemplateSyntaxException.class, () -> GoTemplateParser.parse(src, go122));
    assertEquals("template: inject:2: unexpected <with> in else", e.getMessage());
    assertTrue(e.hint().contains("Go 1.23"), e.hint());
    assertEquals(1, GoTemplateParser.parse(src, go122.withGoVersion(GoVersion.GO_1_23))
        .root().branches().get(0).children().size());
  }

  @Test
  void keepsElseIfOnGo122() {
    ParseOptions go122 = ParseOptions.named("inject").withGoVersion(GoVersion.GO_1_22);
    ParsedTemplate t = GoTemplateParser.parse("{{if .X}}a{{else if .Y}}b{{end}}", go122);
    assertEquals(2, t.root().branches().get(0).children().get(0).branches().size());
  }

  @Test
  void givesRangeElseItsOwnBranchAndNestsChildrenInOrder() {
    String src = "{{range .L}}{{if .A}}x{{end}}{{with .B}}y{{end}}{{else}}{{block \"b\" .}}z{{end}}{{end}}";
    ParsedTemplate t = parse(src);
    ControlNode range = t.root().branches().get(0).children().get(0);
    assertEquals(ControlNode.Type.RANGE, range.type());
    assertEquals(List.of(ControlNode.Type.IF, ControlNode.Type.WITH),
        range.branches().get(0).children().stream().map(ControlNode::type).toList());
    ControlNode block = range.branches().get(1).children().get(0);
    assertEquals(ControlNode.Type.BLOCK, block.type());
    assertEquals("z", body(t, block.branches().get(0)));
    assertEquals(Kind.END, t.actions().get(block.end()).kind());
  }

  @Test
  void recordsDefineBodiesAsTopLevelNodesAndTheirActions() {
    String src = "{{define \"a\"}}{{if .X}}{{/* c */}}{{end}}{{end}}rest {{template \"a\" .}}";
    ParsedTemplate t = parse(src);
    ControlNode define = t.root().branches().get(0).children().get(0);
    assertEquals(ControlNode.Type.DEFINE, define.type());
    assertEquals(List.of(Kind.DEFINE, Kind.IF, Kind.COMMENT, Kind.END, Kind.END, Kind.TEMPLATE),
        t.actions().stream().map(Delimited::kind).toList());
    assertEquals(4, define.end());
    assertEquals(ControlNode.Type.IF, define.branches().get(0).children().get(0).type());
  }

  @Test
  void collectsFunctionNamesSorted() {
    ParsedTemplate t = parse("{{ toYaml .X | nindent 4 }}{{ if (default .A .B) }}{{ quote \"x\" }}{{end}}");
    assertEquals(List.of("default", "nindent", "quote", "toYaml"), List.copyOf(t.functions()));
  }

  @Test
  void marksTrimMarkersOnBothSidesAndOnComments() {
    ParsedTemplate t = parse("a {{- 3 -}} b {{-\t/* c */\n-}} d {{-3}} {{4 -}}");
    List<Delimited> a = t.actions();
    assertAll(
        () -> assertTrue(a.get(0).trimLeft() && a.get(0).trimRight()),
        () -> assertTrue(a.get(1).trimLeft() && a.get(1).trimRight()),
        () -> assertEquals(Kind.COMMENT, a.get(1).kind()),
        () -> assertFalse(a.get(2).trimLeft(), "{{-3}} is the number -3"),
        () -> assertEquals("{{4 -}}", text(t, a.get(3))),
        () -> assertTrue(a.get(3).trimRight() && !a.get(3).trimLeft()));
  }

  @Test
  void handlesCustomDelimiters() {
    String src = "a: [[ .X ]] {{ not an action }}\n[[- if .Y -]]b[[ end ]]";
    ParsedTemplate t = GoTemplateParser.parse(src, ParseOptions.named("inject").withDelims("[[", "]]"));
    assertEquals(3, t.actions().size());
    assertEquals("[[ .X ]]", text(t, t.actions().get(0)));
    assertEquals(new Delimited(Kind.IF, "", 32, 45, 2, 1, true, true), t.actions().get(1));
    assertEquals("[[", t.options().leftDelim());
    assertEquals("{{", ParseOptions.named("x").withDelims("", "").leftDelim());
  }

  @Test
  void keepsCarriageReturnsInBodiesAndCountsLinesByLineFeed() {
    String src = "a: 1\r\n{{ if .X }}\r\n  b: 2\r\n{{ end }}\r\n";
    ParsedTemplate t = parse(src);
    assertEquals(2, t.actions().get(0).line());
    assertEquals(4, t.actions().get(1).line());
    ControlNode ifNode = t.root().branches().get(0).children().get(0);
    assertEquals("\r\n  b: 2\r\n", body(t, ifNode.branches().get(0)));
  }

  @Test
  void countsColumnsInCodePoints() {
    ParsedTemplate t = parse("😀ä: {{ .X }} {{ .Y }}\nü{{ .Z }}");
    assertEquals(List.of(5, 14, 2), t.actions().stream().map(Delimited::column).toList());
    assertEquals(List.of(5, 14, 24), t.actions().stream().map(Delimited::start).toList());
  }

  @Test
  void treatsBreakAndContinueAsKeywordsInsideRange() {
    ParsedTemplate t = parse("{{range .}}{{break}}{{continue}}{{end}}");
    assertEquals(List.of(Kind.RANGE, Kind.BREAK, Kind.CONTINUE, Kind.END),
        t.actions().stream().map(Delimited::kind).toList());
  }

  @Test
  void returnsImmutableResults() {
    ParsedTemplate t = parse(CHAIN);
    assertThrows(UnsupportedOperationException.class, () -> t.actions().clear());
    assertThrows(UnsupportedOperationException.class, () -> t.functions().clear());
    assertThrows(UnsupportedOperationException.class, () -> t.root().branches().clear());
  }
}
