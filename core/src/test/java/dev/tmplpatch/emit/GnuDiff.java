package dev.tmplpatch.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GnuDiff runs the real diff and patch programs, so our output is checked against theirs. */
final class GnuDiff {
  private final Path dir;

  GnuDiff(Path dir) {
    this.dir = dir;
  }

  /** unified runs diff -u with a/NAME and b/NAME labels and returns its output. */
  String unified(String oldText, String newText, String... options) throws IOException, InterruptedException {
    Path a = write("old", oldText);
    Path b = write("new", newText);
    // GNU diff keeps the largest context asked for, so -U N replaces -u rather than joining it.
    boolean ownContext = List.of(options).contains("-U");
    var cmd = new java.util.ArrayList<>(List.of("diff", ownContext ? "--label" : "-u"));
    if (!ownContext) {
      cmd.add("--label");
    }
    cmd.addAll(List.of("a/x", "--label", "b/x"));
    cmd.addAll(List.of(options));
    cmd.add(a.toString());
    cmd.add(b.toString());
    Result r = run(cmd);
    if (r.code() > 1) {
      throw new IllegalStateException("diff failed: " + r.out());
    }
    return r.out();
  }

  /** patch applies a unified diff to the old text with GNU patch, without fuzz, and returns the result. */
  String patch(String oldText, String diff) throws IOException, InterruptedException {
    Path a = write("target", oldText);
    Path p = write("change.patch", diff);
    Path out = dir.resolve("patched");
    Files.deleteIfExists(out);
    Result r = run(List.of("patch", "--binary", "--silent", "--fuzz=0", "--force", "-o", out.toString(),
        "-i", p.toString(), a.toString()));
    if (r.code() != 0) {
      throw new AssertionError("patch failed (" + r.code() + "): " + r.out() + "\n" + diff);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private record Result(int code, String out) {}

  private static Result run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + cmd);
    }
    return new Result(p.exitValue(), out);
  }
}
