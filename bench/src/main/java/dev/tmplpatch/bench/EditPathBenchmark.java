package dev.tmplpatch.bench;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.lint.TemplateLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EditPathBenchmark measures what {@code tmplpatch istio-patch --scenario privileged-ports} does
 * after reading its input, on the 1.26.2 gateway injection template: load, the scenario's edits
 * with their proof, the lint of the result, and the merge patch as JSON.
 *
 * <p>Run from the checkout: {@code java -Dtmplpatch.testdata=testdata -jar bench/target/benchmarks.jar
 * EditPathBenchmark -f 1 -wi 5 -i 5} (add {@code -prof stack} or {@code -prof gc} to see where).
 */
public class EditPathBenchmark {

  /** Template holds the gateway template text and the recipe. */
  @State(Scope.Benchmark)
  public static class Template {
    String text;
    Recipe recipe;

    @Setup(Level.Trial)
    public void load() {
      Path p = Path.of(System.getProperty("tmplpatch.testdata", "testdata"), "istio", "1.26.2",
          "gateway-injection-template.yaml");
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      recipe = Recipe.named("privileged-ports", false);
    }
  }

  /** gatewayPatch: load + scenario 2 + verify + lint + patch JSON, the CLI's work. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String gatewayPatch(Template t, Blackhole bh) {
    TemplateDocument doc = TemplateDocument.load("gateway-injection-template.yaml", t.text);
    EditResult result = t.recipe.apply(doc);
    bh.consume(TemplateLint.checkResult(doc, result.document(), Set.of()));
    return IstioMergePatch.of(result.document().text()).json();
  }

  /** gatewayPatchUnlinted: load + scenario 2 + verify + patch JSON, without the lint of the result. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String gatewayPatchUnlinted(Template t) {
    EditResult result = t.recipe.apply(TemplateDocument.load("gateway-injection-template.yaml", t.text));
    return IstioMergePatch.of(result.document().text()).json();
  }
}
