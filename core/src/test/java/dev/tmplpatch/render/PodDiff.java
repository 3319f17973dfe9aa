package dev.tmplpatch.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PodDiff lists every difference between two JSON trees as a path and both values, using the
 * issue's path style: lists of named objects (containers, env, volumes) are matched by name and
 * written {@code containers[name=istio-proxy]}, other lists by index.
 */
public final class PodDiff {
  private PodDiff() {}

  /** between returns one line per difference, in document order; empty when the trees are equal. */
  public static List<String> between(JsonNode original, JsonNode edited) {
    List<String> out = new ArrayList<>();
    diff("", original, edited, out);
    return out;
  }

  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (!b.has(key)) {
          out.add(child + ": removed (original " + a.get(key) + ")");
        } else if (!a.has(key)) {
          out.add(child + ": added (edited " + b.get(key) + ")");
        } else {
          diff(child, a.get(key), b.get(key), out);
        }
      }
    } else if (a.isArray() && b.isArray()) {
      Map<String, JsonNode> namedA = byName(a);
      Map<String, JsonNode> namedB = byName(b);
      if (namedA != null && namedB != null) {
        diffNamed(path, namedA, namedB, out);
      } else {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
          String child = path + "[" + i + "]";
          if (i >= b.size()) {
            out.add(child + ": removed (original " + a.get(i) + ")");
          } else if (i >= a.size()) {
            out.add(child + ": added (edited " + b.get(i) + ")");
          } else {
            diff(child, a.get(i), b.get(i), out);
          }
        }
      }
    } else {
      out.add(path + ": original " + a + ", edited " + b);
    }
  }

  private static void diffNamed(String path, Map<String, JsonNode> a, Map<String, JsonNode> b,
      List<String> out) {
    Set<String> names = new LinkedHashSet<>(a.keySet());
    names.addAll(b.keySet());
    for (String name : names) {
      String child = path + "[name=" + name + "]";
      if (!b.containsKey(name)) {
        out.add(child + ": removed (original " + a.get(name) + ")");
      } else if (!a.containsKey(name)) {
        out.add(child + ": added (edited " + b.get(name) + ")");
      } else {
        diff(child, a.get(name), b.get(name), out);
      }
    }
    // Order matters in a pod (env entries may refer to earlier ones), so report a reordering.
    List<String> common = new ArrayList<>(a.keySet());
    common.retainAll(b.keySet());
    List<String> commonB = new ArrayList<>(b.keySet());
    commonB.retainAll(a.keySet());
    if (!common.equals(commonB)) {
      out.add(path + ": order changed from " + common + " to " + commonB);
    }
  }

  /** byName maps a list of objects with distinct string names by name, or returns null. */
  private static Map<String, JsonNode> byName(JsonNode array) {
    if (array.size() == 0) {
      return null;
    }
    Map<String, JsonNode> named = new LinkedHashMap<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      JsonNode item = it.next();
      JsonNode name = item.get("name");
      if (!item.isObject() || name == null || !name.isTextual() || named.put(name.asText(), item) != null) {
        return null;
      }
    }
    return named;
  }

  /** mentions returns the path of every key or string value that contains text, in document order. */
  public static List<String> mentions(JsonNode root, String text) {
    List<String> out = new ArrayList<>();
    mentions("", root, text, out);
    return out;
  }

  private static void mentions(String path, JsonNode node, String text, List<String> out) {
    if (node.isTextual() && node.asText().contains(text)) {
      out.add(path);
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getKey().contains(text)) {
          out.add(child);
        }
        mentions(child, e.getValue(), text, out);
      });
    } else if (node.isArray()) {
      Map<String, JsonNode> named = byName(node);
      if (named != null) {
        named.forEach((name, item) -> mentions(path + "[name=" + name + "]", item, text, out));
      } else {
        for (int i = 0; i < node.size(); i++) {
          mentions(path + "[" + i + "]", node.get(i), text, out);
        }
      }
    }
  }

  /** paths returns the sorted set of paths that differ, for assertions on where changes are. */
  public static Set<String> paths(List<String> differences) {
    Set<String> paths = new TreeSet<>();
    for (String d : differences) {
      paths.add(d.substring(0, d.indexOf(": ")));
    }
    return paths;
  }
}
