package dev.tmplpatch.edit;

/**
 * EditException is an edit's refusal: its target is missing, ambiguous or not something it can
 * change safely. Nothing has been written when it is thrown.
 */
public final class EditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String hint;

  /** EditException carries the position (line 0 when none), the problem and a hint. */
  public EditException(String file, int line, int column, String message, String hint) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.hint = hint == null ? "" : hint;
  }

  /** file returns the template's name. */
  public String file() {
    return file;
  }

  /** line returns the 1-based line, or 0. */
  public int line() {
    return line;
  }

  /** column returns the 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** hint returns what to do about it. */
  public String hint() {
    return hint;
  }

  /** location renders {@code file:line:col} as far as known. */
  public String location() {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }

  /** describe renders location, message and hint for a user. */
  public String describe() {
    return location() + ": " + getMessage() + (hint.isEmpty() ? "" : "\n  hint: " + hint);
  }
}
