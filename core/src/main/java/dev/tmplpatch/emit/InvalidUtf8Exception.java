package dev.tmplpatch.emit;

/**
 * InvalidUtf8Exception says a template's bytes are not valid UTF-8, which tmplpatch refuses.
 *
 * <p>Go's text/template would accept such bytes and copy them through, but tmplpatch edits text
 * and must give back every byte unchanged, so it cannot work on bytes it cannot decode. The
 * message has Go's error shape: {@code template: NAME:LINE: invalid UTF-8 at byte N}.
 */
public final class InvalidUtf8Exception extends IllegalArgumentException {
  private final String templateName;
  private final int byteOffset;
  private final int line;
  private final int column;

  InvalidUtf8Exception(String templateName, int byteOffset, int line, int column) {
    super("template: " + templateName + ":" + line + ": invalid UTF-8 at byte " + byteOffset);
    this.templateName = templateName;
    this.byteOffset = byteOffset;
    this.line = line;
    this.column = column;
  }

  /** templateName is the name the template was loaded under. */
  public String templateName() {
    return templateName;
  }

  /** byteOffset is the 0-based offset of the first byte that is not valid UTF-8. */
  public int byteOffset() {
    return byteOffset;
  }

  /** line is the 1-based line of that byte, counted by '\n' like Go. */
  public int line() {
    return line;
  }

  /** column is the 1-based column of that byte, in code points of the valid text before it. */
  public int column() {
    return column;
  }

  /** hint tells the user what to do about it. */
  public String hint() {
    return "save the file as UTF-8 (tmplpatch keeps every byte and cannot keep bytes it cannot decode)";
  }
}
