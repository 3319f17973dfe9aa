package dev.tmplpatch.emit;

import java.util.Optional;

/**
 * EmitException reports input the emitters cannot use, with the file and 1-based line and column
 * where known, what is wrong and a hint, formatted on one line like a compiler error.
 */
public class EmitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;
  private final String hint;

  /** EmitException builds the error; line and column are 1-based, 0 when unknown. */
  protected EmitException(String source, int line, int column, String problem, String hint) {
    super(format(source, line, column, problem, hint));
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.hint = hint;
  }

  /** at reports a problem at a position of a named input. */
  public static EmitException at(String source, int line, int column, String problem, String hint) {
    return new EmitException(source, line, column, problem, hint);
  }

  /** of reports a problem with a whole input (no position). */
  public static EmitException of(String source, String problem, String hint) {
    return new EmitException(source, 0, 0, problem, hint);
  }

  /** source returns the input's name (a file name, "-" or a description), if any. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** line returns the 1-based line, or 0 when the problem has no position. */
  public int line() {
    return line;
  }

  /** column returns the 1-based column, or 0 when the problem has no position. */
  public int column() {
    return column;
  }

  /** problem says what is wrong, without position or hint. */
  public String problem() {
    return problem;
  }

  /** hint says what to do about it, if there is a useful suggestion. */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  private static String format(String source, int line, int column, String problem, String hint) {
    StringBuilder b = new StringBuilder();
    if (source != null) {
      b.append(source);
      if (line > 0) {
        b.append(':').append(line);
        if (column > 0) {
          b.append(':').append(column);
        }
      }
      b.append(": ");
    }
    b.append(problem);
    if (hint != null) {
      b.append("; hint: ").append(hint);
    }
    return b.toString();
  }
}
