// Ported from Go's text/template/parse and strconv (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * GoLiterals evaluates literals the parser accepted, as Go's NumberNode and StringNode hold them.
 */
public final class GoLiterals {
  private GoLiterals() {
  }

  /** Number is Go's NumberNode: which interpretations hold and their values. */
  public record Number(String text, boolean isInt, boolean isUint, boolean isFloat,
      boolean isComplex, long int64, long uint64, double float64, double real, double imag) {
  }

  /** unquote is strconv.Unquote of an accepted string literal (bytes decoded as UTF-8). */
  public static String unquote(String quoted) {
    byte[] b = GoStrings.unquoteBytes(quoted);
    if (b == null) {
      throw new IllegalArgumentException("not an accepted string literal: " + quoted);
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** number is Go's newNumber for an accepted NUMBER, CHAR_CONSTANT or COMPLEX item. */
  public static Number number(String text, ItemType typ) {
    if (typ == ItemType.CHAR_CONSTANT) {
      int[] tail = new int[1];
      int r = GoStrings.unquoteChar(text, 1, text.length(), '\'', tail);
      return new Number(text, true, true, true, false, r, r, r, 0, 0);
    }
    if (typ == ItemType.COMPLEX) {
      // The lexer's complex items are REAL(+|-)IMAGi.
      int split = -1;
      for (int i = text.length() - 2; i > 0; i--) {
        char c = text.charAt(i);
        char prev = Character.toLowerCase(text.charAt(i - 1));
        if ((c == '+' || c == '-') && prev != 'e' && prev != 'p') {
          split = i;
          break;
        }
      }
      double re = parseFloat(text.substring(text.startsWith("(") ? 1 : 0, split));
      double im = parseFloat(text.substring(split, text.length() - 1));
      return simplifyComplex(text, re, im);
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) == 'i'
        && GoNumbers.parseFloatError(text.substring(0, text.length() - 1)) == null) {
      return simplifyComplex(text, 0, parseFloat(text.substring(0, text.length() - 1)));
    }
    boolean isUint = GoNumbers.parseUintOk(text);
    long u = isUint ? uintValue(text).longValue() : 0;
    boolean isInt = GoNumbers.parseIntOk(text);
    long i = 0;
    if (isInt) {
      boolean neg = text.charAt(0) == '-';
      String mag = text.charAt(0) == '+' || neg ? text.substring(1) : text;
      BigInteger v = uintValue(mag);
      i = (neg ? v.negate() : v).longValue();
      if (i == 0) {
        isUint = true;
      }
    }
    if (isInt) {
      return new Number(text, true, isUint, true, false, i, u, (double) i, 0, 0);
    }
    if (isUint) {
      return new Number(text, false, true, true, false, 0, u, unsignedToDouble(u), 0, 0);
    }
    double f = parseFloat(text);
    boolean fi = isExactInt64(f);
    boolean fu = isExactUint64(f);
    return new Number(text, fi, fu, true, false, fi ? (long) f : 0, fu ? toUint64(f) : 0, f, 0, 0);
  }

  private static Number simplifyComplex(String text, double re, double im) {
    boolean isFloat = im == 0;
    if (!isFloat) {
      return new Number(text, false, false, false, true, 0, 0, 0, re, im);
    }
    boolean fi = isExactInt64(re);
    boolean fu = isExactUint64(re);
    return new Number(text, fi, fu, true, true, fi ? (long) re : 0, fu ? toUint64(re) : 0, re,
        re, im);
  }

  // float64(int64(f)) == f: Go's conversion of an out-of-range float is implementation-defined;
  // on amd64 it yields MinInt64, which round-trips only for -2^63 itself.
  private static boolean isExactInt64(double f) {
    return f == Math.rint(f) && f >= -0x1p63 && f < 0x1p63;
  }

  private static boolean isExactUint64(double f) {
    return f == Math.rint(f) && f >= 0 && f < 0x1p64;
  }

  private static long toUint64(double f) {
    return f < 0x1p63 ? (long) f : new java.math.BigDecimal(f).toBigInteger().longValue();
  }

  private static double unsignedToDouble(long u) {
    return u >= 0 ? (double) u : new java.math.BigDecimal(new BigInteger(Long.toUnsignedString(u)))
        .doubleValue();
  }

  private static double parseFloat(String s) {
    String t = s.replace("_", "");
    String l = t.toLowerCase(java.util.Locale.ROOT);
    String unsigned = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(t);
  }

  private static BigInteger uintValue(String s) {
    String t = s.replace("_", "");
    int radix = 10;
    if (t.length() >= 2 && t.charAt(0) == '0') {
      char p = Character.toLowerCase(t.charAt(1));
      if (p == 'b' || p == 'o' || p == 'x') {
        radix = p == 'b' ? 2 : p == 'o' ? 8 : 16;
        t = t.substring(2);
      } else {
        radix = 8;
        t = t.substring(1);
      }
    }
    return t.isEmpty() ? BigInteger.ZERO : new BigInteger(t, radix);
  }
}
