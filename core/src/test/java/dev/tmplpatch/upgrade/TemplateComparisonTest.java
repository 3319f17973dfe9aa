package dev.tmplpatch.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateComparisonTest {
  private static final String T = "spec:\n  {{- if .X }}\n  a: {{ .Y | quote }}\n  {{- end }}\n  b: |\n    text\n";

  private static TemplateComparison.Result compare(String b) {
    return TemplateComparison.compare("a", T, "b", b);
  }

  @Test
  void identicalBytes() {
    assertEquals(new TemplateComparison.Result(true, true, "identical bytes"), compare(T));
  }

  @Test
  void lineEndingsSpacesInActionsCommentsAndTrailingSpaceOutsideBlockScalarsAreTheSameTemplate() {
    String same = "spec:   # the pod\r\n  {{- if   .X }}\r\n  a: {{.Y|quote}}  \r\n  {{- end }}\r\n  b: |\r\n    text\r\n";
    assertEquals(new TemplateComparison.Result(false, true, "same Go actions and the same YAML in every branch"),
        compare(same));
  }

  @Test
  void trimMarkersFunctionsAndRenderedYamlDiffer() {
    assertEquals(new TemplateComparison.Result(false, false,
        "Go action 1 differs: a:2 has {{- if .X }}, b:2 has {{ if .X }}"), compare(T.replace("{{- if", "{{ if")));
    assertEquals(new TemplateComparison.Result(false, false,
        "Go action 2 differs: a:3 has {{ .Y | quote }}, b:3 has {{ .Y }}"), compare(T.replace(" | quote", "")));
    assertEquals(new TemplateComparison.Result(false, false, "the YAML rendered with first branches differs"),
        compare(T.replace("    text\n", "    text  \n")));
    assertEquals(new TemplateComparison.Result(false, false, "the YAML rendered with first branches differs"),
        compare(T.replace("  a:", "  c:")));
    assertEquals(false, compare(T + "{{ end }}\n").sameTemplate());
  }
}
