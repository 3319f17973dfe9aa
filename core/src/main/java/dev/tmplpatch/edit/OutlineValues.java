package dev.tmplpatch.edit;

/** OutlineValues reads plain values off outline entries. */
final class OutlineValues {

  private OutlineValues() {}

  /** plain strips one pair of quotes from a scalar as written. */
  static String plain(String v) {
    String s = v.strip();
    if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
