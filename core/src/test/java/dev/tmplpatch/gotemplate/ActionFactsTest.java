package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionFactsTest {

  private static ParsedTemplate parse(String text) {
    return GoTemplateParser.parse(text, ParseOptions.named("t"));
  }

  @Test
  void recordsCallsWithOffsetsAndTheIndentArgument() {
    ParsedTemplate p = parse("a:\n  {{- toYaml .Values.x | nindent 4 }}\n");
    assertEquals(new ActionFacts(List.of(new ActionFacts.Call("toYaml", 9), new ActionFacts.Call("nindent", 28)),
        List.of(), false, null, 4, true), p.facts(0));
    assertTrue(p.facts(0).printsYaml());
  }

  @Test
  void indentKeepsItsNumberAndIsNotNindent() {
    ParsedTemplate p = parse("{{ indent 6 (toYaml .) }}");
    assertEquals(6, p.facts(0).indent());
    assertFalse(p.facts(0).newlineIndent());
    assertEquals(List.of("indent", "toYaml"), p.facts(0).calls().stream().map(ActionFacts.Call::name).toList());
  }

  @Test
  void declarationsAndAssignmentsPrintNothing() {
    ParsedTemplate p = parse("{{ $x := list }}{{ $x = append $x 1 }}{{ $x }}{{ range $i, $v := .L }}{{ end }}");
    assertEquals(new ActionFacts(List.of(new ActionFacts.Call("list", 9)), List.of("$x"), true, null, -1, false), p.facts(0));
    assertTrue(p.facts(1).declaration());
    assertEquals(ActionFacts.NONE, p.facts(2));
    assertEquals(new ActionFacts(List.of(), List.of("$i", "$v"), false, null, -1, false), p.facts(3));
  }

  @Test
  void defineBlockAndTemplateActionsNameTheirTemplate() {
    ParsedTemplate p = parse("{{ define \"r\" }}x{{ end }}{{ template `r` . }}{{ block \"b\" . }}y{{ end }}");
    assertEquals("r", p.facts(0).templateName());
    assertEquals("r", p.facts(2).templateName());
    assertEquals("b", p.facts(3).templateName());
  }

  @Test
  void functionsInsideParenthesesAndIfPipelinesAreCalls() {
    ParsedTemplate p = parse("{{ if eq (len $.L) 1 }}{{ end }}");
    assertEquals(List.of(new ActionFacts.Call("eq", 6), new ActionFacts.Call("len", 10)), p.facts(0).calls());
    assertFalse(p.facts(0).printsYaml());
  }
}
