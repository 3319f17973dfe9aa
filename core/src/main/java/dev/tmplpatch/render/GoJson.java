// Ported from Go (BSD-3-Clause, Copyright The Go Authors): encoding/json's Marshal and
// MarshalIndent (encode.go, indent.go) for the values the render package models.
package dev.tmplpatch.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GoJson is {@code encoding/json.Marshal} of a {@link Value}: struct fields by their JSON tags
 * (declared with {@link #tag}; a field without one is named as in Go), omitempty, embedded
 * structs inlined, maps with sorted keys, nil slices and maps as {@code null}, {@code []byte} as
 * base64, HTML characters escaped ({@code \u003c}), and types with a {@code MarshalJSON} method
 * (declared with {@link #marshaler}).
 */
public final class GoJson {
  private static final Map<GoType, String[]> TAGS = new IdentityHashMap<>();
  private static final Map<GoType, Function<Value, String>> MARSHALERS = new IdentityHashMap<>();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {
  }

  /**
   * tag declares the JSON struct tags of a struct type's fields, in field order (null for a
   * field without a json tag), e.g. {@code "name,omitempty"}; returns the type.
   */
  public static synchronized GoType tag(GoType structType, String... tags) {
    if (tags.length != structType.fields().size()) {
      throw new IllegalArgumentException(structType + " has " + structType.fields().size()
          + " fields");
    }
    TAGS.put(structType, tags.clone());
    return structType;
  }

  /** marshaler declares a MarshalJSON (value receiver) for a named type: value to JSON text. */
  public static synchronized void marshaler(GoType type, Function<Value, String> f) {
    MARSHALERS.put(type, f);
  }

  private static synchronized String[] tagsOf(GoType t) {
    return TAGS.get(t);
  }

  /** jsonName is the JSON name of struct field i: its tag's name, else the field name. */
  static String jsonName(GoType t, int i) {
    String[] tags = tagsOf(t);
    String tag = tags == null ? null : tags[i];
    if ("-".equals(tag)) {
      return null;
    }
    if (tag != null && !tag.startsWith(",")) {
      return tag.split(",", -1)[0];
    }
    return t.fields().get(i).name();
  }

  private static synchronized Function<Value, String> marshalerOf(GoType t) {
    return MARSHALERS.get(t);
  }

  /**
   * marshal is json.Marshal.
   *
   * @throws GoError with Go's message ({@code json: unsupported value: NaN}, ...)
   */
  public static String marshal(Value v) {
    StringBuilder sb = new StringBuilder();
    encode(sb, v);
    return sb.toString();
  }

  /** marshalIndent is json.MarshalIndent(v, prefix, indent). */
  public static String marshalIndent(Value v, String prefix, String indent) {
    return indent(marshal(v), prefix, indent);
  }

  private static void encode(StringBuilder sb, Value v) {
    if (v == null || !v.isValid()) {
      sb.append("null");
      return;
    }
    if (v.type().isInterface()) {
      if (v.isNil()) {
        sb.append("null");
        return;
      }
      v = v.elem();
    }
    GoType t = v.type();
    Function<Value, String> m = marshalerOf(t);
    if (m == null && t.kind() == GoType.Kind.POINTER) {
      Function<Value, String> em = marshalerOf(t.elem());
      if (em != null) {
        if (v.isNil()) {
          sb.append("null");
        } else {
          sb.append(compact(em.apply(v.elem())));
        }
        return;
      }
    }
    if (m != null) {
      sb.append(compact(m.apply(v)));
      return;
    }
    switch (t.kind()) {
      case BOOL:
        sb.append(v.bool());
        return;
      case INT: case INT8: case INT16: case INT32: case INT64:
        sb.append(v.longValue());
        return;
      case UINT: case UINT8: case UINT16: case UINT32: case UINT64: case UINTPTR:
        sb.append(Long.toUnsignedString(v.longValue()));
        return;
      case FLOAT32:
        appendFloat(sb, v.floatValue(), 32);
        return;
      case FLOAT64:
        appendFloat(sb, v.floatValue(), 64);
        return;
      case STRING:
        appendString(sb, v.stringValue());
        return;
      case POINTER:
        if (v.isNil()) {
          sb.append("null");
        } else {
          encode(sb, v.elem());
        }
        return;
      case MAP:
        encodeMap(sb, v);
        return;
      case SLICE:
        if (v.isNil()) {
          sb.append("null");
          return;
        }
        if (t.elem().kind() == GoType.Kind.UINT8 && marshalerOf(t.elem()) == null) {
          byte[] b = new byte[v.list().size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) v.list().get(i).longValue();
          }
          sb.append('"').append(Base64.getEncoder().encodeToString(b)).append('"');
          return;
        }
        encodeList(sb, v.list());
        return;
      case ARRAY:
        encodeList(sb, v.list());
        return;
      case STRUCT:
        encodeStruct(sb, v);
        return;
      default:
        throw new GoError("json: unsupported type: " + t);
    }
  }

  private static void encodeList(StringBuilder sb, List<Value> l) {
    sb.append('[');
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      encode(sb, l.get(i));
    }
    sb.append(']');
  }

  private static void encodeMap(StringBuilder sb, Value v) {
    GoType kt = v.type().key();
    if (kt.kind() != GoType.Kind.STRING && !kt.kind().isInt() && !kt.kind().isUint()) {
      throw new GoError("json: unsupported type: " + v.type());
    }
    if (v.isNil()) {
      sb.append("null");
      return;
    }
    List<String[]> keys = new ArrayList<>();
    List<Value> vals = new ArrayList<>();
    for (Map.Entry<Object, Value> e : v.map().entrySet()) {
      Object k = e.getKey();
      String ks;
      if (kt.kind() == GoType.Kind.STRING) {
        ks = (String) k;
      } else if (kt.kind().isUint()) {
        ks = Long.toUnsignedString((Long) k);
      } else {
        ks = String.valueOf(k);
      }
      keys.add(new String[] {ks, String.valueOf(vals.size())});
      vals.add(e.getValue());
    }
    keys.sort((a, b) -> GoStrings.compare(a[0], b[0]));
    sb.append('{');
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      appendString(sb, keys.get(i)[0]);
      sb.append(':');
      encode(sb, vals.get(Integer.parseInt(keys.get(i)[1])));
    }
    sb.append('}');
  }

  private record JsonField(String name, int depth, boolean tagged, boolean omitEmpty,
      boolean asString, Value value) {
  }

  private static void encodeStruct(StringBuilder sb, Value v) {
    List<JsonField> all = new ArrayList<>();
    collect(v, 0, all);
    // Go's dominance rules: the shallowest field of a name wins; at equal depth a single tagged
    // one wins; otherwise the name is dropped.
    List<JsonField> out = new ArrayList<>();
    for (JsonField f : all) {
      int best = Integer.MAX_VALUE;
      int count = 0;
      int taggedCount = 0;
      for (JsonField g : all) {
        if (g.name.equals(f.name)) {
          if (g.depth < best) {
            best = g.depth;
            count = 0;
            taggedCount = 0;
          }
          if (g.depth == best) {
            count++;
            if (g.tagged) {
              taggedCount++;
            }
          }
        }
      }
      if (f.depth != best) {
        continue;
      }
      if (count == 1 || (taggedCount == 1 && f.tagged)) {
        out.add(f);
      }
    }
    sb.append('{');
    boolean first = true;
    for (JsonField f : out) {
      if (f.omitEmpty && isEmptyValue(f.value)) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      appendString(sb, f.name);
      sb.append(':');
      if (f.asString && isQuotable(f.value)) {
        StringBuilder inner = new StringBuilder();
        encode(inner, f.value);
        if (f.value.kind() == GoType.Kind.STRING) {
          appendString(sb, inner.toString());
        } else {
          sb.append('"').append(inner).append('"');
        }
      } else {
        encode(sb, f.value);
      }
    }
    sb.append('}');
  }

  private static boolean isQuotable(Value v) {
    GoType.Kind k = v.kind();
    return k == GoType.Kind.BOOL || k == GoType.Kind.STRING || k.isInt() || k.isUint()
        || k.isFloat();
  }

  private static void collect(Value v, int depth, List<JsonField> out) {
    GoType t = v.type();
    String[] tags = tagsOf(t);
    List<GoType.Field> fs = t.fields();
    for (int i = 0; i < fs.size(); i++) {
      GoType.Field f = fs.get(i);
      String tag = tags == null ? null : tags[i];
      if ("-".equals(tag)) {
        continue;
      }
      String name = null;
      boolean omitEmpty = false;
      boolean asString = false;
      if (tag != null) {
        String[] parts = tag.split(",", -1);
        name = parts[0].isEmpty() ? null : parts[0];
        for (int j = 1; j < parts.length; j++) {
          omitEmpty |= parts[j].equals("omitempty");
          asString |= parts[j].equals("string");
        }
      }
      Value fv = v.field(i);
      if (f.embedded()) {
        GoType ft = f.type().kind() == GoType.Kind.POINTER ? f.type().elem() : f.type();
        if (!f.exported() && ft.kind() != GoType.Kind.STRUCT) {
          continue;
        }
        if (name == null && ft.kind() == GoType.Kind.STRUCT) {
          if (f.type().kind() == GoType.Kind.POINTER) {
            if (fv.isNil()) {
              continue;
            }
            fv = fv.elem();
          }
          collect(fv, depth + 1, out);
          continue;
        }
      } else if (!f.exported()) {
        continue;
      }
      out.add(new JsonField(name == null ? f.name() : name, depth, name != null, omitEmpty,
          asString, fv));
    }
  }

  /** isEmptyValue is encoding/json's omitempty test. */
  static boolean isEmptyValue(Value v) {
    switch (v.kind()) {
      case ARRAY: case MAP: case SLICE: case STRING:
        return v.len() == 0;
      case BOOL:
        return !v.bool();
      case FLOAT32: case FLOAT64:
        return v.floatValue() == 0;
      case INTERFACE: case POINTER:
        return v.isNil();
      case STRUCT:
        return false;
      default:
        if (v.kind().isInt() || v.kind().isUint()) {
          return v.longValue() == 0;
        }
        return false;
    }
  }

  /** appendFloat is encoding/json's floatEncoder. */
  static void appendFloat(StringBuilder sb, double f, int bits) {
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      throw new GoError("json: unsupported value: " + GoFloat.format(f, 'g', -1, bits));
    }
    double abs = Math.abs(f);
    char fmt = 'f';
    if (abs != 0) {
      if (bits == 64 && (abs < 1e-6 || abs >= 1e21)
          || bits == 32 && ((float) abs < 1e-6f || (float) abs >= 1e21f)) {
        fmt = 'e';
      }
    }
    String s = GoFloat.format(f, fmt, -1, bits);
    if (fmt == 'e') {
      int n = s.length();
      if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
        s = s.substring(0, n - 2) + s.charAt(n - 1);
      }
    }
    sb.append(s);
  }

  /** appendString is encoding/json's appendString with HTML escaping (Go 1.24). */
  static void appendString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
          sb.append((char) c);
        } else {
          switch (c) {
            case '\\': sb.append("\\\\"); break;
            case '"': sb.append("\\\""); break;
            case '\b': sb.append("\\b"); break;
            case '\f': sb.append("\\f"); break;
            case '\n': sb.append("\\n"); break;
            case '\r': sb.append("\\r"); break;
            case '\t': sb.append("\\t"); break;
            default:
              sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
              break;
          }
        }
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        sb.append("\\ufffd"); // a lone surrogate is invalid UTF-8 to Go
      } else if (c == 0x2028 || c == 0x2029) {
        sb.append("\\u202").append(HEX[c & 0xf]);
      } else {
        sb.appendCodePoint(c);
      }
      i += n;
    }
    sb.append('"');
  }

  // A MarshalJSON result is compacted by encoding/json; ours are compact already.
  private static String compact(String json) {
    return json;
  }

  /** indent is encoding/json's Indent of compact JSON text. */
  static String indent(String src, String prefix, String indent) {
    StringBuilder dst = new StringBuilder();
    boolean needIndent = false;
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (inString) {
        dst.append(c);
        if (c == '\\') {
          dst.append(src.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (needIndent && c != ']' && c != '}') {
        needIndent = false;
        depth++;
        newline(dst, prefix, indent, depth);
      }
      switch (c) {
        case '"':
          inString = true;
          dst.append(c);
          break;
        case '{': case '[':
          needIndent = true;
          dst.append(c);
          break;
        case ',':
          dst.append(c);
          newline(dst, prefix, indent, depth);
          break;
        case ':':
          dst.append(c).append(' ');
          break;
        case '}': case ']':
          if (needIndent) {
            needIndent = false; // empty: suppress the indent
          } else {
            depth--;
            newline(dst, prefix, indent, depth);
          }
          dst.append(c);
          break;
        default:
          dst.append(c);
          break;
      }
    }
    return dst.toString();
  }

  private static void newline(StringBuilder dst, String prefix, String indent, int depth) {
    dst.append('\n').append(prefix);
    for (int i = 0; i < depth; i++) {
      dst.append(indent);
    }
  }

  /** utf8 is for callers that need Go's byte view. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
