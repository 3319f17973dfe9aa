package dev.tmplpatch.maven;

import dev.tmplpatch.emit.ValueDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * CheckMojo regenerates every job's outputs in memory and fails the build when a committed file
 * is missing or differs, printing a unified diff (committed = a/, generated = b/) for each.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends TmplpatchMojo {

  /** A diff longer than this is cut, so one rewritten file does not bury the rest of the log. */
  static final int MAX_DIFF_LINES = 200;

  /** Skip only tmplpatch:check. */
  @Parameter(property = "tmplpatch.check.skip", defaultValue = "false")
  boolean checkSkip;

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean goalSkipped() {
    return checkSkip;
  }

  @Override
  void handle(Map<Path, String> outputs) throws MojoExecutionException, MojoFailureException {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> e : outputs.entrySet()) {
      String name = relative(e.getKey());
      String problem = problem(e.getKey(), name, e.getValue());
      if (problem != null) {
        getLog().error(problem);
        stale.add(name);
      }
    }
    if (stale.isEmpty()) {
      getLog().info("tmplpatch:check: " + outputs.size() + (outputs.size() == 1 ? " generated file is" : " generated files are")
          + " up to date");
      return;
    }
    String message = stale.size() + " of " + outputs.size() + " generated files are not what tmplpatch generates now ("
        + String.join(", ", stale) + "); run mvn tmplpatch:generate to update";
    getLog().error(message);
    throw new MojoFailureException(message);
  }

  /** problem describes how the committed file differs from the generated text, or null when it is the same. */
  private static String problem(Path file, String name, String generated) throws MojoExecutionException {
    if (!Files.exists(file)) {
      return name + ": missing; tmplpatch:generate writes it";
    }
    byte[] committed;
    try {
      committed = Files.readAllBytes(file);
    } catch (IOException ex) {
      throw new MojoExecutionException("cannot read " + name + ": " + ex.getMessage(), ex);
    }
    if (Arrays.equals(committed, generated.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    String text = new String(committed, StandardCharsets.UTF_8);
    return truncate(ValueDiff.describe(name, text, generated, "committed", "generated"));
  }

  static String truncate(String diff) {
    List<String> lines = diff.lines().toList();
    String shown = String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_DIFF_LINES)));
    if (lines.size() > MAX_DIFF_LINES) {
      shown += "\n... " + (lines.size() - MAX_DIFF_LINES) + " more diff lines not shown";
    }
    return shown;
  }
}
