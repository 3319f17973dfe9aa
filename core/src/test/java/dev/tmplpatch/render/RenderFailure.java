package dev.tmplpatch.render;

/**
 * RenderFailure reports why the Go renderer produced no pod: the template does not parse, its
 * execution fails, or its output is not valid YAML (a duplicate key counts as invalid).
 */
public final class RenderFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** Kind names the stage that failed, from the renderer's exit code. */
  public enum Kind {
    /** Exit 3: Go's text/template parser rejected the template (istiod keeps its old config). */
    PARSE,
    /** Exit 4: executing the template failed (istiod denies the pod). */
    EXEC,
    /** Exit 5: the rendered output is not strict YAML, e.g. a key appears twice in a mapping. */
    YAML;

    static Kind ofExitCode(int code) {
      switch (code) {
        case 3: return PARSE;
        case 4: return EXEC;
        case 5: return YAML;
        default: throw new IllegalArgumentException("not a template failure exit code: " + code);
      }
    }
  }

  private final Kind kind;

  RenderFailure(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** kind returns the stage that failed. */
  public Kind kind() {
    return kind;
  }
}
