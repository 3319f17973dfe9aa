package dev.tmplpatch.bench;

import dev.tmplpatch.render.GoTemplate;
import dev.tmplpatch.render.IstiodData;
import dev.tmplpatch.render.IstiodFunctions;
import dev.tmplpatch.render.IstiodTypes;
import dev.tmplpatch.render.Value;
import java.util.List;
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
 * GatewayRenderBenchmark renders Istio's gateway injection template (seed 000, the shared
 * corpus) as istiod does: istiod's functions (1.26.2) and the default data object (the sample
 * gateway Deployment, the istiod chart's default values and mesh config), parsed and built once;
 * one op is one execution. The Go baseline on the same input, istiod's way (sprig and the Istio
 * functions of core/src/test/go/render):
 * {@code bash core/src/test/go/run-render-bench.sh -run '^$' -bench RenderGatewayTemplate -benchmem}.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar GatewayRenderBenchmark -f 1 -wi 5 -i 5}
 */
public class GatewayRenderBenchmark {

  /** Input holds the parsed template and the data object, made once per trial. */
  @State(Scope.Benchmark)
  public static class Input {
    GoTemplate template;
    Value data;

    @Setup(Level.Trial)
    public void load() {
      template = GoTemplate.parse("inject", Inputs.gateway(), IstiodFunctions.forRelease("1.26.2",
          IstiodTypes.ISTIOD, k -> null));
      data = IstiodData.sidecar(IstiodTypes.ISTIOD, IstiodData.sampleDeployment(),
          List.of(IstiodData.chartDefaultValues()), IstiodData.chartDefaultMesh(),
          IstiodData.SidecarOptions.defaults());
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String renderGatewayTemplate(Input in) {
    return in.template.execute(in.data);
  }
}
