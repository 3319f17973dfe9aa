// Ported from Go's strconv and fmt (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/** GoText reproduces the bits of Go's character classes and formatting that error texts use. */
final class GoText {
  private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

  private GoText() {
  }

  /** isSpace reports whether c is a space character inside an action; Go: lex.go isSpace. */
  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** isAlphaNumeric reports whether r is a letter, digit or underscore; Go: isAlphaNumeric. */
  static boolean isAlphaNumeric(int r) {
    if (r < 0x80) {
      return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9');
    }
    return r >= 0 && (Character.isLetter(r) || Character.isDigit(r));
  }

  /** isPrint reports whether Go's strconv.IsPrint accepts r: L, M, N, P, S and ASCII space. */
  static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7f;
    }
    if (r > Character.MAX_CODE_POINT) {
      return false;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** isUnicodeSpace is Go's unicode.IsSpace, used by bytes.TrimSpace. */
  static boolean isUnicodeSpace(int r) {
    switch (r) {
      case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0x85: case 0xA0:
        return true;
      default:
        return r > 0xff && Character.getType(r) == Character.SPACE_SEPARATOR
            || r == 0x2028 || r == 0x2029;
    }
  }

  /** formatU formats a rune like Go's %#U, e.g. {@code U+002D '-'} or {@code U+0001}. */
  static String formatU(int r) {
    StringBuilder sb = new StringBuilder(12).append("U+");
    String hex = Integer.toHexString(r).toUpperCase(java.util.Locale.ROOT);
    for (int i = hex.length(); i < 4; i++) {
      sb.append('0');
    }
    sb.append(hex);
    if (isPrint(r)) {
      sb.append(" '").appendCodePoint(r).append('\'');
    }
    return sb.toString();
  }

  /** quote is Go's strconv.Quote (the %q verb) for a string. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (r == '"' || r == '\\') {
        sb.append('\\').appendCodePoint(r);
      } else if (isPrint(r) && !(r >= 0xD800 && r <= 0xDFFF)) {
        sb.appendCodePoint(r);
      } else {
        appendEscapedRune(sb, r);
      }
    }
    return sb.append('"').toString();
  }

  private static void appendEscapedRune(StringBuilder sb, int r) {
    switch (r) {
      case 0x07: sb.append("\\a"); return;
      case '\b': sb.append("\\b"); return;
      case '\f': sb.append("\\f"); return;
      case '\n': sb.append("\\n"); return;
      case '\r': sb.append("\\r"); return;
      case '\t': sb.append("\\t"); return;
      case 0x0B: sb.append("\\v"); return;
      default:
        break;
    }
    if (r < ' ' || r == 0x7f) {
      sb.append("\\x").append(LOWER_HEX[(r >> 4) & 0xf]).append(LOWER_HEX[r & 0xf]);
      return;
    }
    if (r >= 0xD800 && r <= 0xDFFF) {
      r = 0xFFFD;
    }
    int digits = r < 0x10000 ? 4 : 8;
    sb.append(r < 0x10000 ? "\\u" : "\\U");
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(LOWER_HEX[(r >> shift) & 0xf]);
    }
  }

  /** utf8Length returns the length of s in UTF-8 bytes (Go's len(s)). */
  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** truncateRunes keeps the first n code points, like the precision of Go's %.10q. */
  static String truncateRunes(String s, int n) {
    int cps = s.codePointCount(0, s.length());
    return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** countNewlines counts '\n' in s[from, to); Go: strings.Count(s, "\n"). */
  static int countNewlines(String s, int from, int to) {
    int n = 0;
    if (to - from < 64) {
      // Short ranges (markers, delimiters): indexOf would run on to the next line's end.
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == '\n') {
          n++;
        }
      }
      return n;
    }
    for (int i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }
}
