package dev.tmplpatch.conformance;

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

/**
 * GoReference builds and runs the Go program core/src/test/go/parsereport, which prints Go 1.24's
 * own view of template files in the schema of {@code tmplpatch parse --json}.
 */
final class GoReference {
  private static final int BATCH = 400;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path binary;

  private GoReference(Path binary) {
    this.binary = binary;
  }

  /**
   * build compiles the program with the Go binary named by system property tmplpatch.go; a
   * missing Go is a failure, never a skip, because CI would otherwise pass without checking.
   */
  static GoReference build() throws IOException, InterruptedException {
    String go = System.getProperty("tmplpatch.go", "");
    if (go.isBlank() || go.startsWith("${")) {
      fail("system property tmplpatch.go is not set; run: mvn -B -pl core -Pconformance test "
          + "-Dtmplpatch.go=$(bash .ci/install-go.sh)");
    }
    if (!Files.isExecutable(Path.of(go))) {
      fail("tmplpatch.go=" + go + " is not an executable Go binary; get one with bash .ci/install-go.sh");
    }
    Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    Path script = basedir.resolve("src/test/go/build-parsereport.sh");
    Path out = basedir.resolve("target/parsereport/parsereport");
    run(List.of("bash", script.toString(), go, out.toString()), basedir, "building " + script);
    return new GoReference(out);
  }

  /** report returns Go's entry for each file (named by base name), in the order given. */
  List<JsonNode> report(List<Path> files) throws IOException, InterruptedException {
    return report(files, null);
  }

  /** report returns Go's entry for each file, all named {@code name} when it is not null. */
  List<JsonNode> report(List<Path> files, String name) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i += BATCH) {
      List<String> cmd = new ArrayList<>();
      cmd.add(binary.toString());
      if (name != null) {
        cmd.add("-name");
        cmd.add(name);
      }
      for (Path p : files.subList(i, Math.min(files.size(), i + BATCH))) {
        cmd.add(p.toString());
      }
      String stdout = run(cmd, binary.getParent(), "running " + binary);
      JSON.readTree(stdout).get("files").forEach(out::add);
    }
    if (out.size() != files.size()) {
      fail("Go reported " + out.size() + " files for " + files.size() + " inputs");
    }
    return out;
  }

  private static String run(List<String> cmd, Path dir, String what) throws IOException, InterruptedException {
    Path err = Files.createTempFile("go-reference", ".err");
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      byte[] stdout = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(what + " did not finish in 10 minutes");
      }
      if (p.exitValue() != 0) {
        fail(what + " failed with exit " + p.exitValue() + ":\n" + Files.readString(err));
      }
      return new String(stdout, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
