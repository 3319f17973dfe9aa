// Ported from Go's strconv/ftoa.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** GoFloat is strconv.FormatFloat for the 'e', 'E', 'f', 'g', 'G' formats. */
final class GoFloat {
  private GoFloat() {
  }

  /** Decimal digits d[0..nd) with the decimal point after dp digits; no trailing zeros. */
  private static final class Digits {
    final String d;
    final int dp;

    Digits(String d, int dp) {
      this.d = d;
      this.dp = dp;
    }

    int nd() {
      return d.length();
    }
  }

  /** format is strconv.FormatFloat(v, fmt, prec, bitSize). */
  static String format(double v, char fmt, int prec, int bitSize) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    if (fmt == 'x' || fmt == 'X' || fmt == 'b') {
      return binary(v, fmt, prec, bitSize, neg);
    }
    double a = Math.abs(v);
    boolean shortest = prec < 0;
    Digits digs;
    if (shortest) {
      digs = shortest(a, bitSize);
      switch (fmt) {
        case 'e': case 'E': prec = Math.max(digs.nd() - 1, 0); break;
        case 'f': prec = Math.max(digs.nd() - digs.dp, 0); break;
        default: prec = digs.nd(); break;
      }
    } else if (fmt == 'f') {
      digs = fixedDecimals(a, prec);
    } else {
      int n = fmt == 'e' || fmt == 'E' ? prec + 1 : (prec == 0 ? 1 : prec);
      if (fmt == 'g' || fmt == 'G') {
        if (prec == 0) {
          prec = 1;
        }
      }
      digs = significant(a, n);
    }
    StringBuilder sb = new StringBuilder(24);
    switch (fmt) {
      case 'e': case 'E':
        fmtE(sb, neg, digs, prec, fmt);
        break;
      case 'f':
        fmtF(sb, neg, digs, prec);
        break;
      default: {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp) {
          eprec = digs.nd();
        }
        if (shortest) {
          eprec = 6;
        }
        int exp = digs.dp - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > digs.nd()) {
            prec = digs.nd();
          }
          fmtE(sb, neg, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
        } else {
          if (prec > digs.dp) {
            prec = digs.nd();
          }
          fmtF(sb, neg, digs, Math.max(prec - digs.dp, 0));
        }
      }
    }
    return sb.toString();
  }

  // Go: the 'b', 'x' and 'X' formats of strconv.FormatFloat (fmtB, fmtX).
  private static String binary(double v, char fmt, int prec, int bitSize, boolean neg) {
    long mant;
    int exp;
    int mantbits;
    if (bitSize == 32) {
      int bits = Float.floatToRawIntBits((float) v);
      mantbits = 23;
      exp = (bits >>> 23) & 0xff;
      mant = bits & ((1 << 23) - 1);
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 23;
      }
      exp += -127;
    } else {
      long bits = Double.doubleToRawLongBits(v);
      mantbits = 52;
      exp = (int) ((bits >>> 52) & 0x7ff);
      mant = bits & ((1L << 52) - 1);
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 52;
      }
      exp += -1023;
    }
    StringBuilder sb = new StringBuilder();
    if (fmt == 'b') {
      if (neg) {
        sb.append('-');
      }
      sb.append(Long.toUnsignedString(mant)).append('p');
      exp -= mantbits;
      if (exp >= 0) {
        sb.append('+');
      }
      return sb.append(exp).toString();
    }
    if (mant == 0) {
      exp = 0;
    }
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if ((extra | (mant & 1)) > (1L << 59)) {
        mant++;
      }
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) {
      sb.append('-');
    }
    sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      sb.append('.');
      while (mant != 0) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    sb.append(fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
      sb.append('-');
      exp = -exp;
    } else {
      sb.append('+');
    }
    if (exp < 10) {
      sb.append('0');
    }
    return sb.append(exp).toString();
  }

  private static Digits fromBigDecimal(BigDecimal b) {
    if (b.signum() == 0) {
      return new Digits("", 0);
    }
    b = b.stripTrailingZeros();
    String u = b.unscaledValue().toString();
    // value = u * 10^-scale; dp = len(u) - scale
    return new Digits(u, u.length() - b.scale());
  }

  private static Digits significant(double a, int n) {
    if (a == 0) {
      return new Digits("", 0);
    }
    return fromBigDecimal(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
  }

  private static Digits fixedDecimals(double a, int prec) {
    if (a == 0) {
      return new Digits("", 0);
    }
    return fromBigDecimal(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
  }

  private static Digits shortest(double a, int bitSize) {
    if (a == 0) {
      return new Digits("", 0);
    }
    if (bitSize == 64 && a < 1e15 && a == Math.rint(a)) {
      String s = Long.toString((long) a);
      int nd = s.length();
      int end = nd;
      while (end > 1 && s.charAt(end - 1) == '0') {
        end--;
      }
      return new Digits(s.substring(0, end), nd);
    }
    BigDecimal exact = new BigDecimal(a);
    for (int n = 1; n <= 17; n++) {
      BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
      boolean ok = bitSize == 32 ? r.floatValue() == (float) a : r.doubleValue() == a;
      if (ok) {
        return fromBigDecimal(r);
      }
    }
    return fromBigDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static void fmtE(StringBuilder sb, boolean neg, Digits d, int prec, char fmt) {
    if (neg) {
      sb.append('-');
    }
    sb.append(d.nd() == 0 ? '0' : d.d.charAt(0));
    if (prec > 0) {
      sb.append('.');
      int i = 1;
      int m = Math.min(d.nd(), prec + 1);
      if (i < m) {
        sb.append(d.d, i, m);
        i = m;
      }
      for (; i <= prec; i++) {
        sb.append('0');
      }
    }
    sb.append(fmt);
    int exp = d.dp - 1;
    if (d.nd() == 0) {
      exp = 0;
    }
    if (exp < 0) {
      sb.append('-');
      exp = -exp;
    } else {
      sb.append('+');
    }
    if (exp < 10) {
      sb.append('0').append(exp);
    } else {
      sb.append(exp);
    }
  }

  private static void fmtF(StringBuilder sb, boolean neg, Digits d, int prec) {
    if (neg) {
      sb.append('-');
    }
    if (d.dp > 0) {
      int m = Math.min(d.nd(), d.dp);
      sb.append(d.d, 0, m);
      for (; m < d.dp; m++) {
        sb.append('0');
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        int j = d.dp + i - 1;
        sb.append(j >= 0 && j < d.nd() ? d.d.charAt(j) : '0');
      }
    }
  }
}
