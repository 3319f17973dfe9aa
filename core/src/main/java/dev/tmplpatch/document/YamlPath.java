package dev.tmplpatch.document;

import java.util.ArrayList;
import java.util.List;

/**
 * YamlPath names a node of the YAML a template produces, e.g.
 * {@code spec.containers[name=istio-proxy].securityContext.runAsUser}: keys joined by dots,
 * sequence items selected by their {@code name} ({@code [name=x]}) or, without one, by index.
 */
public record YamlPath(List<Segment> segments) {

  /** Segment is one step of a path. */
  public sealed interface Segment permits Key, Item {}

  /** Key selects a mapping entry. */
  public record Key(String name) implements Segment {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Item selects a sequence item by {@code key=value} or, when key is empty, by index. */
  public record Item(String key, String value, int index) implements Segment {
    @Override
    public String toString() {
      return key.isEmpty() ? "[" + index + "]" : "[" + key + "=" + value + "]";
    }
  }

  /** ROOT is the document itself. */
  public static final YamlPath ROOT = new YamlPath(List.of());

  public YamlPath {
    segments = List.copyOf(segments);
  }

  /**
   * parse reads the dotted form. Keys are separated by {@code .}; an item selector
   * {@code [name=value]} or {@code [3]} follows a key directly.
   */
  public static YamlPath parse(String path) {
    // Its refusals are programming errors, never shown to users: every path is one of the
    // library's constants or an argument of the library API (no front end reads a path), so they
    // stay English (MessageSitesTest lists them).
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    if (n == 0) {
      throw new IllegalArgumentException("empty YAML path");
    }
    while (i < n) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed [ in YAML path " + path);
        }
        String sel = path.substring(i + 1, close);
        int eq = sel.indexOf('=');
        if (eq >= 0) {
          out.add(new Item(sel.substring(0, eq).strip(), sel.substring(eq + 1).strip(), -1));
        } else {
          try {
            out.add(new Item("", "", Integer.parseInt(sel.strip())));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "bad item selector [" + sel + "] in YAML path " + path + ": use [name=value] or [index]");
          }
        }
        i = close + 1;
        if (i < n && path.charAt(i) == '.') {
          i++;
        }
      } else {
        int j = i;
        while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
          j++;
        }
        if (j == i) {
          throw new IllegalArgumentException("empty key in YAML path " + path);
        }
        out.add(new Key(path.substring(i, j)));
        i = j < n && path.charAt(j) == '.' ? j + 1 : j;
        if (j < n && path.charAt(j) == '.' && i == n) {
          throw new IllegalArgumentException("YAML path ends with a dot: " + path);
        }
      }
    }
    return new YamlPath(out);
  }

  /** child returns this path extended by a key. */
  public YamlPath key(String name) {
    List<Segment> s = new ArrayList<>(segments);
    s.add(new Key(name));
    return new YamlPath(s);
  }

  /** item returns this path extended by an item selector. */
  public YamlPath item(Item item) {
    List<Segment> s = new ArrayList<>(segments);
    s.add(item);
    return new YamlPath(s);
  }

  /** parent returns the path without its last segment. */
  public YamlPath parent() {
    return segments.isEmpty() ? this : new YamlPath(segments.subList(0, segments.size() - 1));
  }

  /** last returns the last segment, or null for the root. */
  public Segment last() {
    return segments.isEmpty() ? null : segments.get(segments.size() - 1);
  }

  /**
   * matches reports whether a concrete path (as the outline computes them) is selected by this
   * one: items selected by name match the item with that name; by index, the item at the index.
   */
  public boolean matches(YamlPath concrete) {
    if (concrete.segments.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment want = segments.get(i);
      Segment have = concrete.segments.get(i);
      if (want instanceof Key k) {
        if (!(have instanceof Key h) || !h.name().equals(k.name())) {
          return false;
        }
      } else {
        Item w = (Item) want;
        if (!(have instanceof Item h)) {
          return false;
        }
        if (w.key().isEmpty() ? h.index() != w.index() : !(w.key().equals(h.key()) && w.value().equals(h.value()))) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Key && sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
