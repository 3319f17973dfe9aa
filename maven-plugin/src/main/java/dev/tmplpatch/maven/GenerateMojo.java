package dev.tmplpatch.maven;

import dev.tmplpatch.emit.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * GenerateMojo writes every job's outputs (edited template, Istio patch, ...) atomically and logs
 * one line per file: {@code wrote PATH} or {@code unchanged PATH}; on any error nothing is written.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends TmplpatchMojo {

  /** Skip only tmplpatch:generate. */
  @Parameter(property = "tmplpatch.generate.skip", defaultValue = "false")
  boolean generateSkip;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean goalSkipped() {
    return generateSkip;
  }

  @Override
  void handle(Map<Path, String> outputs) throws MojoExecutionException {
    for (Map.Entry<Path, String> e : outputs.entrySet()) {
      Path file = e.getKey();
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      try {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
          getLog().info("unchanged " + relative(file));
          continue;
        }
        // OutputFile wants the directory to exist; a fresh checkout may not have it yet.
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputFile.writeAtomically(file, bytes);
      } catch (IOException ex) {
        throw new MojoExecutionException("cannot write " + relative(file) + ": " + ex.getMessage(), ex);
      }
      getLog().info("wrote " + relative(file));
    }
  }
}
