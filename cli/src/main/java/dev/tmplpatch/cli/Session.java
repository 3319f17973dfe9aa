package dev.tmplpatch.cli;

/**
 * Session is what one run of the command line knows beyond its options, passed explicitly to
 * where errors are reported: whether --debug was given, the text of the template read (so that
 * --debug can show the offending line) and the name of the input being read.
 */
final class Session {
  private boolean debug;
  private String source;
  private String inputName;

  /** debug tells whether stack traces and excerpts were asked for. */
  boolean debug() {
    return debug;
  }

  void debug(boolean value) {
    debug = value;
  }

  /** source is the template text the command read, or null. */
  String source() {
    return source;
  }

  void source(String text) {
    source = text;
  }

  /** inputName names the input being read, for errors not tied to a line; null before any. */
  String inputName() {
    return inputName;
  }

  void inputName(String name) {
    inputName = name;
  }
}
