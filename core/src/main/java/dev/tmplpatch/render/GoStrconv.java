// Ported from Go (BSD-3-Clause, Copyright The Go Authors): the parts of strconv.ParseInt,
// ParseUint and ParseFloat (and time.Parse for yaml.v2's timestamp formats) that decide whether
// yaml.v2 reads a plain scalar as a number or a timestamp.
package dev.tmplpatch.render;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GoStrconv answers "does Go parse this" for the number and timestamp forms yaml.v2 tries. */
final class GoStrconv {
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private GoStrconv() {
  }

  /**
   * parseIntBase0 is "strconv.ParseInt(s, 0, 64) or strconv.ParseUint(s, 0, 64) succeeds"
   * (underscores already removed): the value, or null.
   */
  static BigInteger parseIntBase0(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean neg = false;
    String body = s;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      neg = s.charAt(0) == '-';
      body = s.substring(1);
    }
    int base = 10;
    if (body.length() >= 2 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x') {
        base = 16;
        body = body.substring(2);
      } else if (p == 'b') {
        base = 2;
        body = body.substring(2);
      } else if (p == 'o') {
        base = 8;
        body = body.substring(2);
      } else {
        base = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int i = 0; i < body.length(); i++) {
      if (Character.digit(body.charAt(i), base) < 0 || body.charAt(i) > 0x7f) {
        return null;
      }
    }
    BigInteger v = new BigInteger(body, base);
    if (neg) {
      v = v.negate();
      return v.compareTo(INT64_MIN) >= 0 ? v : null;
    }
    return v.compareTo(UINT64_MAX) <= 0 ? v : null;
  }

  /** parseBinary is strconv.ParseUint(s, 2, 64) succeeding: the value, or null. */
  static BigInteger parseBinary(String s) {
    if (s.isEmpty() || !s.chars().allMatch(c -> c == '0' || c == '1')) {
      return null;
    }
    BigInteger v = new BigInteger(s, 2);
    return v.compareTo(UINT64_MAX) <= 0 ? v : null;
  }

  /** parseIntBinary is strconv.ParseInt(s, 2, 64) succeeding for "-digits": value or null. */
  static BigInteger parseIntBinary(String s) {
    BigInteger v = parseBinary(s.startsWith("-") ? s.substring(1) : s);
    if (v == null) {
      return null;
    }
    v = s.startsWith("-") ? v.negate() : v;
    return v.bitLength() < 64 || v.equals(INT64_MIN) ? v : null;
  }

  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /**
   * parseFloat is strconv.ParseFloat(s, 64) for decimal forms (null on a syntax error or
   * overflow, as Go returns an error there).
   */
  static Double parseFloat(String s) {
    if (!DECIMAL_FLOAT.matcher(s).matches()) {
      String l = s.toLowerCase(java.util.Locale.ROOT);
      String u = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
      if (u.equals("inf") || u.equals("infinity")) {
        return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      if (l.equals("nan")) {
        return Double.NaN;
      }
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isInfinite(d) ? null : d;
  }

  private static final Pattern TIMESTAMP = Pattern.compile(
      "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
      + "(?:([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\\.[0-9]+)?"
      + "(Z|[+-][0-9]{2}:[0-9]{2})?)?");

  /** isYamlTimestamp is yaml.v2's parseTimestamp succeeding. */
  static boolean isYamlTimestamp(String s) {
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
      return false;
    }
    if (m.group(4) == null) {
      return true;
    }
    boolean space = m.group(4).equals(" ");
    if (space == (m.group(9) != null) || (!space && m.group(9) == null)) {
      return false;
    }
    int h = Integer.parseInt(m.group(5));
    int min = Integer.parseInt(m.group(6));
    int sec = Integer.parseInt(m.group(7));
    return h < 24 && min < 60 && sec < 60;
  }

  private static int daysIn(int month, int year) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }
}
