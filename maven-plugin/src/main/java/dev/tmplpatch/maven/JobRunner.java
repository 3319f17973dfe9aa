package dev.tmplpatch.maven;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.source.InputException;
import dev.tmplpatch.emit.GatewayOptionsConfigMap;
import dev.tmplpatch.source.InjectorConfigMap;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.source.SourceCheck;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Rebase;
import dev.tmplpatch.upgrade.Upstream;
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
  static Map<Path, String> outputs(JobSpec job, Consumer<Diagnostic> findings) throws JobFailedException {
    try {
      String source = upgraded(job, template(job), findings);
      String edited = edit(job, source, findings);
      Map<Path, String> out = new LinkedHashMap<>();
      for (Map.Entry<JobSpec.Output, Path> e : job.outputs().entrySet()) {
        String text = switch (e.getKey()) {
          case EDITED_TEMPLATE -> edited;
          case ISTIO_PATCH -> IstioMergePatch.of(IstioMergePatch.DEFAULT_ISTIO_NAME, job.templateName(), edited).json();
          case GATEWAY_OPTIONS -> gatewayOptions(job);
          case INSTALL_BUNDLE -> installBundle(job);
          case REBASED_TEMPLATE -> source;
        };
        out.put(e.getValue(), text);
      }
      return out;
    } catch (InputException | IllegalArgumentException e) {
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
        case RELEASE -> job.upgrade().target().text();
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
   * upgraded returns the customised template rebased onto {@code <istioVersion>} when it is based
   * on another release (saying so as a warning), the text as it is otherwise. A conflict fails the
   * job with each conflict and both sides.
   */
  static String upgraded(JobSpec job, String text, Consumer<Diagnostic> findings) throws JobFailedException {
    if (job.upgrade() == null || job.source().kind() != JobSpec.TemplateSource.Kind.TEMPLATE_FILE) {
      return text;
    }
    ReleaseTemplate target = job.upgrade().target();
    ReleaseTemplate from = job.upgrade().rebaseFrom();
    String name = job.source().name();
    BaseMatch base;
    if (from != null) {
      base = Rebase.recognise(text, upstream(from));
    } else {
      base = Rebase.detect(text, Releases.of(target.file()).stream().map(JobRunner::upstream).toList()).get(0);
    }
    if (base.upstream().text().equals(target.text())) {
      return text;
    }
    findings.accept(Diagnostic.warning("istio-version", name, 0, "based on " + base.describe() + ", not on Istio "
        + target.release() + "; tmplpatch:generate rebases it", "run mvn tmplpatch:generate and review the change"));
    Rebase.Outcome outcome;
    try {
      outcome = Rebase.rebase(name, text, base, upstream(target));
    } catch (EditException e) {
      throw new JobFailedException(job.where() + ".istioVersion: " + base.edits().describe() + " cannot be made on Istio "
          + target.release() + ": " + e.describe(), e);
    }
    if (!outcome.clean()) {
      StringBuilder b = new StringBuilder(job.where() + ".istioVersion: " + name + " cannot be rebased onto Istio "
          + target.release() + ": " + outcome.conflicts().size() + " conflicting change(s); resolve them in " + name
          + " (or set <rebaseFrom>) and build again\n");
      outcome.conflicts().forEach(c -> b.append(c.describe(name, outcome.baseLabel(), outcome.theirsLabel())));
      throw new JobFailedException(b.toString().stripTrailing(), null);
    }
    return outcome.text();
  }

  private static Upstream upstream(ReleaseTemplate t) {
    return new Upstream("Istio " + t.release() + " " + t.file(), t.text());
  }

  /**
   * edit loads the template as Go would, even without edits, so that a template istiod would
   * silently ignore fails the build, and applies the job's recipe.
   */
  static String edit(JobSpec job, String template, Consumer<Diagnostic> findings) throws JobFailedException {
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
            .filter(f -> f.severity() == Diagnostic.Severity.ERROR)
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
    } catch (InputException e) {
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
