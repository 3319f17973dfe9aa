package dev.tmplpatch.gotemplate;

import java.util.Objects;
import java.util.Set;

/**
 * ParseOptions names the template and picks its delimiters and the Go release to imitate.
 *
 * <p>An empty or null delimiter means the default, exactly like Go's {@code Template.Delims}.
 * {@code functions}, if not null, are the function names the template may call (builtins and
 * its FuncMap): the parser then fails on any other as Go does ({@code function "x" not
 * defined}); null means Go's SkipFuncCheck mode.
 */
public record ParseOptions(String name, String leftDelim, String rightDelim, GoVersion goVersion,
    Set<String> functions) {

  static final String DEFAULT_LEFT = "{{";
  static final String DEFAULT_RIGHT = "}}";

  /** ParseOptions normalises empty delimiters to Go's defaults. */
  public ParseOptions {
    Objects.requireNonNull(name, "name");
    leftDelim = leftDelim == null || leftDelim.isEmpty() ? DEFAULT_LEFT : leftDelim;
    rightDelim = rightDelim == null || rightDelim.isEmpty() ? DEFAULT_RIGHT : rightDelim;
    goVersion = goVersion == null ? GoVersion.GO_1_24 : goVersion;
    functions = functions == null ? null : Set.copyOf(functions);
  }

  /** ParseOptions without a function check (Go's SkipFuncCheck). */
  public ParseOptions(String name, String leftDelim, String rightDelim, GoVersion goVersion) {
    this(name, leftDelim, rightDelim, goVersion, null);
  }

  /** named returns options with default delimiters and Go 1.24 semantics. */
  public static ParseOptions named(String name) {
    return new ParseOptions(name, DEFAULT_LEFT, DEFAULT_RIGHT, GoVersion.GO_1_24);
  }

  /** withDelims returns a copy with other delimiters; "" means the default, like Go. */
  public ParseOptions withDelims(String left, String right) {
    return new ParseOptions(name, left, right, goVersion, functions);
  }

  /** withGoVersion returns a copy imitating another Go release. */
  public ParseOptions withGoVersion(GoVersion v) {
    return new ParseOptions(name, leftDelim, rightDelim, v, functions);
  }

  /**
   * withFunctions returns a copy that checks function names against the given set, as Go's
   * parser does without SkipFuncCheck; null turns the check off.
   */
  public ParseOptions withFunctions(Set<String> names) {
    return new ParseOptions(name, leftDelim, rightDelim, goVersion, names);
  }
}
