// Ported from Go (BSD-3-Clause, Copyright The Go Authors): strconv.Quote and UTF-8 helpers.
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;

/** GoStrings holds Go's byte-oriented string helpers for Java strings. */
final class GoStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoStrings() {
  }

  /** utf8Length is Go's len(s). */
  static int utf8Length(String s) {
    int n = s.length();
    int len = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          len += 1;
        } else if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          len += 2;
          i++;
        } else {
          len += 2;
        }
      }
    }
    return len;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** quote is strconv.Quote. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s, false);
    return sb.toString();
  }

  /** appendQuoted appends strconv.Quote(s) (or QuoteToASCII if ascii). */
  static void appendQuoted(StringBuilder sb, String s, boolean ascii) {
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (Character.isSurrogate((char) r) && r < 0x10000) {
        r = 0xFFFD; // a lone surrogate: Go would see an invalid byte
        sb.append("\\ufffd");
        continue;
      }
      appendEscapedRune(sb, r, '"', ascii);
    }
    sb.append('"');
  }

  static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean ascii) {
    if (r == quote || r == '\\') {
      sb.append('\\').appendCodePoint(r);
      return;
    }
    if (ascii ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
      sb.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 7: sb.append("\\a"); return;
      case '\b': sb.append("\\b"); return;
      case '\f': sb.append("\\f"); return;
      case '\n': sb.append("\\n"); return;
      case '\r': sb.append("\\r"); return;
      case '\t': sb.append("\\t"); return;
      case 11: sb.append("\\v"); return;
      default:
        break;
    }
    if (r < ' ' || r == 0x7f) {
      sb.append("\\x").append(HEX[r >> 4 & 0xf]).append(HEX[r & 0xf]);
    } else if (r < 0x10000) {
      sb.append("\\u");
      for (int s = 12; s >= 0; s -= 4) {
        sb.append(HEX[r >> s & 0xf]);
      }
    } else {
      sb.append("\\U");
      for (int s = 28; s >= 0; s -= 4) {
        sb.append(HEX[r >> s & 0xf]);
      }
    }
  }

  /** isPrint is Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols, ' '. */
  static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7f;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER: case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER: case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER: case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER: case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER: case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL: case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** compare orders strings by their UTF-8 bytes, as Go's < does. */
  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // UTF-16 order differs from UTF-8 (code point) order only around surrogates.
        if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }
}
