package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * FunctionsConformanceTest (issue 13 item 2) calls the sprig and Istio functions with seeded,
 * generated arguments in Java and in Go (core/src/test/go/funcs: Debian's sprig 3.2.3 and the
 * Istio functions of the render reference, one process for the whole batch) and requires equal
 * results: the result's Go type, its json.Marshal and its fmt.Sprint, or the same panic/error
 * text. The seed is printed; rerun one with -Dtmplpatch.funcs.seed=N.
 */
@Tag("conformance")
class FunctionsConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CASES = Integer.getInteger("tmplpatch.funcs.cases", 20_000);

  @Test
  void javaFunctionsEqualGo() throws Exception {
    long seed = Long.getLong("tmplpatch.funcs.seed", System.nanoTime());
    System.out.println("FunctionsConformanceTest seed=" + seed + " cases=" + CASES
        + " (rerun with -Dtmplpatch.funcs.seed=" + seed + ")");
    FunctionCaseGenerator gen = new FunctionCaseGenerator(seed);
    List<FunctionCase> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(gen.next());
    }
    List<FunctionCase.Result> go = runGo(cases);
    FuncMap funcs = IstiodFunctions.forRelease("master", IstiodTypes.REFERENCE, k -> null);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      FunctionCase c = cases.get(i);
      FunctionCase.Result java;
      try {
        java = c.run(funcs);
      } catch (RuntimeException e) {
        java = new FunctionCase.Result("", "", "", "JAVA EXCEPTION " + e);
      }
      if (!java.equals(go.get(i))) {
        mismatches.add(c.toJson() + "\n  go:   " + go.get(i) + "\n  java: " + java);
      }
    }
    System.out.println("FunctionsConformanceTest: " + (cases.size() - mismatches.size()) + " of "
        + cases.size() + " cases equal");
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
        mismatches.size() + " of " + cases.size() + " cases differ (seed " + seed + ")");
  }

  /** recordedCasesAreGosResults: IstiodFunctionsTest's recorded results are what Go gives. */
  @Test
  void recordedCasesAreGosResults() throws Exception {
    List<java.util.Map.Entry<FunctionCase, FunctionCase.Result>> recorded =
        IstiodFunctionsTest.recordedCases();
    List<FunctionCase.Result> go = runGo(recorded.stream().map(java.util.Map.Entry::getKey)
        .toList());
    assertEquals(recorded.stream().map(java.util.Map.Entry::getValue).toList(), go);
  }

  private static List<FunctionCase.Result> runGo(List<FunctionCase> cases) throws Exception {
    Path binary = build();
    ProcessBuilder pb = new ProcessBuilder(binary.toString());
    pb.environment().clear();
    Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Thread writer = new Thread(() -> {
      try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
        for (FunctionCase c : cases) {
          w.write(c.toJson());
          w.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    List<FunctionCase.Result> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(FunctionCase.Result.of(JSON.readTree(line)));
      }
    }
    writer.join();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      fail("the Go function reference failed (exit " + p.exitValue() + ")");
    }
    assertEquals(cases.size(), out.size(), "Go answered every case");
    return out;
  }

  private static Path build() throws Exception {
    String go = System.getProperty("tmplpatch.go", "");
    if (go.isBlank() || go.startsWith("${")) {
      fail("system property tmplpatch.go is not set; run: mvn -o -q -B -pl core -Pconformance test "
          + "-Dtmplpatch.go=$(bash .ci/install-go.sh)");
    }
    Path module = Corpus.moduleDir();
    Path binary = module.resolve("target/go-funcs/funcs");
    Files.createDirectories(binary.getParent());
    Process p = new ProcessBuilder("bash", module.resolve("src/test/go/build-funcs.sh").toString(),
        go, binary.toString()).directory(module.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      fail("building the Go function reference failed:\n" + out);
    }
    return binary;
  }
}
