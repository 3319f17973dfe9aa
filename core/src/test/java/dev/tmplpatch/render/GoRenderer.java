package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * GoRenderer renders Istio injection templates with real Go 1.24 text/template, sprig and our
 * Istio functions (the program in core/src/test/go/render), the way istiod renders them: pod
 * injection templates as the sidecar injector does ({@link #render(String, RenderFixture)}) and
 * Gateway API templates (kube-gateway.yaml) as the deployment controller does
 * ({@link #renderGateway(String, GatewayFixture)}).
 */
public final class GoRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static GoRenderer shared;

  private final Path binary;
  private final Path scratch;
  /** Renders by template text and fixture: the same original is checked against many edits. */
  private final Map<CacheKey, Object> cache = new ConcurrentHashMap<>();

  private record CacheKey(String templateText, Object fixture) {}

  private GoRenderer(Path binary, Path scratch) {
    this.binary = binary;
    this.scratch = scratch;
  }

  /**
   * shared builds the renderer into core/target/go-render once per JVM with the Go binary named by
   * system property tmplpatch.go; a missing Go fails the test, never skips it, because CI would
   * otherwise pass without checking anything.
   */
  public static synchronized GoRenderer shared() {
    if (shared == null) {
      shared = build();
    }
    return shared;
  }

  private static GoRenderer build() {
    String go = System.getProperty("tmplpatch.go", "");
    if (go.isBlank() || go.startsWith("${")) {
      fail("system property tmplpatch.go is not set; run: mvn -o -q -B -pl core -Pconformance test "
          + "-Dtmplpatch.go=$(bash .ci/install-go.sh)");
    }
    if (!Files.isExecutable(Path.of(go))) {
      fail("tmplpatch.go=" + go + " is not an executable Go binary; get one with: bash .ci/install-go.sh");
    }
    Path module = Corpus.moduleDir();
    Path target = module.resolve("target/go-render");
    Path binary = target.resolve("render");
    Path script = module.resolve("src/test/go/build-render.sh");
    try {
      Files.createDirectories(target.resolve("scratch"));
      Process p = new ProcessBuilder("bash", script.toString(), go, binary.toString())
          .directory(module.toFile()).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("building the Go renderer did not finish in 10 minutes");
      }
      if (p.exitValue() != 0) {
        fail("building the Go renderer with " + script + " failed (exit " + p.exitValue() + "):\n" + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("building the Go renderer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the Go renderer", e);
    }
    return new GoRenderer(binary, target.resolve("scratch"));
  }

  /** render renders template text against the chart-default fixture. */
  public RenderedPod render(String templateText) throws RenderFailure {
    return render(templateText, RenderFixture.chartDefaults());
  }

  /**
   * render renders template text against the given fixture; results are remembered, and each
   * caller gets its own copy of the pod tree.
   */
  public RenderedPod render(String templateText, RenderFixture fixture) throws RenderFailure {
    CacheKey key = new CacheKey(templateText, fixture);
    Object cached = cache.get(key);
    if (cached == null) {
      try {
        cached = renderUncached(templateText, fixture);
      } catch (RenderFailure f) {
        cached = f;
      }
      cache.put(key, cached);
    }
    if (cached instanceof RenderFailure f) {
      throw new RenderFailure(f.kind(), f.getMessage());
    }
    RenderedPod pod = (RenderedPod) cached;
    return new RenderedPod(pod.pod().deepCopy(), pod.rendered(), pod.functions());
  }

  private RenderedPod renderUncached(String templateText, RenderFixture fixture) throws RenderFailure {
    try {
      Path file = Files.createTempFile(scratch, "template", ".yaml");
      try {
        Files.writeString(file, templateText, StandardCharsets.UTF_8);
        return render(file, fixture);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** render renders a template file against the given fixture. */
  public RenderedPod render(Path template, RenderFixture fixture) throws RenderFailure {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(),
        "-template", template.toString(),
        "-workload", fixture.workload().toString(),
        "-mesh", fixture.mesh().toString()));
    for (Path values : fixture.values()) {
      cmd.add("-values");
      cmd.add(values.toString());
    }
    JsonNode out = run(cmd, template);
    return new RenderedPod(out.get("pod"), out.get("rendered").asText(), functions(out));
  }

  /**
   * renderGateway renders a Gateway API template (kube-gateway.yaml) as istiod's deployment
   * controller does, against the given fixture; results are remembered, and each caller gets its
   * own copy of the trees. The pod is the Deployment's spec.template (null without a Deployment).
   */
  public RenderedGateway renderGateway(String templateText, GatewayFixture fixture) throws RenderFailure {
    CacheKey key = new CacheKey(templateText, fixture);
    Object cached = cache.get(key);
    if (cached == null) {
      try {
        Path file = Files.createTempFile(scratch, "kube-gateway", ".yaml");
        try {
          Files.writeString(file, templateText, StandardCharsets.UTF_8);
          cached = renderGateway(file, fixture);
        } finally {
          Files.deleteIfExists(file);
        }
      } catch (RenderFailure f) {
        cached = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cache.put(key, cached);
    }
    if (cached instanceof RenderFailure f) {
      throw new RenderFailure(f.kind(), f.getMessage());
    }
    RenderedGateway g = (RenderedGateway) cached;
    RenderedPod pod = g.pod();
    return new RenderedGateway(g.documents().deepCopy(),
        new RenderedPod(pod.pod().deepCopy(), pod.rendered(), pod.functions()));
  }

  /** renderGateway renders a Gateway API template file against the given fixture. */
  public RenderedGateway renderGateway(Path template, GatewayFixture fixture) throws RenderFailure {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(),
        "-kind", "kube-gateway",
        "-template", template.toString(),
        "-gateway", fixture.gateway().toString(),
        "-mesh", fixture.mesh().toString(),
        "-kube-version", Integer.toString(fixture.kubeVersion()),
        "-revision", fixture.revision(),
        "-proxy-uid", Long.toString(fixture.proxyUid()),
        "-proxy-gid", Long.toString(fixture.proxyUid())));
    for (Path values : fixture.values()) {
      cmd.add("-values");
      cmd.add(values.toString());
    }
    JsonNode out = run(cmd, template);
    return new RenderedGateway(out.get("documents"),
        new RenderedPod(out.get("pod"), out.get("rendered").asText(), functions(out)));
  }

  private static List<String> functions(JsonNode out) {
    List<String> functions = new ArrayList<>();
    out.get("functions").forEach(f -> functions.add(f.asText()));
    return functions;
  }

  /** run runs the renderer and returns its JSON output, or throws the template's failure. */
  private JsonNode run(List<String> cmd, Path template) throws RenderFailure {
    try {
      Path err = Files.createTempFile(scratch, "render", ".err");
      try {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        // An empty environment: the template's env function then sees what a default istiod
        // sees (no ENABLE_LEGACY_FSGROUP_INJECTION etc.), whatever the developer's shell holds.
        pb.environment().clear();
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] stdout = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          fail("rendering " + template + " did not finish in 2 minutes");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
        int code = p.exitValue();
        if (code == 0) {
          return JSON.readTree(stdout);
        }
        if (code >= 3 && code <= 5) {
          throw new RenderFailure(RenderFailure.Kind.ofExitCode(code), stderr);
        }
        fail("the Go renderer could not run (exit " + code + "): " + stderr + "\ncommand: " + cmd);
        throw new AssertionError("unreachable");
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("running " + cmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering " + template, e);
    }
  }
}
