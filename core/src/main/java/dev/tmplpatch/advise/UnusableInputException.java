package dev.tmplpatch.advise;

/**
 * UnusableInputException is a file advise cannot use: not YAML or JSON, or not the kind of object
 * asked for. Its message is one line, {@code SOURCE[:LINE:COL]: what is wrong; hint: what to do}.
 */
public final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** UnusableInputException carries the one-line message. */
  public UnusableInputException(String message) {
    super(message);
  }
}
