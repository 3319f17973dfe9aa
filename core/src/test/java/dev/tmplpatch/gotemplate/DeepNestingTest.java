package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Go's goroutine stacks grow to 1 GB, so Go parses very deep templates; so must we. */
class DeepNestingTest {
  private static final int DEPTH = 10_000;

  private static ParsedTemplate parse(String src) {
    return GoTemplateParser.parse(src, ParseOptions.named("deep"));
  }

  private static int depth(ControlNode node) {
    int d = 0;
    while (!node.branches().get(0).children().isEmpty()) {
      node = node.branches().get(0).children().get(0);
      d++;
    }
    return d;
  }

  @Test
  void parsesTenThousandNestedControlStructures() {
    StringBuilder sb = new StringBuilder();
    String[] opens = {"{{if .}}", "{{range .}}", "{{with .}}"};
    for (int i = 0; i < DEPTH; i++) {
      sb.append(opens[i % 3]);
    }
    sb.append("x").append("{{end}}".repeat(DEPTH));
    ParsedTemplate t = parse(sb.toString());
    assertEquals(DEPTH, depth(t.root()));
    assertEquals(2 * DEPTH, t.actions().size());
  }

  @Test
  void parsesTenThousandElseIfLinksAsOneIfNode() {
    String src = "{{if .A}}a" + "{{else if .B}}b".repeat(DEPTH) + "{{end}}";
    ControlNode ifNode = parse(src).root().branches().get(0).children().get(0);
    assertEquals(DEPTH + 1, ifNode.branches().size());
  }

  @Test
  void reportsUnclosedDeepNestingLikeGo() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> parse("{{if .}}\n".repeat(DEPTH)));
    assertEquals("template: deep:" + (DEPTH + 1) + ": unexpected EOF", e.getMessage());
  }

  @Test
  void parsesTenThousandNestedParentheses() {
    String src = "{{" + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + "}}";
    assertEquals(1, parse(src).actions().size());
  }

  @Test
  void parsesAHundredThousandNestedParenthesesLikeGo124WhichHasNoDepthLimit() {
    // Go 1.24.4's parse.go has no maxStackDepth; the conformance run checks the same input with Go.
    String src = "{{" + "(".repeat(10 * DEPTH) + "1" + ")".repeat(10 * DEPTH) + "}}";
    assertEquals(1, parse(src).actions().size());
  }
}
