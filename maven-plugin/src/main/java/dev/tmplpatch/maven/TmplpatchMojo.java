package dev.tmplpatch.maven;

import dev.tmplpatch.i18n.Messages;
import java.util.Locale;
import dev.tmplpatch.diag.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * TmplpatchMojo holds what the goals share: the jobs, the skip switch, and the step that turns
 * the configuration into outputs in memory, so that generate and check cannot disagree.
 */
abstract class TmplpatchMojo extends AbstractMojo {

  /**
   * The jobs to run, each a {@code <job>} with a template source (none = the bundled default,
   * {@code <template>}, or {@code <injectorConfigMap>}), edits ({@code <scenario>} or explicit
   * ones) and the outputs to produce ({@code <editedTemplate>}, {@code <istioPatch>},
   * {@code <gatewayOptions>}, {@code <installBundle>}).
   */
  @Parameter
  List<Job> jobs;

  /** Skip every tmplpatch goal. */
  @Parameter(property = "tmplpatch.skip", defaultValue = "false")
  boolean skip;

  /**
   * The language of the plugin's findings and failures: {@code zh} or {@code en}; without it the
   * locale decides (LC_ALL, LC_MESSAGES, LANG, else the JVM's default locale).
   */
  @Parameter(property = "tmplpatch.lang")
  String lang;

  /** The project directory that relative paths resolve against. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** goal names the goal in log lines, e.g. {@code check}. */
  abstract String goal();

  /** goalSkipped tells whether the goal's own skip switch is on. */
  abstract boolean goalSkipped();

  /** handle writes or compares the generated outputs. */
  abstract void handle(Map<Path, String> outputs) throws MojoExecutionException, MojoFailureException;

  /** messages are the build's language: {@code <lang>}, else the locale. */
  Messages messages() throws MojoExecutionException {
    try {
      return Messages.of(Messages.resolve(lang, System.getenv(), Locale.getDefault()));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(Messages.english().get("maven.lang.unknown", lang));
    }
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Messages messages = messages();
    if (skip || goalSkipped()) {
      getLog().info(messages.get("maven.skipped", goal(), skip ? "tmplpatch.skip" : "tmplpatch." + goal() + ".skip"));
      return;
    }
    this.messages = messages;
    List<JobSpec> specs;
    try {
      specs = specs();
    } catch (ConfigurationFailure e) {
      throw new MojoExecutionException(e.getCause().message(messages), e.getCause());
    }
    Map<Path, String> outputs = new LinkedHashMap<>();
    for (JobSpec spec : specs) {
      try {
        outputs.putAll(JobRunner.outputs(spec, this::report));
      } catch (JobFailedException e) {
        // The message already says file:line:col, what and a hint; a chained cause would repeat it.
        throw new MojoFailureException(e.message(messages));
      }
    }
    handle(outputs);
  }

  /** report logs an edit's finding at its own level, as the tmplpatch command prints it. */
  void report(Diagnostic finding) {
    Messages m = messages == null ? Messages.english() : messages;
    switch (finding.severity()) {
      case INFO -> getLog().info(finding.format(m));
      case WARNING -> getLog().warn(finding.format(m));
      case ERROR -> getLog().error(finding.format(m));
    }
  }

  private Messages messages;

  // ConfigurationFailure carries a JobConfigurationException out of specs() to be worded in the build's language.
  private static final class ConfigurationFailure extends MojoExecutionException {
    private static final long serialVersionUID = 1L;

    ConfigurationFailure(JobConfigurationException e) {
      super(e.getMessage(), e);
    }

    @Override
    public synchronized JobConfigurationException getCause() {
      return (JobConfigurationException) super.getCause();
    }
  }

  /** specs checks the whole configuration before anything is read or written. */
  List<JobSpec> specs() throws MojoExecutionException {
    if (jobs == null || jobs.isEmpty()) {
      throw new MojoExecutionException("jobs: no <job> configured; accepts <jobs><job>...</job></jobs> with at least"
          + " one output, e.g. <job><editedTemplate>istio/gateway.yaml</editedTemplate></job>");
    }
    Path base = basedir.toPath().toAbsolutePath();
    List<JobSpec> specs = new ArrayList<>();
    Map<Path, String> owners = new LinkedHashMap<>();
    for (int i = 0; i < jobs.size(); i++) {
      JobSpec spec;
      try {
        spec = JobSpec.of(jobs.get(i), i, base);
      } catch (JobConfigurationException e) {
        throw new ConfigurationFailure(e);
      }
      for (Map.Entry<JobSpec.Output, Path> e : spec.outputs().entrySet()) {
        String owner = spec.where() + "." + e.getKey().parameter;
        String before = owners.putIfAbsent(e.getValue(), owner);
        if (before != null) {
          throw new MojoExecutionException(owner + ": " + relative(e.getValue()) + " is already written by " + before
              + "; accepts a path no other output uses");
        }
      }
      specs.add(spec);
    }
    return specs;
  }

  /** relative names a file relative to the project directory, with '/' on every system. */
  String relative(Path file) {
    return JobSpec.shown(basedir.toPath().toAbsolutePath(), file);
  }
}
