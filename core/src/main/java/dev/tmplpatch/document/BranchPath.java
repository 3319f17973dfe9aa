package dev.tmplpatch.document;

import dev.tmplpatch.gotemplate.ControlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * BranchPath is where a position lies in the control tree: the chosen branch of every enclosing
 * if / range / with / define / block, outermost first. The empty path is the top level.
 */
public record BranchPath(List<Step> steps) {

  /** Step is one enclosing control node and the index of the branch taken in it. */
  public record Step(ControlNode node, int branch, Label label) {}

  /**
   * Label names a branch in the user's words, e.g. "else-branch of `if .X`"; it is built only
   * when asked for, because loading a document must stay fast and most labels are never shown.
   */
  public static final class Label {
    private final Supplier<String> make;
    private String text;

    Label(Supplier<String> make) {
      this.make = make;
    }

    @Override
    public synchronized String toString() {
      if (text == null) {
        text = make.get();
      }
      return text;
    }
  }

  /** TOP is the path of text outside every control structure. */
  public static final BranchPath TOP = new BranchPath(List.of());

  public BranchPath {
    steps = List.copyOf(steps);
  }

  /** child returns this path extended by one step. */
  public BranchPath child(ControlNode node, int branch, Label label) {
    List<Step> s = new ArrayList<>(steps);
    s.add(new Step(node, branch, label));
    return new BranchPath(s);
  }

  /** isTop reports whether the path has no enclosing control structure. */
  public boolean isTop() {
    return steps.isEmpty();
  }

  /**
   * excludes reports whether this path and the other can never both be rendered: they take
   * different branches of the same control node.
   */
  public boolean excludes(BranchPath other) {
    int n = Math.min(steps.size(), other.steps.size());
    for (int i = 0; i < n; i++) {
      Step a = steps.get(i);
      Step b = other.steps.get(i);
      if (a.node() != b.node()) {
        return false;
      }
      if (a.branch() != b.branch()) {
        return true;
      }
    }
    return false;
  }

  /** describe names the innermost branch in the user's words, e.g. "else-branch of `if .X`". */
  public String describe() {
    return steps.isEmpty() ? "top level" : steps.get(steps.size() - 1).label().toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
