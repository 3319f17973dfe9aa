package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IstiodFunctionsTest checks the sprig and Istio functions against results recorded from Go:
 * testdata/render/function-cases.jsonl holds 1,500 generated calls (FunctionCaseGenerator, seed
 * 13) with the output of the Go reference (core/src/test/go/funcs: Debian's sprig 3.2.3 and the
 * Istio functions) for each; FunctionsConformanceTest re-checks the file against Go. Which
 * release has which Istio function is from shared/research/istio-funcs-by-release.md.
 */
class IstiodFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path testdata(String name) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve("render").resolve(name);
  }

  /** recordedCases reads the recorded calls and Go's results. */
  static List<Map.Entry<FunctionCase, FunctionCase.Result>> recordedCases() throws IOException {
    List<Map.Entry<FunctionCase, FunctionCase.Result>> out = new ArrayList<>();
    for (String line : Files.readAllLines(testdata("function-cases.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      List<FunctionCase.Arg> args = new ArrayList<>();
      for (JsonNode a : n.get("args")) {
        args.add(new FunctionCase.Arg(a.get("t").asText(),
            a.has("v") ? JSON.treeToValue(a.get("v"), Object.class) : null));
      }
      out.add(Map.entry(new FunctionCase(n.get("fn").asText(), args),
          FunctionCase.Result.of(n.get("go"))));
    }
    return out;
  }

  @Test
  void everyRecordedCallGivesGosResult() throws IOException {
    FuncMap funcs = IstiodFunctions.forRelease("master", IstiodTypes.REFERENCE, k -> null);
    List<String> mismatches = new ArrayList<>();
    List<Map.Entry<FunctionCase, FunctionCase.Result>> cases = recordedCases();
    for (Map.Entry<FunctionCase, FunctionCase.Result> c : cases) {
      FunctionCase.Result java = c.getKey().run(funcs);
      if (!java.equals(c.getValue())) {
        mismatches.add(c.getKey().toJson() + "\n  go:   " + c.getValue() + "\n  java: " + java);
      }
    }
    assertEquals(1500, cases.size());
    assertEquals(List.of(), mismatches);
  }

  @Test
  void istioFunctionsFollowTheReleasesThatHaveThem() {
    assertNull(IstiodFunctions.forRelease("1.28.5").get("omitNil"));
    assertNotNull(IstiodFunctions.forRelease("1.28.6").get("omitNil"));
    assertNull(IstiodFunctions.forRelease("1.29.0").get("omitNil"));
    assertNotNull(IstiodFunctions.forRelease("1.29.1").get("omitNil"));
    assertNotNull(IstiodFunctions.forRelease("1.31.0-rc.0").get("omitNil"));
    assertNull(IstiodFunctions.forRelease("1.20.8").get("mergeMaps"));
    assertNotNull(IstiodFunctions.forRelease("1.21.0").get("mergeMaps"));
    assertNull(IstiodFunctions.forRelease("1.29.6").get("otelResourceAttributes"));
    assertNotNull(IstiodFunctions.forRelease("master").get("otelResourceAttributes"));
  }

  @Test
  void istioNamesReplaceSprigsAndToJsonIsIstiosOnlyIn118() {
    // Istio's indent leaves the first line alone; sprig's pads it (Go: "a\n  b" and "  a\n  b").
    GoFunc indent = IstiodFunctions.forRelease("1.26.2").get("indent");
    assertEquals("a\n  b", indent.call(new Value[] {Value.ofInt(2), Value.of("a\nb")}).stringValue());
    assertEquals("  a\n  b", SprigFunctions.funcMap().get("indent")
        .call(new Value[] {Value.ofInt(2), Value.of("a\nb")}).stringValue());
    // 1.18's toJson is Istio's toJSON(map[string]string); later it is sprig's toJson(any).
    assertEquals("(map[string]string) string",
        IstiodFunctions.forRelease("1.18.7").get("toJson").signature().toString());
    assertEquals("(interface {}) string",
        IstiodFunctions.forRelease("1.19.10").get("toJson").signature().toString());
  }
}
