// Ported from Go's strconv (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/** GoStrings unquotes string literals exactly as Go's strconv.Unquote and UnquoteChar do. */
final class GoStrings {
  static final String INVALID_SYNTAX = "invalid syntax";

  private GoStrings() {
  }

  /**
   * unquoteChar decodes one possibly escaped character of s at index i; Go: strconv.UnquoteChar.
   * Returns the rune or -1 on a syntax error; tail[0] receives the index after it.
   */
  static int unquoteChar(String s, int i, int limit, char quote, int[] tail) {
    if (i >= limit) {
      return -1;
    }
    char c = s.charAt(i);
    if (c == quote && (quote == '\'' || quote == '"')) {
      return -1;
    }
    if (c >= 0x80) {
      int r = s.codePointAt(i);
      tail[0] = i + Character.charCount(r);
      return r;
    }
    if (c != '\\') {
      tail[0] = i + 1;
      return c;
    }
    if (i + 1 >= limit) {
      return -1;
    }
    c = s.charAt(i + 1);
    int j = i + 2;
    int value;
    switch (c) {
      case 'a': value = 7; break;
      case 'b': value = '\b'; break;
      case 'f': value = '\f'; break;
      case 'n': value = '\n'; break;
      case 'r': value = '\r'; break;
      case 't': value = '\t'; break;
      case 'v': value = 0x0B; break;
      case 'x': case 'u': case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (limit - j < n) {
          return -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
          int d = Character.digit(s.charAt(j + k), 16);
          if (d < 0 || s.charAt(j + k) >= 0x80) {
            return -1;
          }
          v = (v << 4) | d;
        }
        j += n;
        if (c == 'x') {
          value = v; // single-byte string, possibly not UTF-8
          break;
        }
        if (v < 0 || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) {
          return -1;
        }
        value = v;
        break;
      }
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        if (limit - j < 2) {
          return -1;
        }
        for (int k = 0; k < 2; k++) {
          int d = s.charAt(j + k) - '0';
          if (d < 0 || d > 7) {
            return -1;
          }
          v = (v << 3) | d;
        }
        j += 2;
        if (v > 255) {
          return -1;
        }
        value = v;
        break;
      }
      case '\\': value = '\\'; break;
      case '\'': case '"':
        if (c != quote) {
          return -1;
        }
        value = c;
        break;
      default:
        return -1;
    }
    tail[0] = j;
    return value;
  }

  /** unquoteError is strconv.Unquote's verdict on a lexed string token: null or "invalid syntax". */
  static String unquoteError(String s) {
    int n = s.length();
    if (n < 2) {
      return INVALID_SYNTAX;
    }
    char quote = s.charAt(0);
    if (quote != s.charAt(n - 1)) {
      return INVALID_SYNTAX;
    }
    if (quote == '`') {
      return s.indexOf('`', 1) == n - 1 ? null : INVALID_SYNTAX;
    }
    if (quote != '"' && quote != '\'') {
      return INVALID_SYNTAX;
    }
    if (s.indexOf('\n') >= 0) {
      return INVALID_SYNTAX;
    }
    int[] tail = new int[1];
    int i = 1;
    int end = n - 1;
    int count = 0;
    while (i < end) {
      if (unquoteChar(s, i, end, quote, tail) < 0) {
        return INVALID_SYNTAX;
      }
      i = tail[0];
      count++;
      if (quote == '\'' && count > 1) {
        return INVALID_SYNTAX;
      }
    }
    if (quote == '\'' && count != 1) {
      return INVALID_SYNTAX;
    }
    return null;
  }

  /** unquoteBytes is strconv.Unquote returning Go's bytes, or null on a syntax error. */
  static byte[] unquoteBytes(String s) {
    if (unquoteError(s) != null) {
      return null;
    }
    int end = s.length() - 1;
    if (s.charAt(0) == '`') {
      return s.substring(1, end).replace("\r", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(end);
    int[] tail = new int[1];
    for (int i = 1; i < end; i = tail[0]) {
      int v = unquoteChar(s, i, end, s.charAt(0), tail);
      char esc = s.charAt(i) == '\\' ? s.charAt(i + 1) : 0;
      if (esc == 'x' || esc >= '0' && esc <= '7') {
        out.write(v); // \xNN and \NNN are single bytes, as in Go
      } else {
        byte[] b = new String(Character.toChars(v)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }
}
