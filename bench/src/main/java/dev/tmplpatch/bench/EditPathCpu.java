package dev.tmplpatch.bench;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.lint.TemplateLint;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * EditPathCpu runs {@link EditPathBenchmark#gatewayPatch}'s work in a loop and prints the CPU time
 * of its thread per operation beside the wall time: on a machine whose cores other processes
 * share, the CPU time is the figure that says what the work costs.
 *
 * <p>Run: {@code java -Dtmplpatch.testdata=testdata -cp bench/target/benchmarks.jar dev.tmplpatch.bench.EditPathCpu}.
 */
public final class EditPathCpu {
  private EditPathCpu() {}

  /** main runs ROUNDS rounds of N operations (default 8 x 1000); the last rounds are warm. */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String text = Files.readString(Path.of(System.getProperty("tmplpatch.testdata", "testdata"), "istio", "1.26.2",
        "gateway-injection-template.yaml"), StandardCharsets.UTF_8);
    Recipe recipe = Recipe.named("privileged-ports", false);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 1; r <= rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        TemplateDocument doc = TemplateDocument.load("gateway-injection-template.yaml", text);
        EditResult result = recipe.apply(doc);
        sink += TemplateLint.checkResult(doc, result.document(), Set.of()).size();
        sink += IstioMergePatch.of(result.document().text()).json().length();
      }
      System.out.printf("round %d: %.0f us/op thread CPU, %.0f us/op wall%n", r,
          (threads.getCurrentThreadCpuTime() - c0) / 1e3 / n, (System.nanoTime() - w0) / 1e3 / n);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
