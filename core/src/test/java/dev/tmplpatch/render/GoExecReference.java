package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GoExecReference builds core/src/test/go/execfuzz (builtins and the test functions) or
 * core/src/test/go/helmrender (sprig's functions) with the Go of -Dtmplpatch.go and runs many
 * (template, data) cases through it in one process.
 */
final class GoExecReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Result is Go's verdict: kind ok, parse or exec; the output; the error text. */
  record Result(String kind, String output, String error) {
  }

  private final Path binary;

  private GoExecReference(Path binary) {
    this.binary = binary;
  }

  static GoExecReference build() throws IOException, InterruptedException {
    return build("execfuzz");
  }

  /** buildHelm builds helmrender: templates named by the case, sprig.TxtFuncMap(). */
  static GoExecReference buildHelm() throws IOException, InterruptedException {
    return build("helmrender");
  }

  private static GoExecReference build(String program) throws IOException, InterruptedException {
    String go = System.getProperty("tmplpatch.go", "");
    if (go.isBlank() || go.startsWith("${")) {
      fail("system property tmplpatch.go is not set; run: mvn -B -pl core -am -Pconformance test "
          + "-Dtmplpatch.go=$(bash .ci/install-go.sh)");
    }
    Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    Path script = basedir.resolve("src/test/go/build-" + program + ".sh");
    Path out = basedir.resolve("target/" + program + "/" + program);
    Process p = new ProcessBuilder("bash", script.toString(), go, out.toString())
        .directory(basedir.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      fail("building " + program + " failed:\n" + log);
    }
    return new GoExecReference(out);
  }

  List<Result> run(List<TemplateFuzzGenerator.Case> cases) throws IOException, InterruptedException {
    List<ObjectNode> requests = new ArrayList<>(cases.size());
    for (TemplateFuzzGenerator.Case c : cases) {
      ObjectNode o = JSON.createObjectNode();
      o.put("t", c.template());
      o.put("d", c.data());
      o.put("s", c.typed());
      requests.add(o);
    }
    return runRequests(requests);
  }

  /** runRequests sends the JSON requests, one a line, and reads one Result per request. */
  List<Result> runRequests(List<ObjectNode> cases) throws IOException, InterruptedException {
    Path in = Files.createTempFile("execfuzz", ".in");
    Path out = Files.createTempFile("execfuzz", ".out");
    Path err = Files.createTempFile("execfuzz", ".err");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
        for (ObjectNode o : cases) {
          w.write(JSON.writeValueAsString(o));
          w.write('\n');
        }
      }
      Process p = new ProcessBuilder(binary.toString()).redirectInput(in.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(binary.getFileName() + " did not finish in 10 minutes");
      }
      if (p.exitValue() != 0) {
        fail(binary.getFileName() + " failed with exit " + p.exitValue() + ":\n"
            + Files.readString(err));
      }
      List<Result> results = new ArrayList<>(cases.size());
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        JsonNode n = JSON.readTree(line);
        results.add(new Result(n.get("k").asText(), n.get("o").asText(), n.get("e").asText()));
      }
      if (results.size() != cases.size()) {
        fail(binary.getFileName() + " answered " + results.size() + " of " + cases.size() + " cases");
      }
      return results;
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
