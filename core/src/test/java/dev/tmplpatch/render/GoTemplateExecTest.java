package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.Corpus;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * GoTemplateExecTest checks the executor against results obtained from Go 1.24.4
 * (testdata/render/exec-cases.json, produced by core/src/test/go/execfuzz; the conformance
 * profile's ExecutorFuzzConformanceTest asks Go again). No Go is needed here.
 */
class GoTemplateExecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Case is one fixture entry. */
  record Case(String name, String template, String data, boolean typed,
      GoExecReference.Result go) {
  }

  static List<Case> cases() throws IOException {
    JsonNode doc = JSON.readTree(Corpus.path("render/exec-cases.json").toFile());
    List<Case> out = new ArrayList<>();
    for (JsonNode c : doc.get("cases")) {
      JsonNode go = c.get("go");
      out.add(new Case(c.get("name").asText(), c.get("template").asText(),
          JSON.writeValueAsString(c.get("data")), c.get("typed").asBoolean(),
          new GoExecReference.Result(go.get("kind").asText(), go.get("output").asText(),
              go.get("error").asText())));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> executesLikeGo() throws IOException {
    FuncMap funcs = TestFuncs.funcs();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.go(),
        ExecutorFuzzConformanceTest.java(
            new TemplateFuzzGenerator.Case(c.template(), c.data(), c.typed()), funcs),
        c.template())));
  }

  @Test
  void laterFunctionMapsOverrideEarlierOnesAndBuiltins() {
    FuncMap first = FuncMap.empty().with("f", GoFunc.of(GoType.STRING, a -> Value.of("first")));
    FuncMap second = FuncMap.empty().with("f", GoFunc.of(GoType.STRING, a -> Value.of("second")))
        .with("len", GoFunc.of(GoType.STRING, a -> Value.of("mine"), GoType.ANY));
    GoTemplate t = GoTemplate.parse("t", "{{f}} {{len 1}}", first.and(second));
    assertEquals("second mine", t.execute(Value.INVALID));
  }

  @Test
  void partialOutputIsWrittenBeforeTheErrorAsGoDoes() {
    GoTemplate t = GoTemplate.parse("inject", "a\n{{.x}}b{{.x.y}}", FuncMap.empty());
    StringBuilder out = new StringBuilder();
    ExecException e = assertThrows(ExecException.class,
        () -> t.execute(JsonValues.fromJson(Map.of("x", 1)), out));
    assertEquals("a\n1b", out.toString());
    // Go 1.24.4 (execfuzz, the template renamed): the chain .x.y is at its second field.
    assertEquals("template: inject:2:11: executing \"inject\" at <.x.y>: can't evaluate field y "
        + "in type interface {}", e.getMessage());
  }

  @Test
  void unknownFunctionsFailAtParseTimeLikeGo() {
    TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
        () -> GoTemplate.parse("t", "\n{{ toYaml . }}", FuncMap.empty()));
    assertEquals("template: t:2: function \"toYaml\" not defined", e.getMessage());
  }

  @Test
  void jsonListsKeepTheCapacityGoAppendLeaves() {
    // Go's encoding/json appends one element at a time; slice can reach past len up to cap.
    assertEquals(List.of(0, 1, 2, 4, 4, 8, 8, 8, 8, 16, 32, 32, 71, 143),
        Stream.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17, 32, 33, 72)
            .map(JsonValues::appendCap).toList());
  }
}
