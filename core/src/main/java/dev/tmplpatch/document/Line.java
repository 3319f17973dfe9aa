package dev.tmplpatch.document;

import java.util.List;

/**
 * Line is one line of a template: where it is, how it ends, what it holds and which branch of the
 * control tree it lies in.
 *
 * @param number 1-based line number, counted by {@code \n} like Go
 * @param start index of the first character
 * @param contentEnd index after the last character before the ending
 * @param ending how the line ends
 * @param indent number of leading spaces
 * @param kind what the line holds
 * @param actions indexes into {@link TemplateDocument#actions()} of every action or comment that
 *     overlaps the line, in source order
 * @param branch the branch the start of the line lies in
 */
public record Line(
    int number,
    int start,
    int contentEnd,
    LineEnding ending,
    int indent,
    LineKind kind,
    List<Integer> actions,
    BranchPath branch) {

  public Line {
    actions = List.copyOf(actions);
  }

  /** end returns the index after the line's ending. */
  public int end() {
    return contentEnd + ending.text().length();
  }

  /** content returns the line without its ending. */
  public String content(String text) {
    return text.substring(start, contentEnd);
  }
}
