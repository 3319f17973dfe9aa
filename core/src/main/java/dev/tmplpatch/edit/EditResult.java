package dev.tmplpatch.edit;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * EditResult is what an edit returns: the document before and after, and what the user should
 * know. (What changed is the difference of the two texts; {@code UnifiedDiff} shows it.)
 */
public record EditResult(TemplateDocument before, TemplateDocument document, List<Diagnostic> findings) {

  public EditResult {
    findings = List.copyOf(findings);
  }

  /** unchanged returns a result that changes nothing, with findings saying why. */
  public static EditResult unchanged(TemplateDocument doc, List<Diagnostic> findings) {
    return new EditResult(doc, doc, findings);
  }

  /** changed reports whether the text differs from the input. */
  public boolean changed() {
    return !before.text().equals(document.text());
  }

  /** then makes another edit's change on this result's document and joins the two results. */
  public EditResult then(Edit next) {
    EditResult r = next.change(document);
    List<Diagnostic> f = new ArrayList<>(findings);
    f.addAll(r.findings());
    return new EditResult(before, r.document(), f);
  }
}
