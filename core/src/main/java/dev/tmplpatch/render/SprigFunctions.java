// Ported from github.com/Masterminds/sprig/v3 (MIT, Copyright Matt Butcher and Matt Farina)
// and github.com/spf13/cast (MIT, Copyright Steve Francia): the functions below keep their
// Go signatures, results and panics.
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SprigFunctions are the sprig v3 functions ({@code sprig.TxtFuncMap()}) that Istio's templates
 * call and the common string, list, dict, default and number functions Helm-style templates use,
 * with sprig's semantics: {@code default} and {@code empty} by Go's zero values, {@code quote}
 * skipping nil arguments, {@code int}/{@code int64}/{@code float64} and the arithmetic by
 * spf13/cast (unconvertible values are 0), the list functions panicking as sprig does
 * ({@code Cannot push on type map}).
 *
 * <p>Written against sprig 3.2.3 (the conformance profile's Go program) and checked against it;
 * for these functions sprig 3.3.0 (istiod 1.24+) has the same code. Not provided: {@code set}
 * and {@code unset} (they mutate the map, which Values cannot), {@code keys} returns its keys
 * sorted (Go's order is random), and the functions outside the documented list.
 */
public final class SprigFunctions {
  private SprigFunctions() {
  }

  /** funcMap is the sprig functions provided, by sprig's names. */
  public static FuncMap funcMap() {
    FuncMap m = FuncMap.empty();
    m = m.with("default", GoFunc.variadic(GoType.ANY, false,
        a -> a.length < 2 || empty(a[1]) ? a[0] : a[1], GoType.ANY, GoType.ANY));
    m = m.with("empty", GoFunc.of(GoType.BOOL, a -> Value.of(empty(a[0])), GoType.ANY));
    m = m.with("coalesce", GoFunc.variadic(GoType.ANY, false, a -> {
      for (Value v : a) {
        if (!empty(v)) {
          return v;
        }
      }
      return Value.nilInterface();
    }, GoType.ANY));
    m = m.with("ternary", GoFunc.of(GoType.ANY, a -> a[2].bool() ? a[0] : a[1],
        GoType.ANY, GoType.ANY, GoType.BOOL));
    m = m.with("list", GoFunc.variadic(GoType.ANY_SLICE, false,
        a -> Value.ofSlice(GoType.ANY_SLICE, List.of(a)), GoType.ANY));
    m = m.with("dict", GoFunc.variadic(GoType.ANY_MAP, false, a -> {
      Map<String, Value> d = new LinkedHashMap<>();
      for (int i = 0; i < a.length; i += 2) {
        String key = strval(a[i]);
        d.put(key, i + 1 >= a.length ? Value.of("") : a[i + 1]);
      }
      return Value.ofMap(GoType.ANY_MAP, d);
    }, GoType.ANY));
    m = m.with("get", GoFunc.of(GoType.ANY, a -> {
      Value v = a[0].mapIndex(a[1].stringValue());
      return v.isValid() ? v : Value.of("");
    }, GoType.ANY_MAP, GoType.STRING));
    m = m.with("hasKey", GoFunc.of(GoType.BOOL,
        a -> Value.of(a[0].mapIndex(a[1].stringValue()).isValid()), GoType.ANY_MAP,
        GoType.STRING));
    m = m.with("keys", GoFunc.variadic(GoType.STRING_SLICE, false, a -> {
      List<Value> out = new ArrayList<>();
      for (Value d : a) {
        for (Object k : d.map().keySet()) {
          out.add(Value.of((String) k));
        }
      }
      out.sort((x, y) -> GoStrings.compare(x.stringValue(), y.stringValue()));
      return Value.ofSlice(GoType.STRING_SLICE, out);
    }, GoType.ANY_MAP));
    m = m.with("pick", GoFunc.variadic(GoType.ANY_MAP, false, a -> {
      Map<String, Value> res = new LinkedHashMap<>();
      for (int i = 1; i < a.length; i++) {
        String k = a[i].stringValue();
        Value v = a[0].mapIndex(k);
        if (v.isValid()) {
          res.put(k, v);
        }
      }
      return Value.ofMap(GoType.ANY_MAP, res);
    }, GoType.ANY_MAP, GoType.STRING));
    m = m.with("omit", GoFunc.variadic(GoType.ANY_MAP, false, a -> {
      java.util.Set<String> drop = new java.util.HashSet<>();
      for (int i = 1; i < a.length; i++) {
        drop.add(a[i].stringValue());
      }
      Map<String, Value> res = new LinkedHashMap<>();
      for (Map.Entry<Object, Value> e : a[0].map().entrySet()) {
        if (!drop.contains((String) e.getKey())) {
          res.put((String) e.getKey(), e.getValue());
        }
      }
      return Value.ofMap(GoType.ANY_MAP, res);
    }, GoType.ANY_MAP, GoType.STRING));

    m = m.with("upper", str1(GoText::toUpper));
    m = m.with("lower", str1(GoText::toLower));
    m = m.with("title", str1(GoText::title));
    m = m.with("trim", str1(GoText::trimSpace));
    m = m.with("trimAll", str2((cut, s) -> GoText.trim(s, cut)));
    m = m.with("trimSuffix", str2((suf, s) -> s.endsWith(suf)
        ? s.substring(0, s.length() - suf.length()) : s));
    m = m.with("trimPrefix", str2((pre, s) -> s.startsWith(pre) ? s.substring(pre.length()) : s));
    m = m.with("replace", GoFunc.of(GoType.STRING,
        a -> Value.of(replaceAll(a[2].stringValue(), a[0].stringValue(), a[1].stringValue())),
        GoType.STRING, GoType.STRING, GoType.STRING));
    m = m.with("hasPrefix", strBool((pre, s) -> s.startsWith(pre)));
    m = m.with("hasSuffix", strBool((suf, s) -> s.endsWith(suf)));
    m = m.with("contains", strBool((sub, s) -> s.contains(sub)));
    m = m.with("quote", GoFunc.variadic(GoType.STRING, false, a -> {
      List<String> out = new ArrayList<>();
      for (Value v : a) {
        if (!isNil(v)) {
          out.add(GoStrings.quote(strval(v)));
        }
      }
      return Value.of(String.join(" ", out));
    }, GoType.ANY));
    m = m.with("squote", GoFunc.variadic(GoType.STRING, false, a -> {
      List<String> out = new ArrayList<>();
      for (Value v : a) {
        if (!isNil(v)) {
          out.add(GoFmt.sprintf("'%v'", new Value[] {v}));
        }
      }
      return Value.of(String.join(" ", out));
    }, GoType.ANY));
    m = m.with("cat", GoFunc.variadic(GoType.STRING, false, a -> {
      List<Value> vs = new ArrayList<>();
      for (Value v : a) {
        if (!isNil(v)) {
          vs.add(v);
        }
      }
      String format = GoText.trimSpace("%v ".repeat(vs.size()));
      return Value.of(GoFmt.sprintf(format, vs.toArray(new Value[0])));
    }, GoType.ANY));
    m = m.with("indent", GoFunc.of(GoType.STRING,
        a -> Value.of(indent((int) a[0].longValue(), a[1].stringValue())), GoType.INT,
        GoType.STRING));
    m = m.with("nindent", GoFunc.of(GoType.STRING,
        a -> Value.of("\n" + indent((int) a[0].longValue(), a[1].stringValue())), GoType.INT,
        GoType.STRING));
    m = m.with("trunc", GoFunc.of(GoType.STRING,
        a -> Value.of(trunc(a[0].longValue(), a[1].stringValue())), GoType.INT, GoType.STRING));
    m = m.with("toString", GoFunc.of(GoType.STRING, a -> Value.of(strval(a[0])), GoType.ANY));
    m = m.with("toJson", GoFunc.of(GoType.STRING, a -> {
      try {
        return Value.of(GoJson.marshal(a[0]));
      } catch (GoError e) {
        return Value.of("");
      }
    }, GoType.ANY));
    m = m.with("toPrettyJson", GoFunc.of(GoType.STRING, a -> {
      try {
        return Value.of(GoJson.marshalIndent(a[0], "", "  "));
      } catch (GoError e) {
        return Value.of("");
      }
    }, GoType.ANY));
    m = m.with("join", GoFunc.of(GoType.STRING,
        a -> Value.of(String.join(a[0].stringValue(), strslice(a[1]))), GoType.STRING,
        GoType.ANY));
    m = m.with("splitList", GoFunc.of(GoType.STRING_SLICE, a -> {
      List<Value> out = new ArrayList<>();
      for (String s : split(a[1].stringValue(), a[0].stringValue())) {
        out.add(Value.of(s));
      }
      return Value.ofSlice(GoType.STRING_SLICE, out);
    }, GoType.STRING, GoType.STRING));
    m = m.with("sortAlpha", GoFunc.of(GoType.STRING_SLICE, a -> {
      Value v = a[0].concrete();
      Value ind = v.isValid() && v.kind() == GoType.Kind.POINTER ? v.elem() : v;
      List<String> ss;
      if (ind.isValid() && (ind.kind() == GoType.Kind.SLICE || ind.kind() == GoType.Kind.ARRAY)) {
        ss = new ArrayList<>(strslice(a[0]));
        ss.sort(GoStrings::compare);
      } else {
        ss = List.of(strval(a[0]));
      }
      List<Value> out = new ArrayList<>();
      ss.forEach(s -> out.add(Value.of(s)));
      return Value.ofSlice(GoType.STRING_SLICE, out);
    }, GoType.ANY));

    m = m.with("int", GoFunc.of(GoType.INT, a -> Value.ofInt(toInt64(a[0], true)), GoType.ANY));
    m = m.with("int64", GoFunc.of(GoType.INT64,
        a -> Value.ofNumber(GoType.INT64, toInt64(a[0], false)), GoType.ANY));
    m = m.with("float64", GoFunc.of(GoType.FLOAT64, a -> Value.ofFloat64(toFloat64(a[0])),
        GoType.ANY));
    m = m.with("add1", GoFunc.of(GoType.INT64, a -> int64(toInt64(a[0], false) + 1), GoType.ANY));
    m = m.with("add", GoFunc.variadic(GoType.INT64, false, a -> {
      long sum = 0;
      for (Value v : a) {
        sum += toInt64(v, false);
      }
      return int64(sum);
    }, GoType.ANY));
    m = m.with("sub", GoFunc.of(GoType.INT64,
        a -> int64(toInt64(a[0], false) - toInt64(a[1], false)), GoType.ANY, GoType.ANY));
    m = m.with("div", GoFunc.of(GoType.INT64, a -> {
      long d = toInt64(a[1], false);
      if (d == 0) {
        throw new GoError("runtime error: integer divide by zero");
      }
      return int64(toInt64(a[0], false) / d);
    }, GoType.ANY, GoType.ANY));
    m = m.with("mod", GoFunc.of(GoType.INT64, a -> {
      long d = toInt64(a[1], false);
      if (d == 0) {
        throw new GoError("runtime error: integer divide by zero");
      }
      return int64(toInt64(a[0], false) % d);
    }, GoType.ANY, GoType.ANY));
    m = m.with("mul", GoFunc.variadic(GoType.INT64, false, a -> {
      long r = toInt64(a[0], false);
      for (int i = 1; i < a.length; i++) {
        r *= toInt64(a[i], false);
      }
      return int64(r);
    }, GoType.ANY, GoType.ANY));
    m = m.with("max", GoFunc.variadic(GoType.INT64, false, a -> {
      long r = toInt64(a[0], false);
      for (int i = 1; i < a.length; i++) {
        r = Math.max(r, toInt64(a[i], false));
      }
      return int64(r);
    }, GoType.ANY, GoType.ANY));
    m = m.with("min", GoFunc.variadic(GoType.INT64, false, a -> {
      long r = toInt64(a[0], false);
      for (int i = 1; i < a.length; i++) {
        r = Math.min(r, toInt64(a[i], false));
      }
      return int64(r);
    }, GoType.ANY, GoType.ANY));

    m = m.with("append", push());
    m = m.with("push", push());
    m = m.with("first", GoFunc.of(GoType.ANY, a -> {
      List<Value> l = listOf(a[0], "Cannot find first on type %s");
      return l.isEmpty() ? Value.nilInterface() : l.get(0);
    }, GoType.ANY));
    m = m.with("last", GoFunc.of(GoType.ANY, a -> {
      List<Value> l = listOf(a[0], "Cannot find last on type %s");
      return l.isEmpty() ? Value.nilInterface() : l.get(l.size() - 1);
    }, GoType.ANY));
    m = m.with("uniq", GoFunc.of(GoType.ANY_SLICE, a -> {
      List<Value> dest = new ArrayList<>();
      for (Value item : listOf(a[0], "Cannot find uniq on type %s")) {
        if (!inList(dest, item)) {
          dest.add(item);
        }
      }
      return Value.ofSlice(GoType.ANY_SLICE, dest);
    }, GoType.ANY));
    m = m.with("without", GoFunc.variadic(GoType.ANY_SLICE, false, a -> {
      List<Value> omit = new ArrayList<>();
      for (int i = 1; i < a.length; i++) {
        omit.add(a[i]);
      }
      List<Value> res = new ArrayList<>();
      for (Value item : listOf(a[0], "Cannot find without on type %s")) {
        if (!inList(omit, item)) {
          res.add(item);
        }
      }
      return Value.ofSlice(GoType.ANY_SLICE, res);
    }, GoType.ANY, GoType.ANY));
    m = m.with("has", GoFunc.of(GoType.BOOL, a -> {
      if (isNil(a[1])) {
        return Value.of(false);
      }
      for (Value item : listOf(a[1], "Cannot find has on type %s")) {
        if (deepEqual(a[0], item)) {
          return Value.of(true);
        }
      }
      return Value.of(false);
    }, GoType.ANY, GoType.ANY));
    m = m.with("concat", GoFunc.variadic(GoType.ANY, false, a -> {
      List<Value> res = new ArrayList<>();
      for (Value l : a) {
        Value c = l.concrete();
        if (!c.isValid()) {
          throw nilDeref();
        }
        if (c.kind() != GoType.Kind.SLICE && c.kind() != GoType.Kind.ARRAY) {
          throw new GoError("Cannot concat type " + kindName(c) + " as list");
        }
        for (Value e : c.list()) {
          res.add(e.concrete());
        }
      }
      return Value.ofSlice(GoType.ANY_SLICE, res.isEmpty() ? null : res);
    }, GoType.ANY));

    m = m.with("b64enc", str1(s -> Base64.getEncoder().encodeToString(GoText.utf8(s))));
    m = m.with("sha256sum", str1(s -> {
      try {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(GoText.utf8(s));
        StringBuilder sb = new StringBuilder();
        for (byte b : h) {
          sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }));
    m = m.with("typeOf", GoFunc.of(GoType.STRING, a -> Value.of(typeOf(a[0])), GoType.ANY));
    m = m.with("typeIs", GoFunc.of(GoType.BOOL,
        a -> Value.of(a[0].stringValue().equals(typeOf(a[1]))), GoType.STRING, GoType.ANY));
    m = m.with("kindOf", GoFunc.of(GoType.STRING, a -> Value.of(kindName(a[0].concrete())),
        GoType.ANY));
    m = m.with("kindIs", GoFunc.of(GoType.BOOL,
        a -> Value.of(a[0].stringValue().equals(kindName(a[1].concrete()))), GoType.STRING,
        GoType.ANY));
    return m;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private interface S1 {
    String apply(String s);
  }

  private interface S2 {
    String apply(String a, String b);
  }

  private interface B2 {
    boolean apply(String a, String b);
  }

  private static GoFunc str1(S1 f) {
    return GoFunc.of(GoType.STRING, a -> Value.of(f.apply(a[0].stringValue())), GoType.STRING);
  }

  private static GoFunc str2(S2 f) {
    return GoFunc.of(GoType.STRING, a -> Value.of(f.apply(a[0].stringValue(),
        a[1].stringValue())), GoType.STRING, GoType.STRING);
  }

  private static GoFunc strBool(B2 f) {
    return GoFunc.of(GoType.BOOL, a -> Value.of(f.apply(a[0].stringValue(),
        a[1].stringValue())), GoType.STRING, GoType.STRING);
  }

  private static Value int64(long v) {
    return Value.ofNumber(GoType.INT64, v);
  }

  private static GoFunc push() {
    return GoFunc.of(GoType.ANY_SLICE, a -> {
      List<Value> l = new ArrayList<>(listOf(a[0], "Cannot push on type %s"));
      l.add(a[1]);
      return Value.ofSlice(GoType.ANY_SLICE, l);
    }, GoType.ANY, GoType.ANY);
  }

  /** isNil is "x == nil" for an interface {} argument. */
  static boolean isNil(Value v) {
    return v == null || !v.concrete().isValid();
  }

  private static GoError nilDeref() {
    return new GoError("runtime error: invalid memory address or nil pointer dereference");
  }

  /**
   * listOf is sprig's {@code reflect.TypeOf(list).Kind()} switch: the elements (as
   * {@code Index(i).Interface()}, so concrete values) of a slice or array, a nil-pointer panic
   * for nil, else the error with the kind's name.
   */
  private static List<Value> listOf(Value v, String error) {
    Value c = v.concrete();
    if (!c.isValid()) {
      throw nilDeref();
    }
    if (c.kind() != GoType.Kind.SLICE && c.kind() != GoType.Kind.ARRAY) {
      throw new GoError(String.format(error, kindName(c)));
    }
    List<Value> out = new ArrayList<>();
    for (Value e : c.list()) {
      Value x = e.concrete();
      out.add(x.isValid() ? x : Value.nilInterface());
    }
    return out;
  }

  private static boolean inList(List<Value> haystack, Value needle) {
    for (Value h : haystack) {
      if (deepEqual(needle, h)) {
        return true;
      }
    }
    return false;
  }

  /** deepEqual is reflect.DeepEqual of two interface {} values. */
  static boolean deepEqual(Value a, Value b) {
    a = a.concrete();
    b = b.concrete();
    if (!a.isValid() || !b.isValid()) {
      return a.isValid() == b.isValid();
    }
    if (a.type() != b.type() && !a.type().identical(b.type())) {
      return false;
    }
    return deepValueEqual(a, b);
  }

  private static boolean deepValueEqual(Value a, Value b) {
    switch (a.kind()) {
      case SLICE:
        if (a.isNil() != b.isNil()) {
          return false;
        }
        // fall through
      case ARRAY: {
        List<Value> x = a.list();
        List<Value> y = b.list();
        if (x.size() != y.size()) {
          return false;
        }
        for (int i = 0; i < x.size(); i++) {
          if (!deepValueEqual(x.get(i), y.get(i))) {
            return false;
          }
        }
        return true;
      }
      case MAP: {
        if (a.isNil() != b.isNil() || a.map().size() != b.map().size()) {
          return false;
        }
        for (Map.Entry<Object, Value> e : a.map().entrySet()) {
          Value o = b.mapIndex(e.getKey());
          if (!o.isValid() || !deepValueEqual(e.getValue(), o)) {
            return false;
          }
        }
        return true;
      }
      case INTERFACE:
        if (a.isNil() || b.isNil()) {
          return a.isNil() == b.isNil();
        }
        return deepEqual(a.elem(), b.elem());
      case POINTER:
        if (a.isNil() || b.isNil()) {
          return a.isNil() == b.isNil();
        }
        return deepValueEqual(a.elem(), b.elem());
      case STRUCT:
        for (int i = 0; i < a.type().fields().size(); i++) {
          if (!deepValueEqual(a.field(i), b.field(i))) {
            return false;
          }
        }
        return true;
      case FUNC:
        return a.isNil() && b.isNil();
      case FLOAT32: case FLOAT64:
        return a.floatValue() == b.floatValue();
      case COMPLEX64: case COMPLEX128:
        return a.complexValue()[0] == b.complexValue()[0]
            && a.complexValue()[1] == b.complexValue()[1];
      default:
        return a.payload().equals(b.payload());
    }
  }

  /** empty is sprig's empty: Go's zero values (structs are never empty). */
  static boolean empty(Value given) {
    Value g = given == null ? Value.INVALID : given.concrete();
    if (!g.isValid()) {
      return true;
    }
    switch (g.kind()) {
      case ARRAY: case SLICE: case MAP: case STRING:
        return g.len() == 0;
      case BOOL:
        return !g.bool();
      case COMPLEX64: case COMPLEX128:
        return g.complexValue()[0] == 0 && g.complexValue()[1] == 0;
      case FLOAT32: case FLOAT64:
        return g.floatValue() == 0;
      case STRUCT:
        return false;
      default:
        if (g.kind().isInt() || g.kind().isUint()) {
          return g.longValue() == 0;
        }
        return g.isNil();
    }
  }

  /**
   * strval is sprig's strval: a string as is, []byte as text, an error's Error(), a Stringer's
   * String(), else fmt's %v.
   */
  static String strval(Value v) {
    Value c = v == null ? Value.INVALID : v.concrete();
    if (!c.isValid()) {
      return "<nil>";
    }
    GoType t = c.type();
    if (t == GoType.STRING) {
      return c.stringValue();
    }
    if (t.kind() == GoType.Kind.SLICE && t.name() == null && t.elem() == GoType.UINT8) {
      byte[] b = new byte[c.list().size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) c.list().get(i).longValue();
      }
      return new String(b, StandardCharsets.UTF_8);
    }
    for (String method : new String[] {"Error", "String"}) {
      GoType.Method m = t.methodByName(method);
      if (m != null && m.function().signature().params().isEmpty()
          && m.function().signature().result() == GoType.STRING) {
        if (t.kind() == GoType.Kind.POINTER && c.isNil()) {
          throw nilDeref();
        }
        Value recv = m.pointerReceiver() || t.kind() != GoType.Kind.POINTER ? c : c.elem();
        return m.function().call(new Value[] {recv}).stringValue();
      }
    }
    return GoFmt.sprintf("%v", new Value[] {c});
  }

  /** strslice is sprig's strslice. */
  static List<String> strslice(Value v) {
    Value c = v == null ? Value.INVALID : v.concrete();
    List<String> out = new ArrayList<>();
    if (!c.isValid()) {
      return out;
    }
    if (c.kind() == GoType.Kind.SLICE || c.kind() == GoType.Kind.ARRAY) {
      boolean strings = c.type().identical(GoType.STRING_SLICE);
      for (Value e : c.list()) {
        if (strings) {
          out.add(e.stringValue());
        } else if (!isNil(e)) {
          out.add(strval(e));
        }
      }
      return out;
    }
    out.add(strval(c));
    return out;
  }

  /** indent is sprig's indent: every line, the first included, padded. */
  static String indent(int spaces, String v) {
    String pad = GoText.repeat(" ", spaces);
    return pad + v.replace("\n", "\n" + pad);
  }

  /** trunc is sprig's trunc (byte offsets of the UTF-8 text). */
  static String trunc(long c, String s) {
    byte[] b = GoText.utf8(s);
    if (c < 0 && b.length + c > 0) {
      return GoText.string(b, (int) (b.length + c), b.length);
    }
    if (c >= 0 && b.length > c) {
      return GoText.string(b, 0, (int) c);
    }
    return s;
  }

  /** replaceAll is strings.Replace(s, old, new, -1). */
  static String replaceAll(String s, String old, String neu) {
    if (!old.isEmpty()) {
      return s.replace(old, neu);
    }
    StringBuilder sb = new StringBuilder(neu);
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      sb.appendCodePoint(r).append(neu);
      i += Character.charCount(r);
    }
    return sb.toString();
  }

  /** split is strings.Split(s, sep). */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(r -> out.add(new String(Character.toChars(r))));
      return out;
    }
    int i = 0;
    while (true) {
      int j = s.indexOf(sep, i);
      if (j < 0) {
        out.add(s.substring(i));
        return out;
      }
      out.add(s.substring(i, j));
      i = j + sep.length();
    }
  }

  /** typeOf is fmt's %T. */
  static String typeOf(Value v) {
    Value c = v == null ? Value.INVALID : v.concrete();
    return c.isValid() ? c.type().toString() : "<nil>";
  }

  /** kindName is reflect.Kind's String. */
  static String kindName(Value c) {
    if (c == null || !c.isValid()) {
      return "invalid";
    }
    switch (c.kind()) {
      case POINTER:
        return "ptr";
      default:
        return c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * toInt64 is spf13/cast's ToInt64 (and ToInt): exact int, sized ints and uints, floats
   * truncated, strings by strconv.ParseInt(s, 0, 0) after dropping a ".0..." tail, bools, nil;
   * anything else (named types included) is 0.
   */
  static long toInt64(Value v, boolean toInt) {
    Value c = v == null ? Value.INVALID : v.concrete();
    while (c.isValid() && c.kind() == GoType.Kind.POINTER && !c.isNil()) {
      c = c.elem();
    }
    if (!c.isValid()) {
      return 0;
    }
    GoType t = c.type();
    if (t == GoType.INT || t == GoType.INT64 || t == GoType.INT32 || t == GoType.INT16
        || t == GoType.INT8 || t == GoType.UINT || t == GoType.UINT64 || t == GoType.UINT32
        || t == GoType.UINT16 || t == GoType.UINT8) {
      return c.longValue();
    }
    if (t == GoType.FLOAT64 || t == GoType.FLOAT32) {
      return goFloatToInt(c.floatValue());
    }
    if (t == GoType.STRING) {
      java.math.BigInteger i = parseIntBase0Strict(trimZeroDecimal(c.stringValue()));
      return i == null ? 0 : i.longValue();
    }
    if (t == GoType.BOOL) {
      return c.bool() ? 1 : 0;
    }
    return 0;
  }

  // strconv.ParseInt(s, 0, 64): sign, base prefix, underscores as Go's syntax allows.
  private static java.math.BigInteger parseIntBase0Strict(String s) {
    if (s.contains("_")) {
      if (!underscoreOk(s)) {
        return null;
      }
      s = s.replace("_", "");
    }
    java.math.BigInteger v = GoStrconv.parseIntBase0(s);
    if (v == null || v.bitLength() >= 64) {
      return null;
    }
    return v;
  }

  // strconv's underscoreOK: underscores only between digits (or after a base prefix).
  static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (s.startsWith("+") || s.startsWith("-")) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char p = Character.toLowerCase(s.charAt(1));
      if (p == 'x' || p == 'b' || p == 'o') {
        hex = p == 'x';
        i = 2;
        saw = '0';
      }
    }
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ('0' <= ch && ch <= '9' || hex && 'a' <= Character.toLowerCase(ch)
          && Character.toLowerCase(ch) <= 'f') {
        saw = '0';
        continue;
      }
      if (ch == '_') {
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

  private static String trimZeroDecimal(String s) {
    boolean foundZero = false;
    for (int i = s.length(); i > 0; i--) {
      switch (s.charAt(i - 1)) {
        case '.':
          if (foundZero) {
            return s.substring(0, i - 1);
          }
          break;
        case '0':
          foundZero = true;
          break;
        default:
          return s;
      }
    }
    return s;
  }

  /** goFloatToInt is Go's int64(f) on amd64: out of range and NaN give MinInt64. */
  static long goFloatToInt(double f) {
    if (Double.isNaN(f) || f >= 9.223372036854775807E18 || f < -9.223372036854775808E18) {
      return Long.MIN_VALUE;
    }
    return (long) f;
  }

  /** toFloat64 is spf13/cast's ToFloat64. */
  static double toFloat64(Value v) {
    Value c = v == null ? Value.INVALID : v.concrete();
    while (c.isValid() && c.kind() == GoType.Kind.POINTER && !c.isNil()) {
      c = c.elem();
    }
    if (!c.isValid()) {
      return 0;
    }
    GoType t = c.type();
    if (t == GoType.INT || t == GoType.INT64 || t == GoType.INT32 || t == GoType.INT16
        || t == GoType.INT8) {
      return (double) c.longValue();
    }
    if (t == GoType.UINT || t == GoType.UINT64 || t == GoType.UINT32 || t == GoType.UINT16
        || t == GoType.UINT8) {
      long l = c.longValue();
      return l >= 0 ? (double) l : new java.math.BigDecimal(Long.toUnsignedString(l))
          .doubleValue();
    }
    if (t == GoType.FLOAT64 || t == GoType.FLOAT32) {
      return c.floatValue();
    }
    if (t == GoType.STRING) {
      String str = c.stringValue();
      if (str.contains("_") && underscoreOk(str)) {
        str = str.replace("_", "");
      }
      Double d = GoStrconv.parseFloat(str);
      return d == null ? 0 : d;
    }
    if (t == GoType.BOOL) {
      return c.bool() ? 1 : 0;
    }
    return 0;
  }
}
