package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

/** ConformanceRow is one input with the result Go 1.24 gave for it. */
record ConformanceRow(String name, String left, String right, String input, String expected,
    String functions) {

  @Override
  public String toString() {
    return name + " " + GoText.quote(input.length() > 60 ? input.substring(0, 60) + "..." : input);
  }

  ParseOptions options() {
    return ParseOptions.named(name).withDelims(left, right);
  }

  void assertParsesLikeGo() {
    if (expected.equals("OK")) {
      ParsedTemplate t = GoTemplateParser.parse(input, options());
      List<String> want = functions.isEmpty() ? List.of() : Arrays.asList(functions.split(","));
      assertEquals(want, List.copyOf(t.functions()), "functions");
      return;
    }
    TemplateSyntaxException e =
        assertThrows(TemplateSyntaxException.class, () -> GoTemplateParser.parse(input, options()));
    String prefix = "template: " + name + ":" + e.line() + ": ";
    assertAll(
        () -> assertEquals(expected, e.getMessage()),
        () -> assertEquals(prefix + e.goMessage(), e.getMessage()),
        () -> assertEquals(name, e.templateName()));
  }
}
