package dev.tmplpatch.cli;

/**
 * Session is what one run of the command line knows beyond its options, passed explicitly to
 * where errors are reported: whether --debug was given, the text of the template read (so that
 * --debug can show the offending line) and the name of the input being read.
 */
final class Session {
  private boolean debug;
  private String lang;
  private String source;
  private String inputName;

  /** debug tells whether stack traces and excerpts were asked for. */
  boolean debug() {
    return debug;
  }

  void debug(boolean value) {
    debug = value;
  }

  /** lang is the --lang value seen on the command line, or null. */
  String lang() {
    return lang;
  }

  void lang(String value) {
    lang = value;
  }

  /**
   * messages are the run's language: --lang when it names one, else the locale variables
   * (LC_ALL, LC_MESSAGES, LANG); a --lang that names none is refused by the option itself, and
   * until then errors are in the locale's language.
   */
  dev.tmplpatch.i18n.Messages messages() {
    dev.tmplpatch.i18n.Messages.Language l;
    try {
      l = dev.tmplpatch.i18n.Messages.resolve(lang, System.getenv());
    } catch (IllegalArgumentException e) {
      l = dev.tmplpatch.i18n.Messages.resolve(null, System.getenv());
    }
    return dev.tmplpatch.i18n.Messages.of(l);
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
