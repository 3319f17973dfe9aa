package dev.tmplpatch.edit;

import java.util.List;

/**
 * Change is one contiguous replacement of lines made by an edit.
 *
 * @param firstLine first original line replaced (1-based); for a pure insertion, the line after
 *     which the new lines went, plus one
 * @param before the original lines replaced (without endings); empty for an insertion
 * @param after the new lines (without endings); empty for a removal
 * @param summary what the change does, e.g. "set spec.securityContext.sysctls to []"
 */
public record Change(int firstLine, List<String> before, List<String> after, String summary) {
  public Change {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** lastLine returns the last original line replaced, or firstLine - 1 for an insertion. */
  public int lastLine() {
    return firstLine + before.size() - 1;
  }
}
