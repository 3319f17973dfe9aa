// Ported from Go's text/template/funcs.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builtins are Go's builtin template functions with their Go signatures and error texts. */
final class Builtins {
  private static final GoType RV = GoType.REFLECT_VALUE;
  private static final Map<String, GoFunc> FUNCS = new HashMap<>();

  /** CALL_IMPL is Go's call(name string, fn reflect.Value, args ...reflect.Value). */
  static final GoFunc CALL_IMPL = GoFunc.variadic(RV, true, Builtins::call, GoType.STRING, RV, RV);

  static {
    GoFunc unreachable = GoFunc.variadic(RV, false, a -> {
      throw new IllegalStateException("unreachable");
    }, RV, RV);
    FUNCS.put("and", unreachable);
    FUNCS.put("or", unreachable);
    FUNCS.put("call", GoFunc.variadic(RV, false, a -> {
      throw new IllegalStateException("unreachable");
    }, RV, RV));
    FUNCS.put("html", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(htmlEscapeString(evalArgs(a))), GoType.ANY));
    FUNCS.put("js", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(jsEscapeString(evalArgs(a))), GoType.ANY));
    FUNCS.put("urlquery", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(queryEscape(evalArgs(a))), GoType.ANY));
    FUNCS.put("index", GoFunc.variadic(RV, true, Builtins::index, RV, RV));
    FUNCS.put("slice", GoFunc.variadic(RV, true, Builtins::slice, RV, RV));
    FUNCS.put("len", GoFunc.withError(GoType.INT, Builtins::length, RV));
    FUNCS.put("not", GoFunc.of(GoType.BOOL, a -> Value.of(!Exec.truth(a[0])), RV));
    FUNCS.put("print", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(GoFmt.sprint(a)), GoType.ANY));
    FUNCS.put("printf", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(GoFmt.sprintf(a[0].stringValue(), java.util.Arrays.copyOfRange(a, 1, a.length))),
        GoType.STRING, GoType.ANY));
    FUNCS.put("println", GoFunc.variadic(GoType.STRING, false,
        a -> Value.of(GoFmt.sprintln(a)), GoType.ANY));
    FUNCS.put("eq", GoFunc.variadic(GoType.BOOL, true,
        a -> Value.of(eq(a[0], java.util.Arrays.copyOfRange(a, 1, a.length))), RV, RV));
    FUNCS.put("ne", GoFunc.withError(GoType.BOOL,
        a -> Value.of(!eq(a[0], new Value[] {a[1]})), RV, RV));
    FUNCS.put("lt", GoFunc.withError(GoType.BOOL, a -> Value.of(lt(a[0], a[1])), RV, RV));
    FUNCS.put("le", GoFunc.withError(GoType.BOOL, a -> Value.of(le(a[0], a[1])), RV, RV));
    FUNCS.put("gt", GoFunc.withError(GoType.BOOL, a -> Value.of(!le(a[0], a[1])), RV, RV));
    FUNCS.put("ge", GoFunc.withError(GoType.BOOL, a -> Value.of(!lt(a[0], a[1])), RV, RV));
  }

  private Builtins() {
  }

  static GoFunc get(String name) {
    return FUNCS.get(name);
  }

  static Set<String> names() {
    return FUNCS.keySet();
  }

  // ---- index, slice, len, call ----------------------------------------------------------------

  private static Value indirectInterface(Value v) {
    return v.concrete();
  }

  private static String typeOf(Value v) {
    if (!v.isValid()) {
      throw new GoError("reflect: call of reflect.Value.Type on zero Value");
    }
    return v.type().toString();
  }

  /** indexArg checks an index value; Go: indexArg. */
  private static int indexArg(Value index, int cap) {
    long x;
    GoType.Kind k = index.kind();
    if (k == null) {
      throw new GoError("cannot index slice/array with nil");
    } else if (k.isInt()) {
      x = index.longValue();
    } else if (k.isUint()) {
      x = index.longValue(); // int64(index.Uint())
    } else {
      throw new GoError("cannot index slice/array with type " + index.type());
    }
    if (x < 0 || x > cap) {
      throw new GoError("index out of range: " + x);
    }
    return (int) x;
  }

  private static Value index(Value[] a) {
    Value item = indirectInterface(a[0]);
    if (!item.isValid()) {
      throw new GoError("index of untyped nil");
    }
    for (int i = 1; i < a.length; i++) {
      Value index = indirectInterface(a[i]);
      boolean[] isNil = new boolean[1];
      item = Exec.indirect(item, isNil);
      if (isNil[0]) {
        throw new GoError("index of nil pointer");
      }
      switch (item.kind()) {
        case ARRAY: case SLICE: case STRING: {
          int len = item.len();
          int x = indexArg(index, len);
          if (x == len) {
            throw new GoError("reflect: " + item.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " index out of range");
          }
          if (item.kind() == GoType.Kind.STRING) {
            byte[] b = item.stringValue().getBytes(StandardCharsets.UTF_8);
            item = Value.raw(GoType.UINT8, (long) (b[x] & 0xff));
          } else {
            boolean addr = item.kind() == GoType.Kind.SLICE || item.addressable;
            item = item.list().get(x);
            if (addr) {
              item = item.asAddressable();
            }
          }
          break;
        }
        case MAP: {
          Object key = prepareArg(index, item.type().key());
          Value x = item.mapIndex(key);
          item = x.isValid() ? x : Value.zero(item.type().elem());
          break;
        }
        default:
          throw new GoError("can't index item of type " + item.type());
      }
    }
    return item;
  }

  /** prepareArg converts a map index to the key type and returns its payload. */
  private static Object prepareArg(Value value, GoType argType) {
    if (!value.isValid()) {
      throw new GoError("value is nil; should be of type " + argType);
    }
    if (value.type().assignableTo(argType)) {
      return value.payload();
    }
    if ((value.kind().isInt() || value.kind().isUint())
        && (argType.kind().isInt() || argType.kind().isUint())) {
      return Value.truncate(argType.kind(), value.longValue());
    }
    throw new GoError("value has type " + value.type() + "; should be " + argType);
  }

  private static Value slice(Value[] a) {
    Value item = indirectInterface(a[0]);
    if (!item.isValid()) {
      throw new GoError("slice of untyped nil");
    }
    int nidx = a.length - 1;
    if (nidx > 3) {
      throw new GoError("too many slice indexes: " + nidx);
    }
    int cap;
    switch (item.kind()) {
      case STRING:
        if (nidx == 3) {
          throw new GoError("cannot 3-index slice a string");
        }
        cap = item.len();
        break;
      case ARRAY: case SLICE:
        cap = item.cap();
        break;
      default:
        throw new GoError("can't slice item of type " + item.type());
    }
    int[] idx = {0, item.len(), 0};
    for (int i = 0; i < nidx; i++) {
      idx[i] = indexArg(a[i + 1], cap);
    }
    if (idx[0] > idx[1]) {
      throw new GoError("invalid slice index: " + idx[0] + " > " + idx[1]);
    }
    if (nidx < 3) {
      return item.slice(idx[0], idx[1], -1);
    }
    if (idx[1] > idx[2]) {
      throw new GoError("invalid slice index: " + idx[1] + " > " + idx[2]);
    }
    return item.slice(idx[0], idx[1], idx[2]);
  }

  private static Value length(Value[] a) {
    boolean[] isNil = new boolean[1];
    Value item = Exec.indirect(a[0], isNil);
    if (isNil[0]) {
      throw new GoError("len of nil pointer");
    }
    GoType.Kind k = item.kind();
    if (k == GoType.Kind.ARRAY || k == GoType.Kind.MAP || k == GoType.Kind.SLICE
        || k == GoType.Kind.STRING) {
      return Value.ofInt(item.len());
    }
    throw new GoError("len of type " + typeOf(item));
  }

  private static Value call(Value[] a) {
    String name = a[0].stringValue();
    Value fn = indirectInterface(a[1]);
    if (!fn.isValid()) {
      throw new GoError("call of nil");
    }
    if (fn.kind() != GoType.Kind.FUNC) {
      throw new GoError("non-function " + name + " of type " + fn.type());
    }
    GoFunc f = fn.func();
    if (f == null) {
      throw new GoError("call of nil function " + name);
    }
    GoFunc.Signature typ = f.signature();
    int numIn = typ.params().size();
    int nargs = a.length - 2;
    GoType dddType = null;
    if (typ.variadic()) {
      if (nargs < numIn - 1) {
        throw new GoError("wrong number of args for " + name + ": got " + nargs
            + " want at least " + (numIn - 1));
      }
      dddType = typ.params().get(numIn - 1).elem();
    } else if (nargs != numIn) {
      throw new GoError("wrong number of args for " + name + ": got " + nargs + " want " + numIn);
    }
    Value[] argv = new Value[nargs];
    for (int i = 0; i < nargs; i++) {
      Value arg = indirectInterface(a[i + 2]);
      GoType argType = dddType;
      if (!typ.variadic() || i < numIn - 1) {
        argType = typ.params().get(i);
      }
      try {
        argv[i] = prepareCallArg(arg, argType);
      } catch (GoError e) {
        throw new GoError("arg " + i + ": " + e.getMessage());
      }
    }
    Value r = f.call(argv);
    if (typ.result().isInterface() && r != null && r.isValid() && !r.type().isInterface()) {
      r = Value.ofInterface(typ.result(), r);
    }
    return r == null ? Value.INVALID : r;
  }

  private static Value prepareCallArg(Value value, GoType argType) {
    if (argType == GoType.REFLECT_VALUE) {
      return value;
    }
    if (!value.isValid()) {
      boolean canBeNil;
      switch (argType.kind()) {
        case FUNC: case INTERFACE: case MAP: case POINTER: case SLICE: canBeNil = true; break;
        default: canBeNil = false;
      }
      if (!canBeNil) {
        throw new GoError("value is nil; should be of type " + argType);
      }
      value = Value.zero(argType);
    }
    if (value.type().assignableTo(argType)) {
      if (argType.isInterface()) {
        return value.type().isInterface() ? (value.isNil() ? Value.nilInterface() : value.elem())
            : value;
      }
      return value;
    }
    if ((value.kind().isInt() || value.kind().isUint())
        && (argType.kind().isInt() || argType.kind().isUint())) {
      return Value.raw(argType, Value.truncate(argType.kind(), value.longValue()));
    }
    throw new GoError("value has type " + value.type() + "; should be " + argType);
  }

  // ---- comparison ---------------------------------------------------------------------------

  private static final String BAD_TYPE = "invalid type for comparison";
  private static final String BAD_COMPARISON = "incompatible types for comparison";

  private enum BasicKind { INVALID, BOOL, COMPLEX, INT, FLOAT, STRING, UINT }

  private static BasicKind basicKind(Value v) {
    GoType.Kind k = v.kind();
    if (k == null) {
      return BasicKind.INVALID;
    }
    if (k == GoType.Kind.BOOL) {
      return BasicKind.BOOL;
    }
    if (k.isInt()) {
      return BasicKind.INT;
    }
    if (k.isUint()) {
      return BasicKind.UINT;
    }
    if (k.isFloat()) {
      return BasicKind.FLOAT;
    }
    if (k.isComplex()) {
      return BasicKind.COMPLEX;
    }
    if (k == GoType.Kind.STRING) {
      return BasicKind.STRING;
    }
    return BasicKind.INVALID;
  }

  private static boolean isNil(Value v) {
    if (!v.isValid()) {
      return true;
    }
    return v.isNil();
  }

  static boolean eq(Value arg1, Value[] arg2) {
    arg1 = indirectInterface(arg1);
    if (arg2.length == 0) {
      throw new GoError("missing argument for comparison");
    }
    BasicKind k1 = basicKind(arg1);
    for (Value arg0 : arg2) {
      Value arg = indirectInterface(arg0);
      BasicKind k2 = basicKind(arg);
      boolean truth = false;
      if (k1 != k2) {
        if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
          truth = arg1.longValue() >= 0 && arg1.longValue() == arg.longValue();
        } else if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
          truth = arg.longValue() >= 0 && arg1.longValue() == arg.longValue();
        } else if (arg1.isValid() && arg.isValid()) {
          throw new GoError(BAD_COMPARISON);
        }
      } else {
        switch (k1) {
          case BOOL: truth = arg1.bool() == arg.bool(); break;
          case COMPLEX:
            truth = arg1.complexValue()[0] == arg.complexValue()[0]
                && arg1.complexValue()[1] == arg.complexValue()[1];
            break;
          case FLOAT: truth = arg1.floatValue() == arg.floatValue(); break;
          case INT: case UINT: truth = arg1.longValue() == arg.longValue(); break;
          case STRING: truth = arg1.stringValue().equals(arg.stringValue()); break;
          default:
            if (!canCompare(arg1, arg)) {
              throw new GoError(GoFmt.sprintf("non-comparable types %s: %v, %s: %v", new Value[] {
                  arg1, Value.of(typeOf(arg1)), Value.of(typeOf(arg)), arg}));
            }
            if (isNil(arg1) || isNil(arg)) {
              truth = isNil(arg) == isNil(arg1);
            } else {
              if (!arg.type().comparable()) {
                throw new GoError(GoFmt.sprintf("non-comparable type %s: %v",
                    new Value[] {arg, Value.of(arg.type().toString())}));
              }
              truth = deepEqualComparable(arg1, arg);
            }
        }
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  private static boolean canCompare(Value v1, Value v2) {
    GoType.Kind k1 = v1.kind();
    GoType.Kind k2 = v2.kind();
    if (k1 == k2) {
      return true;
    }
    return k1 == null || k2 == null;
  }

  // arg1.Interface() == arg.Interface() for comparable non-basic values.
  private static boolean deepEqualComparable(Value a, Value b) {
    if (!a.type().identical(b.type())) {
      return false;
    }
    switch (a.kind()) {
      case POINTER:
        return a.payload() == b.payload();
      case STRUCT: {
        for (int i = 0; i < a.type().fields().size(); i++) {
          if (!valuesEqual(a.field(i), b.field(i))) {
            return false;
          }
        }
        return true;
      }
      case ARRAY: {
        for (int i = 0; i < a.list().size(); i++) {
          if (!valuesEqual(a.list().get(i), b.list().get(i))) {
            return false;
          }
        }
        return true;
      }
      default:
        return a.payload() == b.payload();
    }
  }

  private static boolean valuesEqual(Value a, Value b) {
    if (a.kind() == GoType.Kind.INTERFACE) {
      a = a.concrete();
      b = b.concrete();
      if (!a.isValid() || !b.isValid()) {
        return a.isValid() == b.isValid();
      }
    }
    switch (basicKind(a)) {
      case INVALID:
        return deepEqualComparable(a, b);
      case FLOAT:
        return a.type().identical(b.type()) && a.floatValue() == b.floatValue();
      case COMPLEX:
        return a.type().identical(b.type())
            && a.complexValue()[0] == b.complexValue()[0]
            && a.complexValue()[1] == b.complexValue()[1];
      default:
        return a.type().identical(b.type()) && a.payload().equals(b.payload());
    }
  }

  static boolean lt(Value arg1, Value arg2) {
    arg1 = indirectInterface(arg1);
    BasicKind k1 = basicKind(arg1);
    if (k1 == BasicKind.INVALID) {
      throw new GoError(BAD_TYPE);
    }
    arg2 = indirectInterface(arg2);
    BasicKind k2 = basicKind(arg2);
    if (k2 == BasicKind.INVALID) {
      throw new GoError(BAD_TYPE);
    }
    if (k1 != k2) {
      if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
        return arg1.longValue() < 0 || Long.compareUnsigned(arg1.longValue(), arg2.longValue()) < 0;
      }
      if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
        return arg2.longValue() >= 0
            && Long.compareUnsigned(arg1.longValue(), arg2.longValue()) < 0;
      }
      throw new GoError(BAD_COMPARISON);
    }
    switch (k1) {
      case BOOL: case COMPLEX:
        throw new GoError(BAD_TYPE);
      case FLOAT: return arg1.floatValue() < arg2.floatValue();
      case INT: return arg1.longValue() < arg2.longValue();
      case STRING: return GoStrings.compare(arg1.stringValue(), arg2.stringValue()) < 0;
      default: return Long.compareUnsigned(arg1.longValue(), arg2.longValue()) < 0;
    }
  }

  static boolean le(Value arg1, Value arg2) {
    if (lt(arg1, arg2)) {
      return true;
    }
    return eq(arg1, new Value[] {arg2});
  }

  // ---- escapers -------------------------------------------------------------------------------

  /** evalArgs is Go's evalArgs: one string as is, else fmt.Sprint of the printable values. */
  private static String evalArgs(Value[] args) {
    if (args.length == 1 && args[0] != null && args[0].type() == GoType.STRING) {
      return args[0].stringValue();
    }
    Value[] printable = new Value[args.length];
    for (int i = 0; i < args.length; i++) {
      Value v = args[i] == null ? Value.INVALID : args[i].concrete();
      if (v.kind() == GoType.Kind.POINTER) {
        v = Exec.indirect(v);
      }
      if (!v.isValid()) {
        printable[i] = Value.of("<no value>");
      } else {
        printable[i] = v;
      }
    }
    return GoFmt.sprint(printable);
  }

  static String htmlEscapeString(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep;
      switch (c) {
        case 0: rep = "\uFFFD"; break;
        case '"': rep = "&#34;"; break;
        case '\'': rep = "&#39;"; break;
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        default: rep = null;
      }
      if (rep != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  static String jsEscapeString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      switch (r) {
        case '\\': b.append("\\\\"); continue;
        case '\'': b.append("\\'"); continue;
        case '"': b.append("\\\""); continue;
        case '<': b.append("\\u003C"); continue;
        case '>': b.append("\\u003E"); continue;
        case '&': b.append("\\u0026"); continue;
        case '=': b.append("\\u003D"); continue;
        default: break;
      }
      if (r < ' ') {
        b.append("\\u00").append("0123456789ABCDEF".charAt(r >> 4))
            .append("0123456789ABCDEF".charAt(r & 0xf));
      } else if (r < 0x80 || (GoStrings.isPrint(r) && !(r >= 0xD800 && r <= 0xDFFF))) {
        b.appendCodePoint(r);
      } else {
        b.append(String.format("\\u%04X", r));
      }
    }
    return b.toString();
  }

  static String queryEscape(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length + 8);
    for (byte x : bytes) {
      int c = x & 0xff;
      if ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
          || c == '_' || c == '.' || c == '~') {
        b.append((char) c);
      } else if (c == ' ') {
        b.append('+');
      } else {
        b.append('%').append("0123456789ABCDEF".charAt(c >> 4))
            .append("0123456789ABCDEF".charAt(c & 0xf));
      }
    }
    return b.toString();
  }

  static List<String> sortedNames() {
    List<String> l = new ArrayList<>(FUNCS.keySet());
    l.sort(null);
    return l;
  }
}
