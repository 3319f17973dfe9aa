package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzz: generated small templates and JSON data executed by Go 1.24's text/template
 * (core/src/test/go/execfuzz) and by dev.tmplpatch.render must give the same output and the
 * same parse or execution error, byte for byte. The seed is printed; rerun one with
 * -Dtmplpatch.execfuzz.seed=N, change the count with -Dtmplpatch.execfuzz.cases=N.
 */
@Tag("conformance")
class ExecutorFuzzConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void javaExecutesLikeGo() throws Exception {
    long seed = Long.getLong("tmplpatch.execfuzz.seed", 20261202L);
    int count = Integer.getInteger("tmplpatch.execfuzz.cases", 60_000);
    System.out.println("ExecutorFuzzConformanceTest seed=" + seed + " cases=" + count);
    TemplateFuzzGenerator gen = new TemplateFuzzGenerator(seed);
    List<TemplateFuzzGenerator.Case> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(gen.next());
    }
    List<GoExecReference.Result> go = GoExecReference.build().run(cases);
    FuncMap funcs = TestFuncs.funcs();
    int failures = 0;
    StringBuilder report = new StringBuilder();
    int[] kinds = new int[3];
    java.util.Map<String, Integer> errors = new java.util.TreeMap<>();
    for (int i = 0; i < count; i++) {
      TemplateFuzzGenerator.Case c = cases.get(i);
      GoExecReference.Result want = go.get(i);
      GoExecReference.Result got = java(c, funcs);
      if (c.typed()) {
        // Pointers print as heap addresses (0xc0..., also in octal and decimal), which differ
        // between any two runs.
        want = withoutAddresses(want);
        got = withoutAddresses(got);
      }
      kinds[want.kind().equals("ok") ? 0 : want.kind().equals("parse") ? 1 : 2]++;
      if (!want.error().isEmpty()) {
        String e = want.error().replaceAll("^.*?>: ", "").replaceAll("[\\d\"].*", "");
        errors.merge(e, 1, Integer::sum);
      }
      if (!want.equals(got)) {
        failures++;
        if (failures <= 20) {
          report.append("\ncase ").append(i).append(" (seed ").append(seed).append(")\n template: ")
              .append(c.template()).append("\n data: ").append(c.typed() ? "*Top around " : "")
              .append(c.data()).append("\n go:   ")
              .append(want).append("\n java: ").append(got).append('\n');
        }
      }
    }
    System.out.println("ExecutorFuzzConformanceTest ok=" + kinds[0] + " parse errors=" + kinds[1]
        + " exec errors=" + kinds[2]);
    errors.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
    assertEquals(0, failures, failures + " of " + count + " cases differ from Go (seed " + seed
        + "):" + report);
  }

  @Test
  void fixtureExpectationsAreStillGos() throws Exception {
    // testdata/render/exec-cases.json holds Go's results for GoTemplateExecTest (which runs
    // without Go); this keeps them honest.
    List<GoTemplateExecTest.Case> fixture = GoTemplateExecTest.cases();
    List<TemplateFuzzGenerator.Case> cases = new ArrayList<>();
    for (GoTemplateExecTest.Case c : fixture) {
      cases.add(new TemplateFuzzGenerator.Case(c.template(), c.data(), c.typed()));
    }
    List<GoExecReference.Result> go = GoExecReference.build().run(cases);
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(go.get(i), fixture.get(i).go(), fixture.get(i).name());
    }
  }

  @Test
  void benchmarkInputRendersLikeGo() throws Exception {
    // RenderBenchmark and core/src/test/go/execbench time this input; both must render it alike.
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("basedir", "."))
        .resolve("../bench/src/main/resources/render");
    TemplateFuzzGenerator.Case c = new TemplateFuzzGenerator.Case(
        java.nio.file.Files.readString(dir.resolve("sidecar-like.tmpl")),
        java.nio.file.Files.readString(dir.resolve("sidecar-like.json")), false);
    GoExecReference.Result go = GoExecReference.build().run(List.of(c)).get(0);
    assertEquals("ok", go.kind(), go.error());
    assertEquals(go, java(c, TestFuncs.funcs()));
  }

  private static GoExecReference.Result withoutAddresses(GoExecReference.Result r) {
    java.util.function.UnaryOperator<String> f =
        x -> x.replaceAll("(?i)(0x)?c0[0-9a-f]{8}", "ADDR")
            .replaceAll("\\b140[0-7]{11}\\b", "ADDR") // %o
            .replaceAll("\\b82\\d{10}\\b", "ADDR") // %d
            .replaceAll("\\b110000000000[01]{28}\\b", "ADDR"); // %b
    return new GoExecReference.Result(r.kind(), f.apply(r.output()), f.apply(r.error()));
  }

  static GoExecReference.Result java(TemplateFuzzGenerator.Case c, FuncMap funcs) {
    GoTemplate t;
    try {
      t = GoTemplate.parse("t", c.template(), funcs);
    } catch (TemplateSyntaxException e) {
      return new GoExecReference.Result("parse", "", e.getMessage());
    }
    Value data;
    try {
      data = JsonValues.fromJson(JSON.readValue(c.data(), Object.class));
      if (c.typed()) {
        data = TestFuncs.top(data);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder out = new StringBuilder();
    try {
      t.execute(data, out);
      return new GoExecReference.Result("ok", out.toString(), "");
    } catch (ExecException e) {
      return new GoExecReference.Result("exec", out.toString(), e.getMessage());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException | StackOverflowError e) {
      java.io.StringWriter sw = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(sw));
      return new GoExecReference.Result("crash", out.toString(), sw.toString().lines()
          .limit(6).reduce("", (a, b) -> a + "\n" + b));
    }
  }
}
