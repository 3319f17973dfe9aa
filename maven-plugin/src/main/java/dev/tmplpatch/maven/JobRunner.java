package dev.tmplpatch.maven;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.emit.EmitException;
import dev.tmplpatch.emit.GatewayOptionsConfigMap;
import dev.tmplpatch.emit.InjectorConfigMap;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.lint.Finding;
import dev.tmplpatch.source.SourceCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JobRunner produces the outputs of one job in memory, keyed by absolute path, with the same
 * library calls as the {@code tmplpatch} command; the goals only decide whether to write them
 * (generate) or compare them (check).
 */
final class JobRunner {

  /** BUNDLED_TEMPLATE is the bundled default template's resource, from tmplpatch-templates. */
  static final String BUNDLED_TEMPLATE = "dev/tmplpatch/templates/gateway-injection-template.yaml";

  private JobRunner() {}

  /** outputs regenerates every output of the job, in the order of {@link JobSpec.Output}; findings go to the consumer. */
  static Map<Path, String> outputs(JobSpec job, Consumer<Finding> findings) throws JobFailedException {
    try {
      String edited = edit(job, template(job), findings);
      Map<Path, String> out = new LinkedHashMap<>();
      for (Map.Entry<JobSpec.Output, Path> e : job.outputs().entrySet()) {
        String text = switch (e.getKey()) {
          case EDITED_TEMPLATE -> edited;
          case ISTIO_PATCH -> IstioMergePatch.of(IstioMergePatch.DEFAULT_ISTIO_NAME, job.templateName(), edited).json();
          case GATEWAY_OPTIONS -> gatewayOptions(job);
          case INSTALL_BUNDLE -> installBundle(job);
        };
        out.put(e.getValue(), text);
      }
      return out;
    } catch (EmitException | IllegalArgumentException e) {
      // The emitters validate names again; JobSpec should have caught these, so say which job.
      throw new JobFailedException(job.where() + ": " + e.getMessage(), e);
    }
  }

  /** template reads the job's template text, byte-exact, from the bundled default, a file, or a ConfigMap dump. */
  static String template(JobSpec job) throws JobFailedException {
    JobSpec.TemplateSource source = job.source();
    try {
      return switch (source.kind()) {
        case BUNDLED -> TemplateDocument.decode(source.name(), bundled());
        case TEMPLATE_FILE -> TemplateDocument.decode(source.name(), read(source.file(), source.name()));
        case INJECTOR_CONFIGMAP -> InjectorConfigMap
            .parse(source.name(), TemplateDocument.decode(source.name(), read(source.file(), source.name())))
            .template(job.templateName());
      };
    } catch (TemplateSyntaxException e) {
      throw located(e);
    }
  }

  /**
   * edit loads the template as Go would, even without edits, so that a template istiod would
   * silently ignore fails the build, and applies the job's recipe.
   */
  static String edit(JobSpec job, String template, Consumer<Finding> findings) throws JobFailedException {
    String name = job.source().kind() == JobSpec.TemplateSource.Kind.INJECTOR_CONFIGMAP
        ? job.source().name() + " (templates." + job.templateName() + ")"
        : job.source().name();
    try {
      TemplateDocument doc = TemplateDocument.load(name, template);
      EditResult result = job.recipe() == null ? EditResult.unchanged(doc, List.of()) : job.recipe().apply(doc);
      result.findings().forEach(findings);
      if (job.recipe() != null) {
        // Like tmplpatch edit: an ERROR finding about the result refuses it unless accepted.
        dev.tmplpatch.lint.TemplateLint.checkResult(doc, result.document(), job.accepted()).stream()
            .filter(f -> f.severity() == Finding.Severity.ERROR)
            .forEach(findings);
      }
      return result.document().text();
    } catch (TemplateSyntaxException e) {
      throw located(e);
    } catch (EditException e) {
      throw new JobFailedException(e.describe(), e);
    }
  }

  private static String gatewayOptions(JobSpec job) {
    JobSpec.GatewayOptions o = job.gatewayOptions();
    GatewayOptionsConfigMap cm = GatewayOptionsConfigMap.of(o.namespace(), job.scenario(), job.allowRoot())
        .withName(o.name());
    if (o.gatewayName() != null) {
      cm = cm.withGateway(o.gatewayName());
    }
    return cm.yaml();
  }

  /**
   * installBundle renders the gateway install manifests; an error in a user's skeleton is reported
   * like a template error, by file:line:col, because the fix is in that file.
   */
  private static String installBundle(JobSpec job) throws JobFailedException {
    try {
      return job.installBundle().yaml();
    } catch (EmitException e) {
      throw new JobFailedException(job.installBundle().skeletons() == null
          ? job.where() + ".installBundle: " + e.getMessage() : e.getMessage(), e);
    }
  }

  /** located reports a template error as file:line:col, Go's message and the hint. */
  private static JobFailedException located(TemplateSyntaxException e) {
    String where = e.templateName() + (e.line() > 0 ? ":" + e.line() + ":" + Math.max(1, e.column()) : "");
    String hint = e.hint().isEmpty()
        ? "istiod ignores a template that does not parse and keeps its old one" : e.hint();
    return new JobFailedException(where + ": " + e.goMessage() + " (hint: " + hint + ")", e);
  }

  private static byte[] read(Path file, String name) throws JobFailedException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new JobFailedException(file + ": cannot read: " + e.getMessage(), e);
    }
    // Binary data and UTF-16/32 are named, as the CLI names them, rather than misread.
    java.util.Optional<SourceCheck.Problem> problem = SourceCheck.encoding(bytes);
    if (problem.isPresent()) {
      throw new JobFailedException(problem.get().format(name));
    }
    return bytes;
  }

  private static byte[] bundled() {
    try (InputStream in = JobRunner.class.getClassLoader().getResourceAsStream(BUNDLED_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled template " + BUNDLED_TEMPLATE + " is missing from the plugin");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
