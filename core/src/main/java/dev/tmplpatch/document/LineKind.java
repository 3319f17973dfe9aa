package dev.tmplpatch.document;

/** LineKind says what a line holds as far as the template language is concerned. */
public enum LineKind {
  /** Only white space. */
  BLANK,
  /** Plain text (YAML), no action on it. */
  TEXT,
  /**
   * Only control actions (if, else, end, range, with, define, block, template, break, continue),
   * comments and variable declarations or assignments: nothing of it reaches the output.
   */
  DIRECTIVE,
  /** Only actions, at least one of which prints something (e.g. {@code {{ toYaml .x | nindent 4 }}}). */
  OUTPUT,
  /** Text and actions together, e.g. {@code image: "{{ .ProxyImage }}"}. */
  MIXED,
  /** The line starts inside an action, comment or raw string that began on an earlier line. */
  CONTINUATION
}
