package dev.tmplpatch.gotemplate;

import java.util.List;

/**
 * ControlNode is a control structure (if, range, with, define, block) or the template root.
 *
 * <p>{@code open} and {@code end} index {@link ParsedTemplate#actions()} (the opening action and
 * its {@code {{end}}}; -1 for ROOT). Else-if and else-with chains are flattened: one IF node with
 * one branch per header, closed by the single {@code {{end}}}.
 */
public record ControlNode(Type type, int open, List<Branch> branches, int end) {

  /** Type tells which keyword opened the structure. */
  public enum Type { ROOT, IF, RANGE, WITH, DEFINE, BLOCK }

  /** ControlNode copies the branch list so the node stays immutable. */
  public ControlNode {
    branches = List.copyOf(branches);
  }
}
