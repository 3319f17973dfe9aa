package dev.tmplpatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.render.FuncMap;
import dev.tmplpatch.render.GoTemplate;
import dev.tmplpatch.render.JsonValues;
import dev.tmplpatch.render.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RenderBenchmark measures the Go text/template executor (dev.tmplpatch.render) on a
 * builtins-only template shaped like Istio's sidecar template with an Istio-like data object
 * (resources render/sidecar-like.*): parsed and converted once, one op is one execution. The Go
 * baseline on the same input: {@code bash core/src/test/go/run-go-exec-bench.sh}.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RenderBenchmark -f 1 -wi 5 -i 5}
 */
public class RenderBenchmark {

  /** Input holds the parsed template and the data, made once per trial. */
  @State(Scope.Benchmark)
  public static class Input {
    GoTemplate template;
    Value data;

    @Setup(Level.Trial)
    public void load() throws IOException {
      template = GoTemplate.parse("bench", resource("render/sidecar-like.tmpl"), FuncMap.empty());
      data = JsonValues.fromJson(new ObjectMapper().readValue(resource("render/sidecar-like.json"),
          Object.class));
    }
  }

  static String resource(String name) {
    try (InputStream in = RenderBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String executeSidecarLike(Input in) {
    return in.template.execute(in.data);
  }
}
