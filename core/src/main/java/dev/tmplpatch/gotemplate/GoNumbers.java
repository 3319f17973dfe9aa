// Ported from Go's text/template/parse, strconv and fmt (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * GoNumbers checks number and character literals the way Go's NumberNode does (strconv.ParseInt,
 * ParseUint, ParseFloat, UnquoteChar and fmt.Sscan for complex numbers) and returns Go's error
 * text, or null if valid.
 *
 * <p>Only acceptance and the error wording matter here: the loader never evaluates literals.
 */
final class GoNumbers {
  private static final String INVALID_SYNTAX = GoStrings.INVALID_SYNTAX;
  private static final String COMPLEX_ERROR = "syntax error scanning complex number";

  private GoNumbers() {
  }

  /** numberError is Go's newNumber: null if Go accepts the literal, else its error text. */
  static String numberError(String text, ItemType typ) {
    if (typ == ItemType.CHAR_CONSTANT) {
      int[] tail = new int[1];
      if (GoStrings.unquoteChar(text, 1, text.length(), '\'', tail) < 0) {
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
}
