package dev.tmplpatch.document;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

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
 * @param firstAction index into {@link TemplateDocument#actions()} of the first action or comment
 *     that overlaps the line (the ones that do are consecutive in source order)
 * @param actionCount how many actions or comments overlap the line
 * @param branch the branch the start of the line lies in
 */
public record Line(
    int number,
    int start,
    int contentEnd,
    LineEnding ending,
    int indent,
    LineKind kind,
    int firstAction,
    int actionCount,
    BranchPath branch) {

  /** actions returns the indexes of the actions and comments that overlap the line, in order. */
  public List<Integer> actions() {
    return new AbstractList<>() {
      @Override
      public Integer get(int i) {
        Objects.checkIndex(i, actionCount);
        return firstAction + i;
      }

      @Override
      public int size() {
        return actionCount;
      }
    };
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
