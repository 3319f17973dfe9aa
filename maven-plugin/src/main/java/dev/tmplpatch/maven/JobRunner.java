package dev.tmplpatch.maven;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.job.JobException;
import dev.tmplpatch.job.JobResult;
import dev.tmplpatch.job.TemplateSource;
import dev.tmplpatch.source.InputException;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Rebase;
import dev.tmplpatch.upgrade.Upstream;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.render.ExecException;
import dev.tmplpatch.render.IstiodData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;


/**
 * JobRunner produces the outputs of one job in memory, keyed by absolute path, by running the
 * job's request with the application's runner ({@link dev.tmplpatch.job.JobRunner}), the one the
 * {@code tmplpatch} command runs; the goals only decide whether to write them (generate) or
 * compare them (check).
 */
final class JobRunner {

  private JobRunner() {}

  /** outputs regenerates every output of the job, in the order of {@link JobSpec.Output}; findings go to the consumer. */
  static Map<Path, String> outputs(JobSpec job, Consumer<Diagnostic> findings) throws JobFailedException {
    try {
      dev.tmplpatch.job.JobRunner.Input in = dev.tmplpatch.job.JobRunner.read(job.request());
      String source = upgraded(job, in.text(), findings);
      JobResult result = dev.tmplpatch.job.JobRunner.edit(job.request(),
          new dev.tmplpatch.job.JobRunner.Input(in.name(), source), findings);
      Map<Path, String> out = new LinkedHashMap<>();
      for (Map.Entry<JobSpec.Output, Path> e : job.outputs().entrySet()) {
        String text = switch (e.getKey()) {
          case EDITED_TEMPLATE -> result.edited();
          case ISTIO_PATCH -> result.istioPatch(IstioMergePatch.DEFAULT_ISTIO_NAME).json();
          case GATEWAY_OPTIONS -> gatewayOptions(job);
          case INSTALL_BUNDLE -> installBundle(job);
          case RENDERED_POD -> renderedPod(job, result.edited());
          case REBASED_TEMPLATE -> source;
        };
        out.put(e.getValue(), text);
      }
      return out;
    } catch (JobException e) {
      // The message says file:line:col, what and a hint, as the tmplpatch command prints it.
      throw new JobFailedException(e.diagnostic(), e);
    } catch (InputException | IllegalArgumentException e) {
      // The emitters validate names again; JobSpec should have caught these, so say which job.
      throw new JobFailedException(job.where() + ": " + e.getMessage(), e);
    }
  }

  /**
   * upgraded returns the customised template rebased onto {@code <istioVersion>} when it is based
   * on another release (saying so as a warning), the text as it is otherwise. A conflict fails the
   * job with each conflict and both sides.
   */
  static String upgraded(JobSpec job, String text, Consumer<Diagnostic> findings) throws JobFailedException {
    if (job.upgrade() == null || job.source().kind() != TemplateSource.Kind.FILE) {
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

  /**
   * renderedPod renders the edited template as istiod injects it (the functions of
   * {@code <istioVersion>}, else of the newest release); a template Go cannot execute fails the job
   * with Go's own error text.
   */
  private static String renderedPod(JobSpec job, String edited) throws JobFailedException {
    String parameter = job.where() + ".renderedPod";
    try {
      IstiodData.Source pod = job.render().pod() == null ? null : readSource(job.render().pod(), parameter);
      List<IstiodData.Source> values = new ArrayList<>();
      for (Path v : job.render().values()) {
        values.add(readSource(v, parameter));
      }
      String istio = job.upgrade() == null ? null : job.upgrade().target().release();
      return IstiodData.renderInjection(edited, istio, pod, values, null, IstiodData.SidecarOptions.defaults());
    } catch (ExecException | IstiodData.InputException e) {
      throw new JobFailedException(parameter + ": " + e.getMessage(), e);
    } catch (TemplateSyntaxException e) {
      throw new JobFailedException(parameter + ": " + e.getMessage(), e);
    }
  }

  private static IstiodData.Source readSource(Path file, String parameter) throws JobFailedException {
    try {
      return new IstiodData.Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new JobFailedException(parameter + ": cannot read " + file + ": " + e, e);
    }
  }

  private static Upstream upstream(ReleaseTemplate t) {
    return new Upstream("Istio " + t.release() + " " + t.file(), t.text());
  }

  private static String gatewayOptions(JobSpec job) {
    JobSpec.GatewayOptions o = job.gatewayOptions();
    return job.request().gatewayOptions(o.namespace(), o.name(), o.gatewayName()).yaml();
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
}
