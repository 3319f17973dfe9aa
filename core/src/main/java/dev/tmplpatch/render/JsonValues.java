package dev.tmplpatch.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JsonValues turns plain Java JSON trees (as Jackson or snakeyaml build them: Map, List, String,
 * Number, Boolean, null) into the Go values that {@code encoding/json} (and sigs.k8s.io/yaml)
 * Unmarshal into {@code any} gives: {@code map[string]interface {}}, {@code []interface {}},
 * {@code float64} for every number, {@code string}, {@code bool}, and nil interfaces.
 */
public final class JsonValues {
  private JsonValues() {
  }

  /**
   * fromJson converts a tree. The result is the concrete value (a map, slice, string, ...) as
   * {@code reflect.ValueOf(x)} gives it for the unmarshalled {@code x}; a null tree gives
   * {@link Value#INVALID} (reflect.ValueOf(nil)). Elements are interface values.
   */
  public static Value fromJson(Object json) {
    if (json == null) {
      return Value.INVALID;
    }
    return convert(json);
  }

  private static Value convert(Object json) {
    if (json == null) {
      return Value.nilInterface();
    }
    if (json instanceof String) {
      return Value.of((String) json);
    }
    if (json instanceof Boolean) {
      return Value.of((Boolean) json);
    }
    if (json instanceof Number) {
      return Value.ofFloat64(toDouble((Number) json));
    }
    if (json instanceof Map) {
      Map<String, Value> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) json).entrySet()) {
        m.put(String.valueOf(e.getKey()), convert(e.getValue()));
      }
      return Value.ofMap(GoType.ANY_MAP, m);
    }
    if (json instanceof List) {
      List<Value> l = new ArrayList<>();
      for (Object o : (List<?>) json) {
        l.add(convert(o));
      }
      return Value.ofSlice(GoType.ANY_SLICE, l);
    }
    throw new IllegalArgumentException("not a JSON value: " + json.getClass().getName());
  }

  // Go parses the decimal text with strconv.ParseFloat, i.e. correctly rounded.
  private static double toDouble(Number n) {
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n).doubleValue();
    }
    return n.doubleValue();
  }
}
