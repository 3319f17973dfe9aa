package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value is a Go value as reflect.Value shows it to text/template: a {@link GoType} and a payload.
 *
 * <p>The distinctions Go's execution observes are kept: {@link #INVALID} (the zero reflect.Value:
 * a missing map key, printed {@code <no value>}), a nil interface ({@link #nilInterface()},
 * printed {@code <nil>}), a nil pointer, nil slices and maps, and zero values. A value read out of
 * a container whose element type is an interface (e.g. an element of {@code []interface {}}) is
 * an interface-kind value wrapping the concrete one, as reflect's Index and MapIndex give it.
 *
 * <p>Payloads by kind: bool {@link Boolean}; signed and unsigned integers {@link Long} (unsigned
 * as the same 64 bits); floats {@link Double} (float32 rounded to float); complex
 * {@code double[2]}; string {@link String}; slice and array an unmodifiable {@code List<Value>}
 * (null for a nil slice); map a {@code Map<Object, Value>} keyed by the key's payload (null for
 * a nil map); struct {@code Value[]} in field order; pointer and interface the target
 * {@link Value} (null if nil); func {@link GoFunc} (null if nil). Values are immutable.
 */
public final class Value {

  /** INVALID is the zero reflect.Value: no type, no value. */
  public static final Value INVALID = new Value(null, null);
  private static final Value NIL_INTERFACE = new Value(GoType.ANY, null);
  private static final Value TRUE = new Value(GoType.BOOL, Boolean.TRUE);
  private static final Value FALSE = new Value(GoType.BOOL, Boolean.FALSE);
  private static final Value EMPTY_STRING = new Value(GoType.STRING, "");
  private static final Value[] SMALL_INTS = new Value[256];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = new Value(GoType.INT, (long) i);
    }
  }

  private final GoType type;
  private final Object payload;
  /** addressable is reflect's CanAddr, tracked only for types with pointer-receiver methods. */
  final boolean addressable;
  /** backing is a slice's elements up to its capacity when that exceeds its length, else null. */
  private final List<Value> backing;

  private Value(GoType type, Object payload) {
    this(type, payload, false, null);
  }

  private Value(GoType type, Object payload, boolean addressable, List<Value> backing) {
    this.type = type;
    this.payload = payload;
    this.addressable = addressable;
    this.backing = backing;
  }

  /** asAddressable marks a value reached through a pointer or a slice, when it matters. */
  Value asAddressable() {
    if (addressable || type == null || !type.hasPointerMethods()) {
      return this;
    }
    return new Value(type, payload, true, backing);
  }

  /**
   * ofSliceWithCap builds a slice of the given capacity (at least the length): Go's slicing can
   * reach the zero elements past the length, as {@code slice} does.
   */
  public static Value ofSliceWithCap(GoType sliceType, List<Value> elems, int cap) {
    Value v = ofSlice(sliceType, elems);
    if (elems == null || cap <= elems.size()) {
      return v;
    }
    List<Value> all = new ArrayList<>(v.list());
    Value z = zero(sliceType.elem());
    while (all.size() < cap) {
      all.add(z);
    }
    return new Value(sliceType, v.payload, false, Collections.unmodifiableList(all));
  }

  /** cap is reflect's Cap for a slice or array. */
  public int cap() {
    return backing != null ? backing.size() : list().size();
  }

  /**
   * slice is reflect's Slice (k < 0) and Slice3 for a slice, array or string (indexes checked
   * by the caller); string indexes are UTF-8 byte offsets.
   */
  Value slice(int i, int j, int k) {
    if (type.kind() == GoType.Kind.STRING) {
      byte[] b = ((String) payload).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return new Value(type, new String(b, i, j - i, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<Value> full = backing != null ? backing : list();
    int newCap = (k >= 0 ? k : full.size()) - i;
    GoType t = type.kind() == GoType.Kind.ARRAY ? GoType.sliceOf(type.elem()) : type;
    List<Value> elems = full.subList(i, j);
    List<Value> back = newCap > j - i ? full.subList(i, i + newCap) : null;
    return new Value(t, elems, false, back);
  }

  /** raw builds a value from a type and a payload of the documented class (no checks). */
  public static Value raw(GoType type, Object payload) {
    return new Value(Objects.requireNonNull(type, "type"), payload);
  }

  // ---- constructors for common values -------------------------------------------------------

  public static Value of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public static Value of(String s) {
    return s.isEmpty() ? EMPTY_STRING : new Value(GoType.STRING, s);
  }

  /** ofInt is a Go int. */
  public static Value ofInt(long i) {
    return i >= 0 && i < SMALL_INTS.length ? SMALL_INTS[(int) i] : new Value(GoType.INT, i);
  }

  /** ofFloat64 is a Go float64. */
  public static Value ofFloat64(double d) {
    return new Value(GoType.FLOAT64, d);
  }

  /**
   * ofNumber builds a value of any integer, float or complex type, truncating to its size as a
   * Go conversion does (for complex pass a {@code double[2]} via {@link #raw}).
   */
  public static Value ofNumber(GoType type, Number n) {
    GoType.Kind k = type.kind();
    if (k.isFloat()) {
      double d = n.doubleValue();
      return new Value(type, k == GoType.Kind.FLOAT32 ? (double) (float) d : d);
    }
    if (k.isInt() || k.isUint()) {
      return new Value(type, truncate(k, n.longValue()));
    }
    throw new IllegalArgumentException("not a number type: " + type);
  }

  static long truncate(GoType.Kind k, long v) {
    switch (k) {
      case INT8: return (byte) v;
      case INT16: return (short) v;
      case INT32: return (int) v;
      case UINT8: return v & 0xff;
      case UINT16: return v & 0xffff;
      case UINT32: return v & 0xffffffffL;
      default: return v;
    }
  }

  /** nilInterface is a nil {@code interface {}}: printed {@code <nil>}. */
  public static Value nilInterface() {
    return NIL_INTERFACE;
  }

  /**
   * ofInterface wraps a value in an interface type (null or {@link #INVALID} gives the nil
   * interface); an interface value is re-wrapped by its concrete value.
   */
  public static Value ofInterface(GoType iface, Value v) {
    if (!iface.isInterface()) {
      throw new IllegalArgumentException("not an interface type: " + iface);
    }
    if (v != null && v.type != null && v.type.isInterface()) {
      v = (Value) v.payload;
    }
    if (v == null || v.type == null) {
      return iface == GoType.ANY ? NIL_INTERFACE : new Value(iface, null);
    }
    return new Value(iface, v);
  }

  /** ofAny wraps a value in {@code interface {}}. */
  public static Value ofAny(Value v) {
    return ofInterface(GoType.ANY, v);
  }

  /**
   * ofSlice builds a slice of the given slice type; elements of an interface element type are
   * wrapped as needed. A null list gives the nil slice.
   */
  public static Value ofSlice(GoType sliceType, List<Value> elems) {
    if (sliceType.kind() != GoType.Kind.SLICE && sliceType.kind() != GoType.Kind.ARRAY) {
      throw new IllegalArgumentException("not a slice type: " + sliceType);
    }
    return new Value(sliceType, elems == null ? null : adopt(sliceType.elem(), elems));
  }

  private static List<Value> adopt(GoType elem, List<Value> elems) {
    List<Value> out = new ArrayList<>(elems.size());
    for (Value e : elems) {
      out.add(elem.isInterface() ? ofInterface(elem, e) : Objects.requireNonNull(e));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * ofMap builds a map of the given map type from Java keys (String, Long, Boolean, Double as the
   * key kind needs) to values; null gives the nil map.
   */
  public static Value ofMap(GoType mapType, Map<?, Value> entries) {
    if (mapType.kind() != GoType.Kind.MAP) {
      throw new IllegalArgumentException("not a map type: " + mapType);
    }
    if (entries == null) {
      return new Value(mapType, null);
    }
    Map<Object, Value> m = new LinkedHashMap<>(Math.max(4, entries.size() * 2));
    GoType elem = mapType.elem();
    for (Map.Entry<?, Value> e : entries.entrySet()) {
      Value v = e.getValue();
      m.put(e.getKey(), elem.isInterface() ? ofInterface(elem, v) : Objects.requireNonNull(v));
    }
    return new Value(mapType, Collections.unmodifiableMap(m));
  }

  /** ofStruct builds a struct value; fields of interface type are wrapped as needed. */
  public static Value ofStruct(GoType structType, Value... fields) {
    List<GoType.Field> fs = structType.fields();
    if (structType.kind() != GoType.Kind.STRUCT || fs.size() != fields.length) {
      throw new IllegalArgumentException("struct " + structType + " has " + fs.size() + " fields");
    }
    Value[] vs = new Value[fields.length];
    for (int i = 0; i < vs.length; i++) {
      GoType ft = fs.get(i).type();
      vs[i] = ft.isInterface() ? ofInterface(ft, fields[i]) : Objects.requireNonNull(fields[i]);
    }
    return new Value(structType, vs);
  }

  /** pointerTo returns a pointer to (a copy of) the value: {@code &v}. */
  public static Value pointerTo(Value v) {
    return new Value(GoType.pointerTo(v.type), v);
  }

  /** nilPointer returns a nil {@code *elem}. */
  public static Value nilPointer(GoType elem) {
    return new Value(GoType.pointerTo(elem), null);
  }

  /** ofFunc wraps a function as a func value (e.g. a struct field of func type). */
  public static Value ofFunc(GoFunc f) {
    return new Value(f.type(), f);
  }

  /** zero returns the zero value of a type (nil for pointers, slices, maps, interfaces, funcs). */
  public static Value zero(GoType t) {
    switch (t.kind()) {
      case BOOL: return FALSE;
      case STRING: return t == GoType.STRING ? EMPTY_STRING : new Value(t, "");
      case FLOAT32: case FLOAT64: return new Value(t, 0.0);
      case COMPLEX64: case COMPLEX128: return new Value(t, new double[2]);
      case ARRAY: {
        List<Value> l = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
          l.add(zero(t.elem()));
        }
        return new Value(t, Collections.unmodifiableList(l));
      }
      case STRUCT: {
        List<GoType.Field> fs = t.fields();
        Value[] vs = new Value[fs.size()];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = zero(fs.get(i).type());
        }
        return new Value(t, vs);
      }
      case SLICE: case MAP: case POINTER: case INTERFACE: case FUNC:
        return t == GoType.ANY ? NIL_INTERFACE : new Value(t, null);
      default:
        return t == GoType.INT ? SMALL_INTS[0] : new Value(t, 0L);
    }
  }

  // ---- accessors ------------------------------------------------------------------------------

  /** isValid is reflect's IsValid: false only for {@link #INVALID}. */
  public boolean isValid() {
    return type != null;
  }

  /** type is the value's type; null for INVALID. */
  public GoType type() {
    return type;
  }

  /** kind is the type's kind, or null for INVALID. */
  public GoType.Kind kind() {
    return type == null ? null : type.kind();
  }

  /** payload is the Java representation documented on the class. */
  public Object payload() {
    return payload;
  }

  /** isNil is reflect's IsNil for the nilable kinds (false for others). */
  public boolean isNil() {
    if (type == null) {
      return false;
    }
    switch (type.kind()) {
      case SLICE: case MAP: case POINTER: case INTERFACE: case FUNC:
        return payload == null;
      default:
        return false;
    }
  }

  public boolean bool() {
    return (Boolean) payload;
  }

  /** longValue is Int() or Uint() (as 64 bits) of an integer kind. */
  public long longValue() {
    return (Long) payload;
  }

  public double floatValue() {
    return (Double) payload;
  }

  public double[] complexValue() {
    return (double[]) payload;
  }

  /** stringValue is the payload of a string kind. */
  public String stringValue() {
    return (String) payload;
  }

  /** elem is the target of a pointer or the concrete value in an interface (INVALID if nil). */
  public Value elem() {
    return payload == null ? INVALID : (Value) payload;
  }

  /**
   * concrete is Go's indirectInterface: the concrete value in an interface, INVALID for a nil
   * interface, the value itself otherwise.
   */
  public Value concrete() {
    if (type == null || !type.isInterface()) {
      return this;
    }
    return payload == null ? INVALID : (Value) payload;
  }

  @SuppressWarnings("unchecked")
  public List<Value> list() {
    return payload == null ? List.of() : (List<Value>) payload;
  }

  @SuppressWarnings("unchecked")
  public Map<Object, Value> map() {
    return payload == null ? Map.of() : (Map<Object, Value>) payload;
  }

  /** field returns struct field i. */
  public Value field(int i) {
    return ((Value[]) payload)[i];
  }

  /** func returns the function of a func value (null if nil). */
  public GoFunc func() {
    return (GoFunc) payload;
  }

  /** len is reflect's Len for string (UTF-8 bytes), slice, array and map. */
  public int len() {
    switch (type.kind()) {
      case STRING: return GoStrings.utf8Length((String) payload);
      case SLICE: case ARRAY: return list().size();
      case MAP: return map().size();
      default: throw new IllegalStateException("len of " + type);
    }
  }

  /** mapIndex returns the element for a key payload, or INVALID if absent. */
  public Value mapIndex(Object key) {
    Value v = map().get(key);
    return v == null ? INVALID : v;
  }

  /** toString is for diagnostics only: the type and the Java payload. */
  @Override
  public String toString() {
    return type == null ? "<invalid reflect.Value>" : type + "(" + payload + ")";
  }
}
