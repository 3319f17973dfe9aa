package dev.tmplpatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * InjectorConfigMapGoConformanceTest proves the committed expectations of
 * {@link InjectorConfigMapAsGoReadsItTest} with real Go: it builds core/src/test/go/configmap
 * (sigs.k8s.io/yaml, as istiod reads data.config) and compares its output for every dump in
 * testdata/injector-configmap with expected.json and with what we read.
 */
@Tag("conformance")
class InjectorConfigMapGoConformanceTest {

  @Test
  void goReadsEveryDumpAsTheFixturesSayAndAsWeDo() throws Exception {
    String go = System.getProperty("tmplpatch.go", "");
    if (go.isBlank() || go.startsWith("${")) {
      fail("system property tmplpatch.go is not set; run with -Dtmplpatch.go=$(bash .ci/install-go.sh)");
    }
    Path module = Path.of(System.getProperty("tmplpatch.root")).resolve("core");
    Path binary = module.resolve("target/go-configmap/configmap");
    Files.createDirectories(binary.getParent());
    ProcessBuilder build = new ProcessBuilder(go, "build", "-o", binary.toString(), ".")
        .directory(module.resolve("src/test/go/configmap").toFile())
        .redirectErrorStream(true);
    build.environment().putAll(java.util.Map.of("GO111MODULE", "off", "GOPATH", "/usr/share/gocode",
        "GOTOOLCHAIN", "local", "GOPROXY", "off", "GOFLAGS", "", "CGO_ENABLED", "0"));
    assertEquals(0, run(build), "go build");
    Path dir = InjectorConfigMapAsGoReadsItTest.dir();
    List<String> cmd = new ArrayList<>(List.of(binary.toString()));
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().forEach(cmd::add);
    }
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor());
    ObjectMapper json = new ObjectMapper();
    JsonNode fromGo = json.readTree(out);
    assertEquals(json.readTree(dir.resolve("expected.json").toFile()), fromGo,
        "expected.json is not what Go prints now; regenerate it (see testdata/injector-configmap/README.md)");
    for (String file : cmd.subList(1, cmd.size())) {
      String yaml = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      assertEquals(fromGo.get(file).get("templates"),
          json.valueToTree(InjectorConfigMap.parse(file, yaml).templates()), file);
    }
  }

  private static int run(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out");
    }
    if (p.exitValue() != 0) {
      System.err.println(out);
    }
    return p.exitValue();
  }
}
