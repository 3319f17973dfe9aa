package dev.tmplpatch.bench;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * ParseBenchmark measures GoTemplateParser.parse: the gateway template (µs/op), the whole corpus
 * and 1/2/5/10 MiB of concatenated Helm templates. In {@code corpus} the {@code bytes} counter is
 * UTF-8 bytes parsed, reported per second, so MB/s = bytes / 1e6; {@code linear} prints its size.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ParseBenchmark -f 1 -wi 3 -i 5 -prof gc}
 * (-prof gc adds gc.alloc.rate.norm, the bytes allocated per parse).
 */
public class ParseBenchmark {
  private static final ParseOptions OPTIONS = ParseOptions.named("bench");

  /** Texts holds the parsed inputs, loaded once per trial. */
  @State(Scope.Benchmark)
  public static class Texts {
    String gateway;
    List<String> corpus;
    long corpusBytes;

    @Setup(Level.Trial)
    public void load() {
      gateway = Inputs.gateway();
      corpus = Inputs.corpus();
      corpusBytes = corpus.stream().mapToLong(Inputs::utf8Length).sum();
      System.out.println("corpus: " + corpus.size() + " files, " + corpusBytes + " bytes");
    }
  }

  /** Concatenated holds one concatenation of Helm templates of the size under test. */
  @State(Scope.Benchmark)
  public static class Concatenated {
    @Param({"1", "2", "5", "10"})
    public int megabytes;

    String text;
    long bytes;

    @Setup(Level.Trial)
    public void load() {
      text = Inputs.concatenatedHelm(megabytes);
      bytes = Inputs.utf8Length(text);
      System.out.println("concatenated Helm: " + bytes + " bytes");
    }
  }

  /** Bytes counts UTF-8 bytes parsed, so JMH can report the rate next to ops/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** gateway parses the 9.4 KB Istio gateway injection template. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ParsedTemplate gateway(Texts t) {
    return GoTemplateParser.parse(t.gateway, OPTIONS);
  }

  /** corpus parses every loadable Istio and Helm corpus file once per operation. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void corpus(Texts t, Bytes counter, Blackhole bh) {
    for (String text : t.corpus) {
      bh.consume(GoTemplateParser.parse(text, OPTIONS));
    }
    counter.bytes += t.corpusBytes;
  }

  /** gatewayDocument loads the gateway template as a TemplateDocument: parse plus line table and branches. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public TemplateDocument gatewayDocument(Texts t) {
    return TemplateDocument.load(t.gateway, OPTIONS);
  }

  /** corpusDocument loads every loadable corpus file as a TemplateDocument once per operation. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void corpusDocument(Texts t, Bytes counter, Blackhole bh) {
    for (String text : t.corpus) {
      bh.consume(TemplateDocument.load(text, OPTIONS));
    }
    counter.bytes += t.corpusBytes;
  }

  /** gatewayScenario2 runs the privileged-ports recipe on the loaded gateway template (outline, edits, checks). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public EditResult gatewayScenario2(Texts t) {
    return Recipe.named("privileged-ports", false).apply(TemplateDocument.load(t.gateway, OPTIONS));
  }

  /** linear parses one large concatenation; time per op should grow linearly with megabytes. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ParsedTemplate linear(Concatenated c) {
    return GoTemplateParser.parse(c.text, OPTIONS);
  }
}
