package dev.tmplpatch.bench;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.verify.Verdict;
import dev.tmplpatch.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * VerifyBenchmark measures the proof an edit needs: the whole scenario 2 (load, edit, verify) and
 * the verifier alone, on the 1.26.2 gateway injection template, the Gateway API kube-gateway
 * template and the sidecar injection template (whose proof fails: the cost of a refusal).
 *
 * <p>Run from the checkout: {@code java -Dtmplpatch.testdata=testdata -jar bench/target/benchmarks.jar
 * VerifyBenchmark -f 1 -wi 3 -i 5}.
 */
public class VerifyBenchmark {

  /** Template holds one template and its scenario-2 result. */
  @State(Scope.Benchmark)
  public static class Template {
    @Param({"gateway-injection-template.yaml", "kube-gateway.yaml"})
    public String file;

    String text;
    TemplateDocument before;
    TemplateDocument after;
    Recipe recipe;

    @Setup(Level.Trial)
    public void load() {
      Path p = Path.of(System.getProperty("tmplpatch.testdata", "testdata"), "istio", "1.26.2", file);
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      recipe = Recipe.named("privileged-ports", false);
      before = TemplateDocument.load(file, text);
      after = recipe.apply(before).document();
      Verdict v = Verifier.verify(before, after, recipe.promise());
      System.out.println(file + ": " + v.projections() + " projections, proven " + v.proven());
    }
  }

  /** scenario2 loads the template, applies privileged-ports and proves it. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public EditResult scenario2(Template t) {
    return t.recipe.apply(TemplateDocument.load(t.file, t.text));
  }

  /** verify proves privileged-ports on an already edited template. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Verdict verify(Template t) {
    return Verifier.verify(t.before, t.after, t.recipe.promise());
  }
}
