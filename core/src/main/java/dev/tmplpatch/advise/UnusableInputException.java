package dev.tmplpatch.advise;

import dev.tmplpatch.source.InputException;

/**
 * UnusableInputException is a file advise cannot use: not YAML or JSON, or not the kind of object
 * asked for. Its message is one line, {@code SOURCE[:LINE:COL]: what is wrong; hint: what to do}.
 */
public final class UnusableInputException extends InputException {
  private static final long serialVersionUID = 1L;

  /** UnusableInputException places the problem (line and column 0 when unknown) and says what to do. */
  public UnusableInputException(String source, int line, int column, String problem, String hint) {
    super(source, line, column, problem, hint);
  }
}
