package dev.tmplpatch.bench;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.lint.TemplateLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * LargeTemplate times the edit path of {@code tmplpatch edit} (load, recipe with its proof, lint of
 * the result) on a large template built from testdata, and prints the heap it needed. Run it under
 * a heap limit to prove the bound, e.g. 10 MiB of text under {@code -Xmx100m}:
 *
 * <pre>
 * java -Xmx100m -Dtmplpatch.testdata=testdata -cp bench/target/benchmarks.jar \
 *     dev.tmplpatch.bench.LargeTemplate gateway 10 privileged-ports
 * </pre>
 *
 * <p>Inputs ({@link #build}): {@code gateway} repeats the 1.26.2 gateway injection template as
 * YAML documents; {@code yaml} is mostly YAML: the template once, then the install bundle's
 * plain manifests (ServiceAccount, Role, Deployment with an istio-proxy container, Service ...)
 * repeated as documents. Edits: a scenario name, or {@code drop-sysctl}.
 */
public final class LargeTemplate {
  private LargeTemplate() {}

  /** main runs: VARIANT MEGABYTES EDIT [ROUNDS]; the first round warms up, the last is reported. */
  public static void main(String[] args) {
    String variant = args.length > 0 ? args[0] : "gateway";
    int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String edit = args.length > 2 ? args[2] : "privileged-ports";
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    String text = build(variant, megabytes);
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("%s: %d bytes, %d lines, edit %s%n", variant, bytes, text.lines().count(), edit);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 1; r <= rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long gc0 = gcMillis();
      long t0 = System.nanoTime();
      TemplateDocument doc = TemplateDocument.load("large.yaml", text);
      long t1 = System.nanoTime();
      Recipe recipe = edit.equals("drop-sysctl")
          ? Recipe.of("edit", "drop one sysctl", List.of(DropSysctl.named(DropSysctl.UNPRIVILEGED_PORT_START)))
          : Recipe.named(edit, false);
      EditResult result = recipe.apply(doc);
      long t2 = System.nanoTime();
      List<Diagnostic> lint = TemplateLint.checkResult(doc, result.document(), Set.of());
      long t3 = System.nanoTime();
      // CPU time of this thread and GC time say what the run costs when other processes share the cores.
      System.out.printf("round %d: load %d ms, edit+proof %d ms, lint %d ms, total %d ms (thread CPU %d ms, GC %d ms);"
              + " changed %b, %d findings, %d lint findings, result %d chars%n",
          r, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000,
          (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000, gcMillis() - gc0,
          result.changed(), result.findings().size(), lint.size(), result.document().text().length());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("max heap %d MiB; peak heap used %d MiB = %.1f x the text's %d bytes%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, peak / (double) bytes, bytes);
  }

  private static long gcMillis() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /** build makes a template of at least the given MiB from testdata (see the class comment). */
  static String build(String variant, int megabytes) {
    Path testdata = Path.of(System.getProperty("tmplpatch.testdata", "testdata"));
    String gateway = read(testdata.resolve("istio/1.26.2/gateway-injection-template.yaml"));
    String unit = switch (variant) {
      case "gateway" -> gateway;
      case "yaml" -> read(testdata.resolve("install-bundle/seed-003/expected.yaml"));
      default -> throw new IllegalArgumentException("variant is gateway or yaml, not " + variant);
    };
    StringBuilder sb = new StringBuilder(gateway);
    while (sb.length() < megabytes << 20) {
      sb.append(sb.charAt(sb.length() - 1) == '\n' ? "" : "\n").append("---\n").append(unit);
    }
    return sb.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
