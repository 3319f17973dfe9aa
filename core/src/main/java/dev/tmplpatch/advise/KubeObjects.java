package dev.tmplpatch.advise;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * KubeObjects reads what {@code kubectl get ... -o json} or {@code -o yaml} prints: one object, a
 * {@code List} (or {@code NodeList}, {@code ServiceList} ...) of them, or several YAML documents,
 * as plain maps. JSON is read by Jackson, YAML by snakeyaml-engine with duplicate keys refused.
 */
final class KubeObjects {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KubeObjects() {}

  /** load returns the objects of the file, lists flattened, in order. */
  static List<Map<String, Object>> load(String source, String text, String hint) {
    List<Object> docs = new ArrayList<>();
    text = dev.tmplpatch.source.Utf8.withoutBom(text);
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        docs.add(JSON.readValue(text, Object.class));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new UnusableInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
            "not valid JSON: " + firstLine(e.getOriginalMessage()), hint);
      }
    } else {
      try {
        // The failsafe schema keeps every scalar as written: an unquoted kernelVersion 4.20 must
        // not become the float 4.2.
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
            .setCodePointLimit(Integer.MAX_VALUE).setSchema(new FailsafeSchema()).build();
        for (Object d : new Load(settings).loadAllFromString(text)) {
          if (d != null) {
            docs.add(d);
          }
        }
      } catch (MarkedYamlEngineException e) {
        throw new UnusableInputException(source, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0),
            e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0), "not valid YAML: " + e.getProblem(), hint);
      } catch (YamlEngineException e) {
        throw new UnusableInputException(source, 0, 0, "not valid YAML: " + firstLine(e.getMessage()), hint);
      } catch (StackOverflowError e) {
        // snakeyaml-engine has no nesting limit; Jackson stops at 1000 levels. No Node is that deep.
        throw new UnusableInputException(source, 0, 0, "not valid YAML: nested too deeply", hint);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object d : docs) {
      flatten(source, d, out, hint);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String source, Object d, List<Map<String, Object>> out, String hint) {
    if (d instanceof List<?> list) {
      for (Object o : list) {
        flatten(source, o, out, hint);
      }
      return;
    }
    if (!(d instanceof Map<?, ?> map)) {
      throw new UnusableInputException(source, 0, 0, "not a Kubernetes object but " + describe(d), hint);
    }
    Map<String, Object> m = (Map<String, Object>) map;
    String kind = string(m, "kind");
    if ((kind.equals("List") || kind.endsWith("List")) && m.get("items") instanceof List<?> items) {
      flatten(source, items, out, hint);
      return;
    }
    out.add(m);
  }

  private static String describe(Object o) {
    if (o instanceof String s) {
      return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    return o == null ? "nothing" : "a " + o.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** at walks nested maps by keys; null when a step is missing or not a map. */
  static Object at(Map<String, Object> m, String... path) {
    Object cur = m;
    for (String k : path) {
      if (!(cur instanceof Map<?, ?> map)) {
        return null;
      }
      cur = map.get(k);
    }
    return cur;
  }

  /** string returns the value at path as text, "" when missing; numbers and booleans as written. */
  static String string(Map<String, Object> m, String... path) {
    Object v = at(m, path);
    return v == null || v instanceof Map || v instanceof List ? "" : String.valueOf(v);
  }

  /** integer reads a whole number written as a number or as digits, else -1. */
  static int integer(Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e9) {
      return n.intValue();
    }
    if (v instanceof String s && s.matches("\\d{1,9}")) {
      return Integer.parseInt(s);
    }
    return -1;
  }

  /** map returns the map at path, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String... path) {
    Object v = at(m, path);
    return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
  }

  /** list returns the list at path, or an empty list. */
  static List<?> list(Map<String, Object> m, String... path) {
    Object v = at(m, path);
    return v instanceof List<?> l ? l : List.of();
  }

  /** maps returns the map elements of the list at path. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Map<String, Object> m, String... path) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list(m, path)) {
      out.add(o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of());
    }
    return out;
  }
}
