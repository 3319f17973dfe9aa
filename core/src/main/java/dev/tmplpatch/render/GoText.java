// Ported from Go (BSD-3-Clause, Copyright The Go Authors): the strings package functions the
// sprig and Istio template functions call, on Java strings (one code point = one Go rune).
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;

/** GoText holds Go's strings functions with Go's Unicode rules. */
final class GoText {
  private GoText() {
  }

  /** isSpace is unicode.IsSpace. */
  static boolean isSpace(int r) {
    if (r < 0x100) {
      return r == '\t' || r == '\n' || r == 0x0b || r == '\f' || r == '\r' || r == ' '
          || r == 0x85 || r == 0xA0;
    }
    return Character.getType(r) == Character.SPACE_SEPARATOR
        || Character.getType(r) == Character.LINE_SEPARATOR
        || Character.getType(r) == Character.PARAGRAPH_SEPARATOR;
  }

  /** trimSpace is strings.TrimSpace. */
  static String trimSpace(String s) {
    int start = 0;
    while (start < s.length()) {
      int r = s.codePointAt(start);
      if (!isSpace(r)) {
        break;
      }
      start += Character.charCount(r);
    }
    int end = s.length();
    while (end > start) {
      int r = s.codePointBefore(end);
      if (!isSpace(r)) {
        break;
      }
      end -= Character.charCount(r);
    }
    return s.substring(start, end);
  }

  /** trim is strings.Trim(s, cutset). */
  static String trim(String s, String cutset) {
    if (s.isEmpty() || cutset.isEmpty()) {
      return s;
    }
    int start = 0;
    while (start < s.length()) {
      int r = s.codePointAt(start);
      if (cutset.indexOf(r) < 0) {
        break;
      }
      start += Character.charCount(r);
    }
    int end = s.length();
    while (end > start) {
      int r = s.codePointBefore(end);
      if (cutset.indexOf(r) < 0) {
        break;
      }
      end -= Character.charCount(r);
    }
    return s.substring(start, end);
  }

  /** toUpper is strings.ToUpper (unicode.ToUpper per rune). */
  static String toUpper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(r -> sb.appendCodePoint(Character.toUpperCase(r)));
    return sb.toString();
  }

  /** toLower is strings.ToLower (unicode.ToLower per rune). */
  static String toLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(r -> sb.appendCodePoint(Character.toLowerCase(r)));
    return sb.toString();
  }

  /** title is the deprecated strings.Title: each word's first letter in title case. */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (isSeparator(prev)) {
        sb.appendCodePoint(Character.toTitleCase(r));
      } else {
        sb.appendCodePoint(r);
      }
      prev = r;
    }
    return sb.toString();
  }

  private static boolean isSeparator(int r) {
    if (r <= 0x7F) {
      if ('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_') {
        return false;
      }
      return true;
    }
    if (Character.isLetter(r) || Character.isDigit(r)) {
      return false;
    }
    return isSpace(r);
  }

  /** repeat is strings.Repeat; a negative count panics as Go does. */
  static String repeat(String s, int count) {
    if (count < 0) {
      throw new GoError("strings: negative Repeat count");
    }
    return s.repeat(count);
  }

  /** utf8 is Go's []byte(s). */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** string is Go's string(b) for bytes that came from a valid string. */
  static String string(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }
}
