package dev.tmplpatch.job;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.source.InputException;

/**
 * JobResult is a run's template before and after its edits, and the outputs made from them.
 *
 * @param request what was asked
 * @param input the template as read
 * @param edited the edited template text (the input's text when there was nothing to do)
 */
public record JobResult(JobRequest request, JobRunner.Input input, String edited) {

  /** istioPatch is the merge patch that installs the edited template into the named Istio resource. */
  public IstioMergePatch istioPatch(String istioName) {
    try {
      return IstioMergePatch.of(istioName, request.templateName(), edited);
    } catch (InputException e) {
      Diagnostic d = e.diagnostic();
      throw JobException.input(d.file() == null ? d.withFile(input.name()) : d, e);
    }
  }
}
