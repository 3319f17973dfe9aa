package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kubectl runs the real kubectl in {@code --local} mode (no cluster), so that tests check our
 * patches with the same apimachinery code the cluster uses. It never skips: a machine without
 * kubectl fails the test and says how to install it.
 */
final class Kubectl {
  private Kubectl() {}

  /** Result is what a kubectl run printed and its exit code. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** binary finds kubectl: -Dtmplpatch.kubectl, $TMPLPATCH_KUBECTL, install-kubectl.sh's cache, PATH. */
  static Path binary() {
    List<String> candidates = new ArrayList<>();
    String prop = System.getProperty("tmplpatch.kubectl");
    if (prop != null && !prop.isBlank()) {
      candidates.add(prop);
    }
    String env = System.getenv("TMPLPATCH_KUBECTL");
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    String cache = System.getenv("TMPLPATCH_KUBECTL_CACHE");
    if (cache == null || cache.isBlank()) {
      cache = System.getProperty("user.home") + "/.cache/tmplpatch-kubectl";
    }
    candidates.add(cache + "/root/usr/bin/kubectl");
    String pathVar = System.getenv("PATH");
    if (pathVar != null) {
      for (String dir : pathVar.split(File.pathSeparator)) {
        candidates.add(dir + "/kubectl");
      }
    }
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) {
        return p;
      }
    }
    return fail(
        "kubectl not found (looked at " + candidates + "). These tests need the real kubectl;"
            + " install it with: export TMPLPATCH_KUBECTL=\"$(bash .ci/install-kubectl.sh)\"");
  }

  /** run executes kubectl with the arguments and returns what it printed. */
  static Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary().toString());
    command.addAll(List.of(args));
    return exec(command);
  }

  /** shell runs a POSIX sh script with $KUBECTL set, to test shell quoting for real. */
  static Result shell(String script) {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script);
    pb.environment().put("KUBECTL", binary().toString());
    return exec(pb);
  }

  /** patchLocal applies a patch to a file with kubectl patch --local and returns the YAML. */
  static String patchLocal(Path file, String type, String patch) {
    Result r = run("patch", "--local", "-f", file.toString(), "--type=" + type, "-p", patch, "-o", "yaml");
    assertEquals(0, r.exitCode(), () -> "kubectl failed: " + r.stderr());
    return r.stdout();
  }

  private static Result exec(List<String> command) {
    return exec(new ProcessBuilder(command));
  }

  private static Result exec(ProcessBuilder pb) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("kubectl-test");
      // An empty kubeconfig and a private HOME keep the test away from any real cluster.
      Path config = Files.writeString(tmp.resolve("config"), "");
      pb.environment().put("KUBECONFIG", config.toString());
      pb.environment().put("HOME", tmp.toString());
      Path out = tmp.resolve("out");
      Path err = tmp.resolve("err");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("kubectl did not finish within 2 minutes: " + pb.command());
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: a leftover temp directory must not fail a test that passed.
    }
  }
}
