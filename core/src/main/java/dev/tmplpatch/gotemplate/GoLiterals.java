// Ported from Go's text/template/parse, strconv and fmt (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * GoLiterals checks number, character and string literals the way Go's parser does (NumberNode,
 * strconv.Unquote, fmt.Sscan for complex numbers) and returns Go's error text, or null if valid.
 *
 * <p>Only acceptance and the error wording matter here: the loader never evaluates literals.
 */
final class GoLiterals {
  static final String INVALID_SYNTAX = "invalid syntax";
  private static final String COMPLEX_ERROR = "syntax error scanning complex number";

  private GoLiterals() {
  }

  /** numberError is Go's newNumber: null if Go accepts the literal, else its error text. */
  static String numberError(String text, ItemType typ) {
    if (typ == ItemType.CHAR_CONSTANT) {
      int[] tail = new int[1];
      if (unquoteChar(text, 1, text.length(), '\'', tail) < 0) {
        return INVALID_SYNTAX;
      }
      if (!(tail[0] == text.length() - 1 && text.charAt(tail[0]) == '\'')) {
        return "malformed character constant: " + text;
      }
      return null;
    }
    if (typ == ItemType.COMPLEX) {
      return sscanComplex(text);
    }
    // Imaginary constants can only be complex unless they are zero.
    if (!text.isEmpty() && text.charAt(text.length() - 1) == 'i'
        && parseFloatError(text.substring(0, text.length() - 1)) == null) {
      return null;
    }
    boolean isUint = parseUintOk(text);
    boolean isInt = parseIntOk(text);
    if (isInt || isUint) {
      return null;
    }
    if (parseFloatError(text) == null) {
      // A float that looks like an integer is a huge number too large to fit in an int.
      for (int i = 0; i < text.length(); i++) {
        if (".eEpP".indexOf(text.charAt(i)) >= 0) {
          return null;
        }
      }
      return "integer overflow: " + GoText.quote(text);
    }
    return "illegal number syntax: " + GoText.quote(text);
  }

  private static char lower(char c) {
    return (char) (c | ('x' - 'X'));
  }

  /** parseUintOk is strconv.ParseUint(s, 0, 64) == nil error. */
  static boolean parseUintOk(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int base = 10;
    int i = 0;
    if (s.charAt(0) == '0') {
      if (s.length() >= 3 && lower(s.charAt(1)) == 'b') {
        base = 2;
        i = 2;
      } else if (s.length() >= 3 && lower(s.charAt(1)) == 'o') {
        base = 8;
        i = 2;
      } else if (s.length() >= 3 && lower(s.charAt(1)) == 'x') {
        base = 16;
        i = 2;
      } else {
        base = 8;
        i = 1;
      }
    }
    boolean underscores = false;
    long n = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      int d;
      if (c == '_') {
        underscores = true;
        continue;
      } else if ('0' <= c && c <= '9') {
        d = c - '0';
      } else if ('a' <= lower(c) && lower(c) <= 'z') {
        d = lower(c) - 'a' + 10;
      } else {
        return false;
      }
      if (d >= base) {
        return false;
      }
      // n*base+d must stay within uint64.
      if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, base)) > 0) {
        return false;
      }
      long m = n * base;
      long n1 = m + d;
      if (Long.compareUnsigned(n1, m) < 0) {
        return false;
      }
      n = n1;
    }
    return !underscores || underscoreOK(s);
  }

  /** parseIntOk is strconv.ParseInt(s, 0, 64) == nil error. */
  static boolean parseIntOk(String s) {
    if (s.isEmpty()) {
      return false;
    }
    boolean neg = false;
    String u = s;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      neg = s.charAt(0) == '-';
      u = s.substring(1);
    }
    if (!parseUintOk(u)) {
      return false;
    }
    if (u.length() <= 15) {
      return true; // at most 60 bits, whatever the base
    }
    java.math.BigInteger v = uintValue(u);
    java.math.BigInteger cutoff = java.math.BigInteger.ONE.shiftLeft(63);
    return neg ? v.compareTo(cutoff) <= 0 : v.compareTo(cutoff) < 0;
  }

  private static java.math.BigInteger uintValue(String s) {
    String t = s.replace("_", "");
    int radix = 10;
    if (t.length() >= 2 && t.charAt(0) == '0') {
      char p = lower(t.charAt(1));
      if (p == 'b' || p == 'o' || p == 'x') {
        radix = p == 'b' ? 2 : p == 'o' ? 8 : 16;
        t = t.substring(2);
      } else {
        radix = 8;
        t = t.substring(1);
      }
    }
    return t.isEmpty() ? java.math.BigInteger.ZERO : new java.math.BigInteger(t, radix);
  }

  /** underscoreOK reports whether the underscores in s are allowed; Go: strconv.underscoreOK. */
  static boolean underscoreOK(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0' && (lower(s.charAt(1)) == 'b'
        || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
      i = 2;
      saw = '0';
      hex = lower(s.charAt(1)) == 'x';
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ('0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f') {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  /** parseFloatError is strconv.ParseFloat(s, 64): null, "invalid syntax" or out of range. */
  static String parseFloatError(String s) {
    if (special(s)) {
      return null;
    }
    int n = readFloat(s);
    if (n != s.length()) {
      return INVALID_SYNTAX;
    }
    String plain = s.replace("_", "");
    double d;
    try {
      d = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return INVALID_SYNTAX; // readFloat accepted it, so this should not happen
    }
    return Double.isInfinite(d) ? "value out of range" : null;
  }

  // special reports whether s is entirely an infinity or NaN spelling; Go: strconv.special.
  private static boolean special(String s) {
    String t = s;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      t = t.substring(1);
      return t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
    }
    return t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity") || t.equalsIgnoreCase("nan");
  }

  /** readFloat returns how far Go's readFloat got if it succeeded, or -1; Go: strconv.readFloat. */
  private static int readFloat(String s) {
    int i = 0;
    boolean underscores = false;
    if (i >= s.length()) {
      return -1;
    }
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      i++;
    }
    int base = 10;
    char expChar = 'e';
    if (i + 2 < s.length() && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
      base = 16;
      i += 2;
      expChar = 'p';
    }
    boolean sawdot = false;
    boolean sawdigits = false;
    loop:
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c == '.') {
        if (sawdot) {
          break loop;
        }
        sawdot = true;
      } else if ('0' <= c && c <= '9') {
        sawdigits = true;
      } else if (base == 16 && 'a' <= lower(c) && lower(c) <= 'f') {
        sawdigits = true;
      } else {
        break;
      }
    }
    if (!sawdigits) {
      return -1;
    }
    if (i < s.length() && lower(s.charAt(i)) == expChar) {
      i++;
      if (i >= s.length()) {
        return -1;
      }
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        i++;
      }
      if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
      for (; i < s.length() && ('0' <= s.charAt(i) && s.charAt(i) <= '9' || s.charAt(i) == '_');
          i++) {
        if (s.charAt(i) == '_') {
          underscores = true;
        }
      }
    } else if (base == 16) {
      return -1; // Must have exponent.
    }
    if (underscores && !underscoreOK(s.substring(0, i))) {
      return -1;
    }
    return i;
  }

  // sscanComplex is fmt.Sscan(text, &complex128): null or Go's error text.
  private static String sscanComplex(String text) {
    int[] at = {0};
    boolean parens = accept(text, at, "(");
    String real = floatToken(text, at);
    if (!accept(text, at, "+-")) {
      return COMPLEX_ERROR;
    }
    String imagSign = text.substring(at[0] - 1, at[0]);
    String imag = floatToken(text, at);
    if (!accept(text, at, "i")) {
      return COMPLEX_ERROR;
    }
    if (parens && !accept(text, at, ")")) {
      return COMPLEX_ERROR;
    }
    String e = convertFloat(real);
    return e != null ? e : convertFloat(imagSign + imag);
  }

  private static boolean accept(String s, int[] at, String ok) {
    if (at[0] < s.length() && ok.indexOf(s.charAt(at[0])) >= 0) {
      at[0]++;
      return true;
    }
    return false;
  }

  // floatToken is fmt's ss.floatToken over an ASCII token.
  private static String floatToken(String s, int[] at) {
    int from = at[0];
    if (accept(s, at, "nN") && accept(s, at, "aA") && accept(s, at, "nN")) {
      return s.substring(from, at[0]);
    }
    accept(s, at, "+-");
    if (accept(s, at, "iI") && accept(s, at, "nN") && accept(s, at, "fF")) {
      return s.substring(from, at[0]);
    }
    String digits = "0123456789_";
    String exp = "eEpP";
    if (accept(s, at, "0") && accept(s, at, "xX")) {
      digits = "0123456789aAbBcCdDeEfF_";
      exp = "pP";
    }
    while (accept(s, at, digits)) {
      // digits
    }
    if (accept(s, at, ".")) {
      while (accept(s, at, digits)) {
        // fraction
      }
    }
    if (accept(s, at, exp)) {
      accept(s, at, "+-");
      while (accept(s, at, "0123456789_")) {
        // exponent
      }
    }
    return s.substring(from, at[0]);
  }

  // convertFloat is fmt's ss.convertFloat: ParseFloat, or decimal mantissa with a 'p' exponent.
  private static String convertFloat(String str) {
    int p = str.indexOf('p');
    if (p >= 0 && str.indexOf('x') < 0 && str.indexOf('X') < 0) {
      String e = parseFloatError(str.substring(0, p));
      if (e != null) {
        return numError("ParseFloat", str, e);
      }
      if (!atoiOk(str.substring(p + 1))) {
        return numError("Atoi", str, atoiError(str.substring(p + 1)));
      }
      return null;
    }
    String e = parseFloatError(str);
    return e == null ? null : numError("ParseFloat", str, e);
  }

  private static boolean atoiOk(String s) {
    return atoiError(s) == null;
  }

  // atoiError is strconv.Atoi (base 10, 64-bit) without underscores.
  private static String atoiError(String s) {
    String t = s;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      t = t.substring(1);
    }
    if (t.isEmpty()) {
      return INVALID_SYNTAX;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return INVALID_SYNTAX;
      }
    }
    java.math.BigInteger v = new java.math.BigInteger(s.charAt(0) == '+' ? t : s);
    return v.bitLength() > 63 ? "value out of range" : null;
  }

  private static String numError(String fn, String num, String err) {
    return "strconv." + fn + ": parsing " + GoText.quote(num) + ": " + err;
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
