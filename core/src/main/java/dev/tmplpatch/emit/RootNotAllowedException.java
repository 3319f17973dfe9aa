package dev.tmplpatch.emit;

/** RootNotAllowedException refuses to run a gateway as root without the caller's opt-in. */
public final class RootNotAllowedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** RootNotAllowedException carries the one-line message shown to the user. */
  public RootNotAllowedException(String message) {
    super(message);
  }
}
