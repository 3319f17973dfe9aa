// Models the part of Go's reflect.Type that text/template execution observes
// (Ported from Go (BSD-3-Clause, Copyright The Go Authors): the type names follow reflect's String).
package dev.tmplpatch.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GoType is a Go type as reflect sees it: its kind, its name if it is a named type (printed as Go
 * prints it, e.g. {@code v1.Protocol}), element/key types, struct fields and methods.
 *
 * <p>Types are compared by identity, except that unnamed composite types with equal structure are
 * identical, as in Go ({@link #identical}). Predeclared types are the constants below.
 */
public final class GoType {

  /** Kind is reflect.Kind, without chan and unsafe pointer (templates cannot get at them). */
  public enum Kind {
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, ARRAY, SLICE, MAP, STRUCT, POINTER,
    INTERFACE, FUNC;

    /** isInt reports a signed integer kind. */
    public boolean isInt() {
      return compareTo(INT) >= 0 && compareTo(INT64) <= 0;
    }

    /** isUint reports an unsigned integer kind. */
    public boolean isUint() {
      return compareTo(UINT) >= 0 && compareTo(UINTPTR) <= 0;
    }

    /** isFloat reports float32 or float64. */
    public boolean isFloat() {
      return this == FLOAT32 || this == FLOAT64;
    }

    /** isComplex reports complex64 or complex128. */
    public boolean isComplex() {
      return this == COMPLEX64 || this == COMPLEX128;
    }
  }

  /** Field is one struct field; embedded fields promote their own fields (Go's FieldByName). */
  public record Field(String name, GoType type, boolean embedded) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }

    /** exported reports whether Go code outside the package could read the field. */
    public boolean exported() {
      return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }
  }

  /**
   * Method is a method of a named type. Its function's signature excludes the receiver; its body
   * gets the receiver as {@code args[0]} (a value of the named type, or of the pointer type for a
   * pointer receiver). A pointer-receiver method is in the method set of {@code *T} only.
   */
  public record Method(String name, boolean pointerReceiver, GoFunc function) {
  }

  public static final GoType BOOL = basic(Kind.BOOL, "bool");
  public static final GoType INT = basic(Kind.INT, "int");
  public static final GoType INT8 = basic(Kind.INT8, "int8");
  public static final GoType INT16 = basic(Kind.INT16, "int16");
  public static final GoType INT32 = basic(Kind.INT32, "int32");
  public static final GoType INT64 = basic(Kind.INT64, "int64");
  public static final GoType UINT = basic(Kind.UINT, "uint");
  public static final GoType UINT8 = basic(Kind.UINT8, "uint8");
  public static final GoType UINT16 = basic(Kind.UINT16, "uint16");
  public static final GoType UINT32 = basic(Kind.UINT32, "uint32");
  public static final GoType UINT64 = basic(Kind.UINT64, "uint64");
  public static final GoType UINTPTR = basic(Kind.UINTPTR, "uintptr");
  public static final GoType FLOAT32 = basic(Kind.FLOAT32, "float32");
  public static final GoType FLOAT64 = basic(Kind.FLOAT64, "float64");
  public static final GoType COMPLEX64 = basic(Kind.COMPLEX64, "complex64");
  public static final GoType COMPLEX128 = basic(Kind.COMPLEX128, "complex128");
  public static final GoType STRING = basic(Kind.STRING, "string");
  /** ANY is {@code interface {}}. */
  public static final GoType ANY = new GoType(Kind.INTERFACE, null, null, null, 0, null, null);
  /** ERROR is the predeclared {@code error} interface. */
  public static final GoType ERROR = new GoType(Kind.INTERFACE, "error", null, null, 0, null, null);
  /**
   * REFLECT_VALUE is {@code reflect.Value} as a parameter type: the function gets the argument
   * as the executor holds it, unconverted (Go's builtins and, or, eq, index, ... take these).
   */
  public static final GoType REFLECT_VALUE =
      new GoType(Kind.STRUCT, "reflect.Value", null, null, 0, List.of(), null);
  /** ANY_SLICE is {@code []interface {}}; ANY_MAP is {@code map[string]interface {}}. */
  public static final GoType ANY_SLICE = sliceOf(ANY);
  public static final GoType ANY_MAP = mapOf(STRING, ANY);
  public static final GoType STRING_SLICE = sliceOf(STRING);
  public static final GoType STRING_MAP = mapOf(STRING, STRING);

  private final Kind kind;
  private final String name;
  private final GoType elem;
  private final GoType key;
  private final int length;
  private List<Field> fields;
  private boolean fieldsPending;
  private final GoFunc.Signature signature;
  private final Map<String, Method> methods = new LinkedHashMap<>();
  private GoType pointerTo;

  private GoType(Kind kind, String name, GoType elem, GoType key, int length, List<Field> fields,
      GoFunc.Signature signature) {
    this.kind = kind;
    this.name = name;
    this.elem = elem;
    this.key = key;
    this.length = length;
    this.fields = fields;
    this.signature = signature;
  }

  private static GoType basic(Kind kind, String name) {
    return new GoType(kind, name, null, null, 0, null, null);
  }

  /** sliceOf returns {@code []elem}. */
  public static GoType sliceOf(GoType elem) {
    return new GoType(Kind.SLICE, null, Objects.requireNonNull(elem), null, 0, null, null);
  }

  /** arrayOf returns {@code [n]elem}. */
  public static GoType arrayOf(int n, GoType elem) {
    return new GoType(Kind.ARRAY, null, Objects.requireNonNull(elem), null, n, null, null);
  }

  /** mapOf returns {@code map[key]elem}; keys must be of a basic kind (bool, number, string). */
  public static GoType mapOf(GoType key, GoType elem) {
    if (key.kind.compareTo(Kind.STRING) > 0) {
      throw new IllegalArgumentException("map keys of kind " + key.kind + " are not modelled");
    }
    return new GoType(Kind.MAP, null, Objects.requireNonNull(elem), key, 0, null, null);
  }

  /** pointerTo returns {@code *elem} (one instance per element type, so methods can be found). */
  public static GoType pointerTo(GoType elem) {
    synchronized (elem) {
      if (elem.pointerTo == null) {
        elem.pointerTo = new GoType(Kind.POINTER, null, elem, null, 0, null, null);
      }
      return elem.pointerTo;
    }
  }

  /** funcOf returns an unnamed func type with the given signature. */
  public static GoType funcOf(GoFunc.Signature signature) {
    return new GoType(Kind.FUNC, null, null, null, 0, null, Objects.requireNonNull(signature));
  }

  /**
   * struct returns a named struct type ({@code name} as Go prints it, e.g.
   * {@code inject.SidecarTemplateData}), or an unnamed one if {@code name} is null.
   */
  public static GoType struct(String name, List<Field> fields) {
    return new GoType(Kind.STRUCT, name, null, null, 0, List.copyOf(fields), null);
  }

  /**
   * declareStruct declares a named struct type whose fields are given later with
   * {@link #defineFields}, so that it can refer to itself (e.g. a field of type {@code *T}).
   */
  public static GoType declareStruct(String name) {
    GoType t = new GoType(Kind.STRUCT, Objects.requireNonNull(name), null, null, 0, List.of(),
        null);
    t.fieldsPending = true;
    return t;
  }

  /** defineFields sets the fields of a type made by {@link #declareStruct}, once. */
  public GoType defineFields(List<Field> structFields) {
    synchronized (this) {
      if (!fieldsPending) {
        throw new IllegalStateException(this + " is not a declared struct awaiting its fields");
      }
      fields = List.copyOf(structFields);
      fieldsPending = false;
    }
    return this;
  }

  /**
   * named returns a new named type with the underlying type of {@code underlying}, e.g. a proto
   * enum {@code named("v1alpha1.Mode", INT32)} to which a String method is then added.
   */
  public static GoType named(String name, GoType underlying) {
    Objects.requireNonNull(name, "name");
    return new GoType(underlying.kind, name, underlying.elem, underlying.key, underlying.length,
        underlying.fields, underlying.signature);
  }

  /** field builds a struct field; embeddedField an embedded one (named after its type). */
  public static Field field(String name, GoType type) {
    return new Field(name, type, false);
  }

  /** embedded returns an embedded field of a named type; its name is the type's unqualified name. */
  public static Field embedded(GoType type) {
    GoType named = type.kind == Kind.POINTER ? type.elem : type;
    String n = named.name;
    if (n == null) {
      throw new IllegalArgumentException("embedded field of unnamed type " + type);
    }
    return new Field(n.substring(n.lastIndexOf('.') + 1), type, true);
  }

  /**
   * addMethod declares a method of this named type (call before executing). Returns this type.
   */
  public GoType addMethod(String methodName, boolean pointerReceiver, GoFunc function) {
    if (name == null) {
      throw new IllegalArgumentException("methods need a named type");
    }
    synchronized (methods) {
      methods.put(methodName, new Method(methodName, pointerReceiver, function));
    }
    return this;
  }

  public Kind kind() {
    return kind;
  }

  /** name is the named type's name, or null for unnamed types (and for interface {}). */
  public String name() {
    return name;
  }

  public GoType elem() {
    return elem;
  }

  public GoType key() {
    return key;
  }

  public int length() {
    return length;
  }

  public List<Field> fields() {
    return fields == null ? List.of() : fields;
  }

  public GoFunc.Signature signature() {
    return signature;
  }

  /** hasPointerMethods reports a method with a pointer receiver (addressability matters). */
  boolean hasPointerMethods() {
    if (name != null) {
      synchronized (methods) {
        for (Method m : methods.values()) {
          if (m.pointerReceiver) {
            return true;
          }
        }
      }
    }
    if (kind == Kind.STRUCT) {
      // pointer methods promoted from fields embedded by value need an addressable struct too
      for (Field f : fields()) {
        if (f.embedded && f.type.kind != Kind.POINTER && f.type.hasPointerMethods()) {
          return true;
        }
      }
    }
    return false;
  }

  /** methods are this named type's own declared methods. */
  public Map<String, Method> methods() {
    return Collections.unmodifiableMap(methods);
  }

  /**
   * methodByName finds a method in the method set of this type: for {@code *T}, the methods of T
   * with value or pointer receivers; for T, those with value receivers. Null if none.
   */
  public Method methodByName(String methodName) {
    if (kind == Kind.POINTER && elem.name != null) {
      return elem.methods.get(methodName);
    }
    if (name == null) {
      return null;
    }
    Method m = methods.get(methodName);
    return m == null || m.pointerReceiver ? null : m;
  }

  /** isInterface reports kind INTERFACE. */
  public boolean isInterface() {
    return kind == Kind.INTERFACE;
  }

  /** fieldIndex returns the index path of the named field (promoted through embedded structs). */
  public int[] fieldByName(String fieldName) {
    if (kind != Kind.STRUCT || fields == null) {
      return null;
    }
    // Go's FieldByName: breadth first; a name found twice at the shallowest depth is ambiguous.
    List<int[]> level = new ArrayList<>();
    level.add(new int[0]);
    List<GoType> types = new ArrayList<>();
    types.add(this);
    for (int depth = 0; depth < 8 && !level.isEmpty(); depth++) {
      int[] found = null;
      int count = 0;
      List<int[]> nextLevel = new ArrayList<>();
      List<GoType> nextTypes = new ArrayList<>();
      for (int t = 0; t < types.size(); t++) {
        List<Field> fs = types.get(t).fields();
        for (int i = 0; i < fs.size(); i++) {
          Field f = fs.get(i);
          int[] path = append(level.get(t), i);
          if (f.name.equals(fieldName)) {
            found = path;
            count++;
          } else if (f.embedded) {
            GoType ft = f.type.kind == Kind.POINTER ? f.type.elem : f.type;
            if (ft.kind == Kind.STRUCT) {
              nextLevel.add(path);
              nextTypes.add(ft);
            }
          }
        }
      }
      if (count == 1) {
        return found;
      }
      if (count > 1) {
        return null;
      }
      level = nextLevel;
      types = nextTypes;
    }
    return null;
  }

  private static int[] append(int[] a, int i) {
    int[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = i;
    return r;
  }

  /** identical is Go's type identity. */
  public boolean identical(GoType o) {
    if (this == o) {
      return true;
    }
    if (o == null || name != null || o.name != null || kind != o.kind) {
      return false;
    }
    switch (kind) {
      case SLICE:
      case POINTER:
        return elem.identical(o.elem);
      case ARRAY:
        return length == o.length && elem.identical(o.elem);
      case MAP:
        return key.identical(o.key) && elem.identical(o.elem);
      case INTERFACE:
        return true; // only interface {} is unnamed here
      case FUNC:
        return signature.identical(o.signature);
      case STRUCT:
        if (fields.size() != o.fields.size()) {
          return false;
        }
        for (int i = 0; i < fields.size(); i++) {
          Field a = fields.get(i);
          Field b = o.fields.get(i);
          if (!a.name.equals(b.name) || a.embedded != b.embedded || !a.type.identical(b.type)) {
            return false;
          }
        }
        return true;
      default:
        return kind.compareTo(Kind.STRING) <= 0;
    }
  }

  /**
   * assignableTo is Go's AssignableTo for the types modelled here: identical types, an interface
   * target the value's method set satisfies, or equal underlying types with one side unnamed.
   */
  public boolean assignableTo(GoType t) {
    if (identical(t)) {
      return true;
    }
    if (t.kind == Kind.INTERFACE) {
      return implementsInterface(t);
    }
    if ((name == null || t.name == null) && kind == t.kind) {
      return underlyingIdentical(t);
    }
    return false;
  }

  private boolean underlyingIdentical(GoType t) {
    GoType a = new GoType(kind, null, elem, key, length, fields, signature);
    GoType b = new GoType(t.kind, null, t.elem, t.key, t.length, t.fields, t.signature);
    return a.identical(b);
  }

  /** implementsInterface: interface {} takes anything; error needs Error() string. */
  public boolean implementsInterface(GoType iface) {
    if (iface == ANY || (iface.kind == Kind.INTERFACE && iface.name == null)) {
      return true;
    }
    if (iface == ERROR) {
      if (this == ERROR) {
        return true;
      }
      Method m = methodByName("Error");
      return m != null;
    }
    return this == iface;
  }

  /** hasStringMethod reports whether this type's method set has String (fmt.Stringer). */
  boolean isStringer() {
    Method m = methodByName("String");
    return m != null && m.function.signature().params().isEmpty();
  }

  /** comparable is Go's Comparable for the modelled kinds. */
  public boolean comparable() {
    switch (kind) {
      case SLICE:
      case MAP:
      case FUNC:
        return false;
      case ARRAY:
        return elem.comparable();
      case STRUCT:
        for (Field f : fields()) {
          if (!f.type.comparable()) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }

  /** toString is reflect.Type.String(): {@code map[string]interface {}}, {@code *v1.Pod}, ... */
  @Override
  public String toString() {
    if (name != null) {
      return name;
    }
    switch (kind) {
      case SLICE:
        return "[]" + elem;
      case ARRAY:
        return "[" + length + "]" + elem;
      case MAP:
        return "map[" + key + "]" + elem;
      case POINTER:
        return "*" + elem;
      case INTERFACE:
        return "interface {}";
      case FUNC:
        return "func" + signature;
      case STRUCT: {
        if (fields.isEmpty()) {
          return "struct {}";
        }
        StringBuilder sb = new StringBuilder("struct { ");
        for (int i = 0; i < fields.size(); i++) {
          if (i > 0) {
            sb.append("; ");
          }
          Field f = fields.get(i);
          if (!f.embedded) {
            sb.append(f.name).append(' ');
          }
          sb.append(f.type);
        }
        return sb.append(" }").toString();
      }
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
