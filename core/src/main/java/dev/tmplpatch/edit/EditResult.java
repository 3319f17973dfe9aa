package dev.tmplpatch.edit;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.lint.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * EditResult is what an edit returns: the new document, the changes it made to the old one and
 * what the user should know.
 */
public record EditResult(
    TemplateDocument before, TemplateDocument document, List<Change> changes, List<Finding> findings) {

  public EditResult {
    changes = List.copyOf(changes);
    findings = List.copyOf(findings);
  }

  /** unchanged returns a result that changes nothing, with findings saying why. */
  public static EditResult unchanged(TemplateDocument doc, List<Finding> findings) {
    return new EditResult(doc, doc, List.of(), findings);
  }

  /** changed reports whether the text differs from the input. */
  public boolean changed() {
    return !before.text().equals(document.text());
  }

  /** then makes another edit's change on this result's document and joins the two results. */
  public EditResult then(Edit next) {
    EditResult r = next.change(document);
    List<Change> c = new ArrayList<>(changes);
    c.addAll(r.changes());
    List<Finding> f = new ArrayList<>(findings);
    f.addAll(r.findings());
    return new EditResult(before, r.document(), c, f);
  }
}
