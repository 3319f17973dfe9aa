package dev.tmplpatch.gotemplate;

/** GoVersion selects which Go release's text/template parser to imitate. */
public enum GoVersion {
  /** Go 1.22 and older: {@code {{else with}}} is rejected ("unexpected <with> in else"). */
  GO_1_22,
  /** Go 1.23: adds {@code {{else with}}}. */
  GO_1_23,
  /** Go 1.24: range over int and funcs, an execution-time matter that parses like 1.23. */
  GO_1_24;

  boolean allowsElseWith() {
    return this != GO_1_22;
  }
}
