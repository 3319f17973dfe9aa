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
      return Value.ofSliceWithCap(GoType.ANY_SLICE, l, appendCap(l.size()));
    }
    throw new IllegalArgumentException("not a JSON value: " + json.getClass().getName());
  }

  private static final int[] SIZE_CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144,
      160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
      768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
      4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
      16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

  /**
   * appendCap is the capacity encoding/json leaves on a {@code []interface {}} of n elements: it
   * appends one element at a time to {@code make([]any, 0)} (Go 1.24's growslice and malloc
   * size classes for 16-byte elements with pointers).
   */
  static int appendCap(int n) {
    long cap = 0;
    for (int len = 0; len < n; len++) {
      if (len + 1 > cap) {
        long newLen = len + 1;
        long newcap = cap;
        long doublecap = newcap * 2;
        if (newLen > doublecap) {
          newcap = newLen;
        } else if (cap < 256) {
          newcap = doublecap;
        } else {
          while (newcap < newLen) {
            newcap += (newcap + 3 * 256) >> 2;
          }
        }
        cap = roundupsize(newcap << 4) >> 4;
      }
    }
    return (int) cap;
  }

  private static long roundupsize(long size) {
    long req = size;
    if (req <= 32768 - 8) {
      if (req > 512) {
        req += 8; // malloc header for objects with pointers
      }
      for (int c : SIZE_CLASSES) {
        if (c >= req) {
          return c - (req - size);
        }
      }
    }
    req += 8191;
    return req & ~8191L;
  }

  // Go parses the decimal text with strconv.ParseFloat, i.e. correctly rounded.
  private static double toDouble(Number n) {
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n).doubleValue();
    }
    return n.doubleValue();
  }
}
