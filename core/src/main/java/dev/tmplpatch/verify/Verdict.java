package dev.tmplpatch.verify;

import java.util.List;

/**
 * Verdict is what the {@link Verifier} found: how many branch projections it checked, how many of
 * the checked places took their YAML from the user's values (neither proof nor violation), and
 * every violation of the promise.
 */
public record Verdict(int projections, int fromValues, List<Violation> violations) {

  public Verdict {
    violations = List.copyOf(violations);
  }

  /** proven reports whether every projection keeps the promise. */
  public boolean proven() {
    return violations.isEmpty();
  }

  /**
   * Violation is one place where a projection breaks the promise.
   *
   * @param file the template's name
   * @param line 1-based line of the original text (0 when unknown)
   * @param column 1-based column (0 when unknown)
   * @param choice the branch choice, in the user's words
   * @param found what the projection has there
   * @param needed what the promise needs
   */
  public record Violation(String file, int line, int column, String choice, String found, String needed) {

    /** message words the violation in one sentence, in English. */
    public String message() {
      return text().english();
    }

    /**
     * text is the violation's sentence from the bundle; the branch choice and what was found and
     * needed are still the verifier's English words (not yet moved to the bundle).
     */
    public dev.tmplpatch.i18n.Text text() {
      return dev.tmplpatch.i18n.Text.of("verify.not-proven", choice, found, needed);
    }
  }
}
