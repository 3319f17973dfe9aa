package dev.tmplpatch.gotemplate;

import java.util.List;

/**
 * Branch is one body of a control structure: the text between its header action and the next
 * else / end of the same structure.
 *
 * <p>{@code header} indexes {@link ParsedTemplate#actions()} (-1 for the root branch);
 * {@code start}/{@code end} are the char range of the body; {@code children} are the control
 * structures nested directly in the body, in source order.
 */
public record Branch(int header, int start, int end, List<ControlNode> children) {

  /** Branch copies the children so the branch stays immutable. */
  public Branch {
    children = List.copyOf(children);
  }
}
