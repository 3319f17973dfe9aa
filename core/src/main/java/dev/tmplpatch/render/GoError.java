package dev.tmplpatch.render;

/**
 * GoError is the error a {@link GoFunc} returns (its second, error result) or a Go panic inside
 * it; the message is the Go error's Error() text.
 */
public class GoError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoError(String message) {
    super(message, null, false, false);
  }
}
