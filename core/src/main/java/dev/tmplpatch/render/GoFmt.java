// Ported from Go's fmt/print.go and fmt/format.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GoFmt is Go's fmt.Sprint, Sprintln and Sprintf over {@link Value}s. An argument is what an
 * {@code any} parameter holds: a concrete value, or null (or a nil interface) for nil.
 * Pointers print as addresses only where Go would (not reproducible; avoid in tests).
 */
final class GoFmt {
  private static final String LDIGITS = "0123456789abcdefx";
  private static final String UDIGITS = "0123456789ABCDEFX";

  private final StringBuilder buf;
  // fmt flags
  private boolean widPresent;
  private boolean precPresent;
  private boolean minus;
  private boolean plus;
  private boolean sharp;
  private boolean space;
  private boolean zero;
  private boolean plusV;
  private boolean sharpV;
  private int wid;
  private int prec;
  // pp state
  private Value arg;
  private boolean argSet;
  private Value value = Value.INVALID;
  private boolean erroring;
  private boolean panicking;
  private boolean reordered;
  private boolean goodArgNum;

  private GoFmt(StringBuilder buf) {
    this.buf = buf;
  }

  private void clearflags() {
    widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    wid = 0;
    prec = 0;
  }

  /** normalise turns an interface value into its concrete value, a nil one into null. */
  static Value anyArg(Value v) {
    if (v == null || !v.isValid()) {
      return null;
    }
    if (v.type().isInterface()) {
      return v.isNil() ? null : (Value) v.payload();
    }
    return v;
  }

  /** sprint is fmt.Sprint. */
  static String sprint(Value[] a) {
    StringBuilder sb = new StringBuilder();
    sprint(sb, a);
    return sb.toString();
  }

  static void sprint(StringBuilder sb, Value[] a) {
    GoFmt p = new GoFmt(sb);
    boolean prevString = false;
    for (int i = 0; i < a.length; i++) {
      Value arg = anyArg(a[i]);
      boolean isString = arg != null && arg.kind() == GoType.Kind.STRING;
      if (i > 0 && !isString && !prevString) {
        sb.append(' ');
      }
      p.printArg(arg, 'v');
      prevString = isString;
    }
  }

  /** sprintOne is fmt.Sprint(x) for one operand (template output). */
  static void printOne(StringBuilder sb, Value arg) {
    new GoFmt(sb).printArg(anyArg(arg), 'v');
  }

  /** sprintln is fmt.Sprintln. */
  static String sprintln(Value[] a) {
    StringBuilder sb = new StringBuilder();
    GoFmt p = new GoFmt(sb);
    for (int i = 0; i < a.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      p.printArg(anyArg(a[i]), 'v');
    }
    sb.append('\n');
    return sb.toString();
  }

  /** sprintf is fmt.Sprintf. */
  static String sprintf(String format, Value[] a) {
    StringBuilder sb = new StringBuilder();
    Value[] args = new Value[a.length];
    for (int i = 0; i < a.length; i++) {
      args[i] = anyArg(a[i]);
    }
    new GoFmt(sb).doPrintf(format, args);
    return sb.toString();
  }

  // ---- format.go ------------------------------------------------------------------------------

  private void writePadding(int n) {
    if (n <= 0) {
      return;
    }
    char c = zero && !minus ? '0' : ' ';
    for (int i = 0; i < n; i++) {
      buf.append(c);
    }
  }

  private void padString(String s) {
    if (!widPresent || wid == 0) {
      buf.append(s);
      return;
    }
    int width = wid - s.codePointCount(0, s.length());
    if (!minus) {
      writePadding(width);
      buf.append(s);
    } else {
      buf.append(s);
      writePadding(width);
    }
  }

  private void fmtBoolean(boolean v) {
    padString(v ? "true" : "false");
  }

  private void fmtUnicode(long u) {
    int p = 4;
    if (precPresent && prec > 4) {
      p = prec;
    }
    StringBuilder b = new StringBuilder();
    String hex = Long.toHexString(u).toUpperCase(java.util.Locale.ROOT);
    b.append("U+");
    for (int i = hex.length(); i < p; i++) {
      b.append('0');
    }
    b.append(hex);
    if (sharp && u >= 0 && u <= 0x10FFFF && GoStrings.isPrint((int) u)) {
      b.append(" '").appendCodePoint((int) u).append('\'');
    }
    boolean oldZero = zero;
    zero = false;
    padString(b.toString());
    zero = oldZero;
  }

  private void fmtInteger(long u, int base, boolean isSigned, char verb, String digits) {
    boolean negative = isSigned && u < 0;
    if (negative) {
      u = -u;
    }
    int pr = 0;
    if (precPresent) {
      pr = prec;
      if (pr == 0 && u == 0) {
        boolean oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && !minus && widPresent) {
      pr = wid;
      if (negative || plus || space) {
        pr--;
      }
    }
    String num;
    switch (base) {
      case 10: num = Long.toUnsignedString(u); break;
      case 16: num = Long.toHexString(u); break;
      case 8: num = Long.toOctalString(u); break;
      default: num = Long.toBinaryString(u); break;
    }
    if (digits == UDIGITS) {
      num = num.toUpperCase(java.util.Locale.ROOT);
    }
    StringBuilder b = new StringBuilder();
    for (int i = num.length(); i < pr; i++) {
      b.append('0');
    }
    b.append(num);
    if (sharp) {
      switch (base) {
        case 2: b.insert(0, "0b"); break;
        case 8: if (b.charAt(0) != '0') { b.insert(0, '0'); } break;
        case 16: b.insert(0, digits.charAt(16)).insert(0, '0'); break;
        default: break;
      }
    }
    if (verb == 'O') {
      b.insert(0, "0o");
    }
    if (negative) {
      b.insert(0, '-');
    } else if (plus) {
      b.insert(0, '+');
    } else if (space) {
      b.insert(0, ' ');
    }
    boolean oldZero = zero;
    zero = false;
    padString(b.toString());
    zero = oldZero;
  }

  private String truncateString(String s) {
    if (precPresent) {
      int n = prec;
      for (int i = 0; i < s.length(); ) {
        n--;
        if (n < 0) {
          return s.substring(0, i);
        }
        i += Character.charCount(s.codePointAt(i));
      }
    }
    return s;
  }

  private void fmtS(String s) {
    padString(truncateString(s));
  }

  private void fmtSbx(byte[] b, String digits) {
    int length = b.length;
    if (precPresent && prec < length) {
      length = prec;
    }
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) {
          width *= 2;
        }
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) {
        writePadding(wid);
      }
      return;
    }
    if (widPresent && wid > width && !minus) {
      writePadding(wid - width);
    }
    if (sharp) {
      buf.append('0').append(digits.charAt(16));
    }
    for (int i = 0; i < length; i++) {
      if (space && i > 0) {
        buf.append(' ');
        if (sharp) {
          buf.append('0').append(digits.charAt(16));
        }
      }
      int c = b[i] & 0xff;
      buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
    }
    if (widPresent && wid > width && minus) {
      writePadding(wid - width);
    }
  }

  private void fmtQ(String s) {
    s = truncateString(s);
    if (sharp && canBackquote(s)) {
      padString("`" + s + "`");
      return;
    }
    StringBuilder q = new StringBuilder();
    GoStrings.appendQuoted(q, s, plus);
    padString(q.toString());
  }

  private static boolean canBackquote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '`' || c == '\uFEFF' || (c < ' ' && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private void fmtC(long c) {
    int r = c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : (int) c;
    padString(new String(Character.toChars(r)));
  }

  private void fmtQc(long c) {
    int r = c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : (int) c;
    StringBuilder q = new StringBuilder("'");
    GoStrings.appendEscapedRune(q, r, '\'', plus);
    q.append('\'');
    padString(q.toString());
  }

  private void fmtFloatF(double v, int size, char verb, int pr) {
    if (precPresent) {
      pr = prec;
    }
    String s = GoFloat.format(v, verb, pr, size);
    StringBuilder num = new StringBuilder();
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      num.append(s);
    } else {
      num.append('+').append(s);
    }
    if (space && num.charAt(0) == '+' && !plus) {
      num.setCharAt(0, ' ');
    }
    if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
      boolean oldZero = zero;
      zero = false;
      if (num.charAt(1) == 'N' && !space && !plus) {
        num.deleteCharAt(0);
      }
      padString(num.toString());
      zero = oldZero;
      return;
    }
    if (sharp && verb != 'b') {
      int digits = 0;
      switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
          digits = pr;
          if (digits == -1) {
            digits = 6;
          }
          break;
        default:
          break;
      }
      String tail = "";
      boolean hasDecimalPoint = false;
      boolean sawNonzeroDigit = false;
      for (int i = 1; i < num.length(); i++) {
        char c = num.charAt(i);
        if (c == '.') {
          hasDecimalPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substring(i);
          num.setLength(i);
          break;
        } else {
          if (c != '0') {
            sawNonzeroDigit = true;
          }
          if (sawNonzeroDigit) {
            digits--;
          }
        }
      }
      if (!hasDecimalPoint) {
        if (num.length() == 2 && num.charAt(1) == '0') {
          digits--;
        }
        num.append('.');
      }
      for (; digits > 0; digits--) {
        num.append('0');
      }
      num.append(tail);
    }
    if (plus || num.charAt(0) != '+') {
      if (zero && !minus && widPresent && wid > num.length()) {
        buf.append(num.charAt(0));
        writePadding(wid - num.length());
        buf.append(num, 1, num.length());
        return;
      }
      padString(num.toString());
      return;
    }
    padString(num.substring(1));
  }

  // ---- print.go -------------------------------------------------------------------------------

  private void badVerb(char verb) {
    erroring = true;
    buf.append("%!").append(verb).append('(');
    if (argSet && arg != null) {
      buf.append(arg.type()).append('=');
      printArg(arg, 'v');
    } else if (value.isValid()) {
      buf.append(value.type()).append('=');
      printValue(value, 'v', 0);
    } else {
      buf.append("<nil>");
    }
    buf.append(')');
    erroring = false;
  }

  private void fmtBool(boolean v, char verb) {
    if (verb == 't' || verb == 'v') {
      fmtBoolean(v);
    } else {
      badVerb(verb);
    }
  }

  private void fmt0x64(long v, boolean leading0x) {
    boolean s = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', LDIGITS);
    sharp = s;
  }

  private void fmtInteger(long v, boolean isSigned, char verb) {
    switch (verb) {
      case 'v':
        if (sharpV && !isSigned) {
          fmt0x64(v, true);
        } else {
          fmtInteger(v, 10, isSigned, verb, LDIGITS);
        }
        break;
      case 'd': fmtInteger(v, 10, isSigned, verb, LDIGITS); break;
      case 'b': fmtInteger(v, 2, isSigned, verb, LDIGITS); break;
      case 'o': case 'O': fmtInteger(v, 8, isSigned, verb, LDIGITS); break;
      case 'x': fmtInteger(v, 16, isSigned, verb, LDIGITS); break;
      case 'X': fmtInteger(v, 16, isSigned, verb, UDIGITS); break;
      case 'c': fmtC(v); break;
      case 'q': fmtQc(v); break;
      case 'U': fmtUnicode(v); break;
      default: badVerb(verb);
    }
  }

  private void fmtFloat(double v, int size, char verb) {
    switch (verb) {
      case 'v': fmtFloatF(v, size, 'g', -1); break;
      case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatF(v, size, verb, -1); break;
      case 'f': case 'e': case 'E': fmtFloatF(v, size, verb, 6); break;
      case 'F': fmtFloatF(v, size, 'f', 6); break;
      default: badVerb(verb);
    }
  }

  private void fmtComplex(double[] v, int size, char verb) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
      case 'E': {
        boolean oldPlus = plus;
        buf.append('(');
        fmtFloat(v[0], size / 2, verb);
        plus = true;
        fmtFloat(v[1], size / 2, verb);
        buf.append("i)");
        plus = oldPlus;
        break;
      }
      default:
        badVerb(verb);
    }
  }

  private void fmtString(String v, char verb) {
    switch (verb) {
      case 'v':
        if (sharpV) {
          fmtQ(v);
        } else {
          fmtS(v);
        }
        break;
      case 's': fmtS(v); break;
      case 'x': fmtSbx(v.getBytes(StandardCharsets.UTF_8), LDIGITS); break;
      case 'X': fmtSbx(v.getBytes(StandardCharsets.UTF_8), UDIGITS); break;
      case 'q': fmtQ(v); break;
      default: badVerb(verb);
    }
  }

  private void fmtPointer(Value v, char verb) {
    long u;
    switch (v.kind()) {
      case FUNC: case MAP: case POINTER: case SLICE:
        u = v.isNil() ? 0 : 0xc000000000L + (System.identityHashCode(v.payload()) & 0xffffffL) * 8;
        break;
      default:
        badVerb(verb);
        return;
    }
    switch (verb) {
      case 'v':
        if (sharpV) {
          buf.append('(').append(v.type()).append(")(");
          if (u == 0) {
            buf.append("nil");
          } else {
            fmt0x64(u, true);
          }
          buf.append(')');
        } else if (u == 0) {
          padString("<nil>");
        } else {
          fmt0x64(u, !sharp);
        }
        break;
      case 'p': fmt0x64(u, !sharp); break;
      case 'b': case 'o': case 'd': case 'x': case 'X': fmtInteger(u, false, verb); break;
      default: badVerb(verb);
    }
  }

  private boolean handleMethods(char verb) {
    if (erroring) {
      return false;
    }
    if (sharpV) {
      return false; // GoStringer is not modelled
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q':
        break;
      default:
        return false;
    }
    Value a = arg;
    GoType.Method m = a.type().methodByName("Error");
    String which = "Error";
    if (m == null || !m.function().signature().params().isEmpty()) {
      m = a.type().methodByName("String");
      which = "String";
      if (m == null || !m.function().signature().params().isEmpty()
          || m.function().signature().result().kind() != GoType.Kind.STRING) {
        return false;
      }
    }
    String s;
    try {
      s = Exec.callMethod(a, m).stringValue();
    } catch (RuntimeException e) {
      if (a.kind() == GoType.Kind.POINTER && a.isNil()) {
        buf.append("<nil>");
        return true;
      }
      boolean[] old = {widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
      int oldWid = wid;
      int oldPrec = prec;
      clearflags();
      buf.append("%!").append(verb).append("(PANIC=").append(which).append(" method: ");
      panicking = true;
      buf.append(Exec.panicText(e));
      panicking = false;
      buf.append(')');
      widPresent = old[0];
      precPresent = old[1];
      minus = old[2];
      plus = old[3];
      sharp = old[4];
      space = old[5];
      zero = old[6];
      plusV = old[7];
      sharpV = old[8];
      wid = oldWid;
      prec = oldPrec;
      return true;
    }
    fmtString(s, verb);
    return true;
  }

  private static boolean isBasic(GoType t) {
    return t == GoType.BOOL || t == GoType.INT || t == GoType.INT8 || t == GoType.INT16
        || t == GoType.INT32 || t == GoType.INT64 || t == GoType.UINT || t == GoType.UINT8
        || t == GoType.UINT16 || t == GoType.UINT32 || t == GoType.UINT64 || t == GoType.UINTPTR
        || t == GoType.FLOAT32 || t == GoType.FLOAT64 || t == GoType.COMPLEX64
        || t == GoType.COMPLEX128 || t == GoType.STRING;
  }

  /** printArg: {@code a} is a concrete value or null for nil. */
  void printArg(Value a, char verb) {
    arg = a;
    argSet = true;
    value = Value.INVALID;
    if (a == null) {
      if (verb == 'T' || verb == 'v') {
        padString("<nil>");
      } else {
        badVerb(verb);
      }
      return;
    }
    if (verb == 'T') {
      fmtS(a.type().toString());
      return;
    }
    if (verb == 'p') {
      fmtPointer(a, 'p');
      return;
    }
    GoType t = a.type();
    if (isBasic(t)) {
      printBasic(a, verb);
      return;
    }
    if (!handleMethods(verb)) {
      printValue(a, verb, 0);
    }
  }

  private void printBasic(Value f, char verb) {
    GoType.Kind k = f.kind();
    switch (k) {
      case BOOL: fmtBool(f.bool(), verb); break;
      case FLOAT32: fmtFloat(f.floatValue(), 32, verb); break;
      case FLOAT64: fmtFloat(f.floatValue(), 64, verb); break;
      case COMPLEX64: fmtComplex(f.complexValue(), 64, verb); break;
      case COMPLEX128: fmtComplex(f.complexValue(), 128, verb); break;
      case STRING: fmtString(f.stringValue(), verb); break;
      default:
        fmtInteger(f.longValue(), k.isInt(), verb);
    }
  }

  private void printValue(Value v, char verb, int depth) {
    if (depth > 0 && v.isValid()) {
      Value a = anyArg(v);
      if (a != null) {
        arg = a;
        argSet = true;
        if (handleMethods(verb)) {
          return;
        }
      }
    }
    arg = null;
    argSet = false;
    value = v;
    if (!v.isValid()) {
      if (depth == 0) {
        buf.append("<invalid reflect.Value>");
      } else if (verb == 'v') {
        buf.append("<nil>");
      } else {
        badVerb(verb);
      }
      return;
    }
    switch (v.kind()) {
      case BOOL: case INT: case INT8: case INT16: case INT32: case INT64: case UINT: case UINT8:
      case UINT16: case UINT32: case UINT64: case UINTPTR: case FLOAT32: case FLOAT64:
      case COMPLEX64: case COMPLEX128: case STRING:
        printBasic(v, verb);
        break;
      case MAP: {
        if (sharpV) {
          buf.append(v.type());
          if (v.isNil()) {
            buf.append("(nil)");
            return;
          }
          buf.append('{');
        } else {
          buf.append("map[");
        }
        List<Object> keys = MapKeys.sorted(v);
        GoType kt = v.type().key();
        for (int i = 0; i < keys.size(); i++) {
          if (i > 0) {
            if (sharpV) {
              buf.append(", ");
            } else {
              buf.append(' ');
            }
          }
          printValue(Value.raw(kt, keys.get(i)), verb, depth + 1);
          buf.append(':');
          printValue(v.mapIndex(keys.get(i)), verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
        break;
      }
      case STRUCT: {
        if (sharpV) {
          buf.append(v.type());
        }
        buf.append('{');
        List<GoType.Field> fs = v.type().fields();
        for (int i = 0; i < fs.size(); i++) {
          if (i > 0) {
            if (sharpV) {
              buf.append(", ");
            } else {
              buf.append(' ');
            }
          }
          if (plusV || sharpV) {
            buf.append(fs.get(i).name()).append(':');
          }
          Value fv = v.field(i);
          if (fv.kind() == GoType.Kind.INTERFACE && !fv.isNil()) {
            fv = fv.elem();
          }
          printValue(fv, verb, depth + 1);
        }
        buf.append('}');
        break;
      }
      case INTERFACE: {
        Value e = v.elem();
        if (!e.isValid()) {
          if (sharpV) {
            buf.append(v.type()).append("(nil)");
          } else {
            buf.append("<nil>");
          }
        } else {
          printValue(e, verb, depth + 1);
        }
        break;
      }
      case ARRAY: case SLICE: {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
            && v.type().elem().kind() == GoType.Kind.UINT8) {
          List<Value> l = v.list();
          byte[] b = new byte[l.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) l.get(i).longValue();
          }
          switch (verb) {
            case 's': fmtS(new String(b, StandardCharsets.UTF_8)); break;
            case 'x': fmtSbx(b, LDIGITS); break;
            case 'X': fmtSbx(b, UDIGITS); break;
            default: fmtQ(new String(b, StandardCharsets.UTF_8)); break;
          }
          return;
        }
        List<Value> l = v.list();
        if (sharpV) {
          buf.append(v.type());
          if (v.kind() == GoType.Kind.SLICE && v.isNil()) {
            buf.append("(nil)");
            return;
          }
          buf.append('{');
          for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
              buf.append(", ");
            }
            printValue(l.get(i), verb, depth + 1);
          }
          buf.append('}');
        } else {
          buf.append('[');
          for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
              buf.append(' ');
            }
            printValue(l.get(i), verb, depth + 1);
          }
          buf.append(']');
        }
        break;
      }
      case POINTER:
        if (depth == 0 && !v.isNil()) {
          Value a = v.elem();
          switch (a.kind()) {
            case ARRAY: case SLICE: case STRUCT: case MAP:
              buf.append('&');
              printValue(a, verb, depth + 1);
              return;
            default:
              break;
          }
        }
        fmtPointer(v, verb);
        break;
      case FUNC:
        fmtPointer(v, verb);
        break;
      default:
        buf.append('?').append(v.type()).append('?');
    }
  }

  // ---- Printf ---------------------------------------------------------------------------------

  private static boolean tooLarge(int x) {
    return x > 1_000_000 || x < -1_000_000;
  }

  /** parsenum returns {num, isnum(0/1), newi}. */
  private static int[] parsenum(String s, int start, int end) {
    if (start >= end) {
      return new int[] {0, 0, end};
    }
    int num = 0;
    boolean isnum = false;
    int i = start;
    for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
      if (tooLarge(num)) {
        return new int[] {0, 0, end};
      }
      num = num * 10 + (s.charAt(i) - '0');
      isnum = true;
    }
    return new int[] {num, isnum ? 1 : 0, i};
  }

  /** intFromArg returns {num, isInt, newArgNum}. */
  private static int[] intFromArg(Value[] a, int argNum) {
    int num = 0;
    boolean isInt = false;
    int newArgNum = argNum;
    if (argNum < a.length) {
      Value v = a[argNum];
      if (v != null) {
        GoType.Kind k = v.kind();
        if (k.isInt()) {
          num = (int) v.longValue();
          isInt = num == v.longValue();
        } else if (k.isUint()) {
          long n = v.longValue();
          if (n >= 0 && (int) n == n) {
            num = (int) n;
            isInt = true;
          }
        }
      }
      newArgNum = argNum + 1;
      if (tooLarge(num)) {
        num = 0;
        isInt = false;
      }
    }
    return new int[] {num, isInt ? 1 : 0, newArgNum};
  }

  /** argNumber returns {newArgNum, newi, found}. */
  private int[] argNumber(int argNum, String format, int i, int numArgs) {
    if (format.length() <= i || format.charAt(i) != '[') {
      return new int[] {argNum, i, 0};
    }
    reordered = true;
    // parseArgNumber
    String f = format.substring(i);
    int index = 0;
    int w = 1;
    boolean ok = false;
    if (f.length() >= 3) {
      for (int j = 1; j < f.length(); j++) {
        if (f.charAt(j) == ']') {
          int[] pn = parsenum(f, 1, j);
          if (pn[1] == 0 || pn[2] != j) {
            index = 0;
            w = j + 1;
            ok = false;
          } else {
            index = pn[0] - 1;
            w = j + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < numArgs) {
      return new int[] {index, i + w, 1};
    }
    goodArgNum = false;
    return new int[] {argNum, i + w, ok ? 1 : 0};
  }

  private void doPrintf(String format, Value[] a) {
    int end = format.length();
    int argNum = 0;
    boolean afterIndex = false;
    reordered = false;
    formatLoop:
    for (int i = 0; i < end; ) {
      goodArgNum = true;
      int lasti = i;
      while (i < end && format.charAt(i) != '%') {
        i++;
      }
      if (i > lasti) {
        buf.append(format, lasti, i);
      }
      if (i >= end) {
        break;
      }
      i++;
      clearflags();
      simpleFormat:
      for (; i < end; i++) {
        char c = format.charAt(i);
        switch (c) {
          case '#': sharp = true; break;
          case '0': zero = true; break;
          case '+': plus = true; break;
          case '-': minus = true; break;
          case ' ': space = true; break;
          default:
            if ('a' <= c && c <= 'z' && argNum < a.length) {
              if (c == 'v' || c == 'w') {
                sharpV = sharp;
                sharp = false;
                plusV = plus;
                plus = false;
              }
              if (c == 'w') {
                badVerbW(a[argNum]);
              } else {
                printArg(a[argNum], c);
              }
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      int[] an = argNumber(argNum, format, i, a.length);
      argNum = an[0];
      i = an[1];
      afterIndex = an[2] == 1;
      if (i < end && format.charAt(i) == '*') {
        i++;
        int[] r = intFromArg(a, argNum);
        wid = r[0];
        widPresent = r[1] == 1;
        argNum = r[2];
        if (!widPresent) {
          buf.append("%!(BADWIDTH)");
        }
        if (wid < 0) {
          wid = -wid;
          minus = true;
          zero = false;
        }
        afterIndex = false;
      } else {
        int[] pn = parsenum(format, i, end);
        wid = pn[0];
        widPresent = pn[1] == 1;
        i = pn[2];
        if (afterIndex && widPresent) {
          goodArgNum = false;
        }
      }
      if (i + 1 < end && format.charAt(i) == '.') {
        i++;
        if (afterIndex) {
          goodArgNum = false;
        }
        an = argNumber(argNum, format, i, a.length);
        argNum = an[0];
        i = an[1];
        afterIndex = an[2] == 1;
        if (i < end && format.charAt(i) == '*') {
          i++;
          int[] r = intFromArg(a, argNum);
          prec = r[0];
          precPresent = r[1] == 1;
          argNum = r[2];
          if (prec < 0) {
            prec = 0;
            precPresent = false;
          }
          if (!precPresent) {
            buf.append("%!(BADPREC)");
          }
          afterIndex = false;
        } else {
          int[] pn = parsenum(format, i, end);
          prec = pn[0];
          precPresent = pn[1] == 1;
          i = pn[2];
          if (!precPresent) {
            prec = 0;
            precPresent = true;
          }
        }
      }
      if (!afterIndex) {
        an = argNumber(argNum, format, i, a.length);
        argNum = an[0];
        i = an[1];
        afterIndex = an[2] == 1;
      }
      if (i >= end) {
        buf.append("%!(NOVERB)");
        break;
      }
      int verbCp = format.codePointAt(i);
      i += Character.charCount(verbCp);
      char verb = verbCp < 0x10000 ? (char) verbCp : '\uFFFD';
      if (verb == '%') {
        buf.append('%');
      } else if (!goodArgNum) {
        buf.append("%!").appendCodePoint(verbCp).append("(BADINDEX)");
      } else if (argNum >= a.length) {
        buf.append("%!").appendCodePoint(verbCp).append("(MISSING)");
      } else {
        if (verb == 'v' || verb == 'w') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        if (verb == 'w') {
          badVerbW(a[argNum]);
        } else if (verbCp >= 0x10000) {
          printArgWide(a[argNum], verbCp);
        } else {
          printArg(a[argNum], verb);
        }
        argNum++;
      }
    }
    if (!reordered && argNum < a.length) {
      clearflags();
      buf.append("%!(EXTRA ");
      for (int k = argNum; k < a.length; k++) {
        if (k > argNum) {
          buf.append(", ");
        }
        Value x = a[k];
        if (x == null) {
          buf.append("<nil>");
        } else {
          buf.append(x.type()).append('=');
          printArg(x, 'v');
        }
      }
      buf.append(')');
    }
  }

  // Sprintf does not wrap errors: %w is a bad verb there (handleMethods' first check).
  private void badVerbW(Value a) {
    arg = a;
    argSet = true;
    value = Value.INVALID;
    if (a == null) {
      badVerb('w');
      return;
    }
    badVerb('w');
  }

  // A verb outside the BMP is never valid.
  private void printArgWide(Value a, int verbCp) {
    int start = buf.length();
    printArg(a, '\uFFFF');
    String s = buf.substring(start);
    buf.setLength(start);
    buf.append(s.replace("%!\uFFFF", "%!" + new String(Character.toChars(verbCp))));
  }
}
