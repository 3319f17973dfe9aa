package dev.tmplpatch.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * GoDecode reads YAML the way sigs.k8s.io/yaml's Unmarshal does (yaml.v2 resolves plain
 * scalars: YAML 1.1 booleans {@code yes/on/off}, ints with base prefixes, floats, nulls) and
 * decodes the result into Go-typed values as encoding/json does: struct fields by JSON tag
 * (case-insensitive), numbers as float64 inside {@code interface {}}, integers checked against
 * their field's type.
 */
public final class GoDecode {
  private GoDecode() {
  }

  /** DecodeException is a decoding error with Go's message where we know it. */
  public static final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecodeException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * readYamlDocuments composes every document of a YAML stream into plain Java trees (Map with
   * String keys, List, String, Boolean, null, Long/BigInteger/Double numbers), resolving plain
   * scalars as yaml.v2 does.
   */
  public static List<Object> readYamlDocuments(String text) {
    List<Object> docs = new ArrayList<>();
    LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true)
        .setMaxAliasesForCollections(1000).build();
    for (Node n : dev.tmplpatch.source.YamlStreams.nodes(settings, text)) {
      docs.add(tree(n));
    }
    return docs;
  }

  private static Object tree(Node n) {
    if (n instanceof MappingNode) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (NodeTuple t : ((MappingNode) n).getValue()) {
        Object k = tree(t.getKeyNode());
        m.put(keyString(k), tree(t.getValueNode()));
      }
      return m;
    }
    if (n instanceof SequenceNode) {
      List<Object> l = new ArrayList<>();
      for (Node c : ((SequenceNode) n).getValue()) {
        l.add(tree(c));
      }
      return l;
    }
    ScalarNode s = (ScalarNode) n;
    if (s.getScalarStyle() != ScalarStyle.PLAIN) {
      return s.getValue();
    }
    return resolvePlain(s.getValue());
  }

  private static String keyString(Object k) {
    if (k instanceof Double) {
      return GoFloat.format((Double) k, 'g', -1, 64);
    }
    return String.valueOf(k);
  }

  /** resolvePlain is yaml.v2's resolve("", s) for a plain scalar (timestamps stay strings). */
  static Object resolvePlain(String in) {
    switch (in) {
      case "y": case "Y": case "yes": case "Yes": case "YES": case "true": case "True":
      case "TRUE": case "on": case "On": case "ON":
        return Boolean.TRUE;
      case "n": case "N": case "no": case "No": case "NO": case "false": case "False":
      case "FALSE": case "off": case "Off": case "OFF":
        return Boolean.FALSE;
      case "": case "~": case "null": case "Null": case "NULL":
        return null;
      case ".nan": case ".NaN": case ".NAN":
        return Double.NaN;
      case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf": case "-.Inf": case "-.INF":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    if (GoYaml.resolvesToString(in)) {
      return in;
    }
    String plain = in.replace("_", "");
    BigInteger i = GoStrconv.parseIntBase0(plain);
    if (i != null) {
      return i.bitLength() < 64 ? (Object) i.longValue() : i;
    }
    Double d = GoStrconv.parseFloat(plain.startsWith(".") ? in : plain);
    if (d != null) {
      return d;
    }
    if (plain.startsWith("0b") || plain.startsWith("-0b")) {
      BigInteger b = plain.startsWith("-") ? GoStrconv.parseIntBinary("-" + plain.substring(3))
          : GoStrconv.parseBinary(plain.substring(2));
      if (b != null) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
      }
    }
    return in; // a timestamp: kept as written
  }

  /** decode is json.Unmarshal of a tree into a value of type t. */
  public static Value decode(Object tree, GoType t, String where) {
    return decodeInto(tree, t, Value.zero(t), where);
  }

  /**
   * decodeInto is json.Unmarshal into an existing value: struct fields absent from the tree keep
   * their value, as when decoding onto defaults.
   */
  public static Value decodeInto(Object tree, GoType t, Value existing, String where) {
    if (tree == null) {
      // JSON null leaves non-nilable values unchanged and sets nilable ones to nil.
      switch (t.kind()) {
        case POINTER: case MAP: case SLICE: case INTERFACE:
          return Value.zero(t);
        default:
          return existing;
      }
    }
    if (t.isInterface()) {
      return Value.ofAny(JsonValues.fromJson(normalise(tree)));
    }
    if (t.kind() == GoType.Kind.POINTER && t.elem().name() != null
        && t.elem().name().endsWith(".BoolValue")) {
      // wrapperspb.BoolValue reads a bare bool, as proto JSON does.
      if (!(tree instanceof Boolean)) {
        throw mismatch(tree, GoType.BOOL, where);
      }
      return Value.pointerTo(Value.ofStruct(t.elem(), Value.of((Boolean) tree)));
    }
    if (t.name() != null && t.name().endsWith("InboundInterceptionMode")) {
      if (!(tree instanceof String)) {
        throw new DecodeException(where + ": interceptionMode must be a name");
      }
      int n = IstiodTypes.interceptionModeNumber((String) tree);
      if (n < 0) {
        throw new DecodeException("unknown interceptionMode \"" + tree + "\"");
      }
      return Value.ofNumber(t, n);
    }
    switch (t.kind()) {
      case STRING:
        if (tree instanceof String) {
          return t == GoType.STRING ? Value.of((String) tree) : Value.raw(t, tree);
        }
        // sigs.k8s.io/yaml turns a YAML scalar into the string its target field wants.
        if (tree instanceof Boolean || tree instanceof Long || tree instanceof BigInteger) {
          return Value.raw(t, String.valueOf(tree));
        }
        if (tree instanceof Double) {
          return Value.raw(t, GoFloat.format((Double) tree, 'g', -1, 64));
        }
        throw mismatch(tree, t, where);
      case BOOL:
        if (tree instanceof Boolean) {
          return Value.of((Boolean) tree);
        }
        throw mismatch(tree, t, where);
      case POINTER:
        return Value.pointerTo(decodeInto(tree, t.elem(),
            existing.isNil() ? Value.zero(t.elem()) : existing.elem(), where));
      case SLICE: {
        if (!(tree instanceof List)) {
          throw mismatch(tree, t, where);
        }
        List<Value> l = new ArrayList<>();
        for (Object o : (List<?>) tree) {
          l.add(decode(o, t.elem(), where));
        }
        return Value.ofSlice(t, l);
      }
      case MAP: {
        if (!(tree instanceof Map)) {
          throw mismatch(tree, t, where);
        }
        Map<Object, Value> m = new LinkedHashMap<>(existing.isNil() ? Map.of() : existing.map());
        for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
          m.put(String.valueOf(e.getKey()), decode(e.getValue(), t.elem(), where));
        }
        return Value.ofMap(t, m);
      }
      case STRUCT:
        return decodeStruct(tree, t, existing, where);
      default:
        break;
    }
    if (t.kind().isInt() || t.kind().isUint()) {
      BigDecimal d = number(tree);
      if (d == null) {
        throw mismatch(tree, t, where);
      }
      try {
        BigInteger i = d.toBigIntegerExact();
        return Value.ofNumber(t, i.longValue());
      } catch (ArithmeticException e) {
        throw mismatch(tree, t, where);
      }
    }
    if (t.kind().isFloat()) {
      BigDecimal d = number(tree);
      if (d == null) {
        throw mismatch(tree, t, where);
      }
      return Value.ofNumber(t, d.doubleValue());
    }
    throw new DecodeException(where + ": cannot decode into " + t);
  }

  private static Value decodeStruct(Object tree, GoType t, Value existing, String where) {
    if (!(tree instanceof Map)) {
      throw mismatch(tree, t, where);
    }
    List<GoType.Field> fs = t.fields();
    Value[] vals = new Value[fs.size()];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = existing.field(i);
    }
    List<String> names = jsonNames(t);
    for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
      String key = String.valueOf(e.getKey());
      int idx = names.indexOf(key);
      if (idx < 0) {
        for (int i = 0; i < names.size(); i++) {
          if (names.get(i) != null && names.get(i).equalsIgnoreCase(key)) {
            idx = i;
            break;
          }
        }
      }
      if (idx < 0) {
        continue; // unknown fields are ignored, as json.Unmarshal does
      }
      vals[idx] = decodeInto(e.getValue(), fs.get(idx).type(), vals[idx], where);
    }
    return Value.ofStruct(t, vals);
  }

  /** jsonNames are the JSON names of a struct's own fields (null for skipped ones). */
  static List<String> jsonNames(GoType t) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < t.fields().size(); i++) {
      names.add(GoJson.jsonName(t, i));
    }
    return names;
  }

  /** unknownKeys lists keys of a mapping that no field of the struct takes (strict decoding). */
  public static List<String> unknownKeys(Map<?, ?> tree, GoType t) {
    List<String> names = jsonNames(t);
    List<String> unknown = new ArrayList<>();
    for (Object k : tree.keySet()) {
      boolean found = false;
      for (String n : names) {
        found |= n != null && n.equalsIgnoreCase(String.valueOf(k));
      }
      if (!found) {
        unknown.add(String.valueOf(k));
      }
    }
    return unknown;
  }

  private static BigDecimal number(Object tree) {
    if (tree instanceof Long) {
      return BigDecimal.valueOf((Long) tree);
    }
    if (tree instanceof BigInteger) {
      return new BigDecimal((BigInteger) tree);
    }
    if (tree instanceof Double && !((Double) tree).isNaN() && !((Double) tree).isInfinite()) {
      return new BigDecimal((Double) tree);
    }
    return null;
  }

  private static Object normalise(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
        m.put(String.valueOf(e.getKey()), normalise(e.getValue()));
      }
      return m;
    }
    if (tree instanceof List) {
      List<Object> l = new ArrayList<>();
      for (Object o : (List<?>) tree) {
        l.add(normalise(o));
      }
      return l;
    }
    return tree;
  }

  private static DecodeException mismatch(Object tree, GoType t, String where) {
    String what;
    if (tree instanceof String) {
      what = "string";
    } else if (tree instanceof Boolean) {
      what = "bool";
    } else if (tree instanceof Map) {
      what = "object";
    } else if (tree instanceof List) {
      what = "array";
    } else {
      what = "number";
    }
    return new DecodeException(where + ": json: cannot unmarshal " + what + " into Go value of type "
        + t);
  }
}
