package dev.tmplpatch.edit;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** FlowLists reads one-line flow sequences such as {@code [{name: a, value: "0"}]} off a key's line. */
final class FlowLists {

  private FlowLists() {}

  /**
   * plain reads one line of flow YAML, or empty when it holds an action, an alias or an anchor
   * (not plain: the verifier decides there) or is not YAML.
   */
  private static Optional<Object> plain(String flow) {
    if (flow.contains("{{") || flow.contains("*") || flow.contains("&")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(flow));
    } catch (YamlEngineException e) {
      return Optional.empty();
    }
  }

  /** value returns a key's value as written, without its anchor or tag and surrounding space. */
  static String value(String raw) {
    return raw.strip().substring(properties(raw).strip().length()).strip();
  }

  /** properties returns the anchor and tag before a value ({@code "&s "}), to keep on a rewritten line. */
  static String properties(String raw) {
    String v = raw.strip();
    int i = 0;
    while (i < v.length() && (v.charAt(i) == '&' || v.charAt(i) == '!')) {
      int sp = v.indexOf(' ', i);
      if (sp < 0) {
        return v + " ";
      }
      i = sp;
      while (i < v.length() && v.charAt(i) == ' ') {
        i++;
      }
    }
    return i == 0 ? "" : v.substring(0, i).strip() + " ";
  }

  /**
   * without returns the list's items minus the mappings whose {@code name} is the given one, or
   * empty when the text is not a plain flow list of mappings or holds no such item.
   */
  static Optional<List<Object>> without(String flow, String name) {
    if (!(plain(flow).orElse(null) instanceof List<?> list)) {
      return Optional.empty();
    }
    List<Object> kept = new ArrayList<>();
    boolean removed = false;
    for (Object item : list) {
      if (item instanceof Map<?, ?> m && name.equals(String.valueOf(m.get("name")))) {
        removed = true;
      } else {
        kept.add(item);
      }
    }
    return removed ? Optional.of(kept) : Optional.empty();
  }

  /** namesItem reports whether a one-line flow mapping, e.g. {@code {name: a, value: "0"}}, has the name. */
  static boolean namesItem(String flow, String name) {
    return plain(value(flow)).orElse(null) instanceof Map<?, ?> m && name.equals(String.valueOf(m.get("name")));
  }

  /**
   * withoutInMapping returns a one-line flow mapping such as {@code {sysctls: [{name: a}]}} with the
   * named item removed from its {@code sysctls} list, or empty when the text is not plain YAML or
   * has no such item.
   */
  static Optional<Map<Object, Object>> withoutInMapping(String flow, String name) {
    if (!(plain(flow).orElse(null) instanceof Map<?, ?> m) || !(m.get("sysctls") instanceof List<?> list)) {
      return Optional.empty();
    }
    List<Object> kept = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> i && name.equals(String.valueOf(i.get("name"))))) {
        kept.add(item);
      }
    }
    if (kept.size() == list.size()) {
      return Optional.empty();
    }
    Map<Object, Object> out = new java.util.LinkedHashMap<>(m);
    out.put("sysctls", kept);
    return Optional.of(out);
  }

  /**
   * comment returns the comment that ends a key's line with the space before it (" # note"), or
   * "", so that an edited line keeps it.
   */
  static String comment(TemplateDocument doc, Entry key) {
    String content = doc.content(key.line());
    int colon = content.indexOf(':', key.column() + key.key().length());
    if (colon < 0) {
      return "";
    }
    String rest = content.substring(colon + 1);
    char quote = 0;
    int depth = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' && i + 1 < rest.length() && rest.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && i + 1 < rest.length() && rest.charAt(i + 1) == '}') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c == '#' && depth == 0 && (i == 0 || rest.charAt(i - 1) == ' ' || rest.charAt(i - 1) == '\t')) {
        int s = i;
        while (s > 0 && (rest.charAt(s - 1) == ' ' || rest.charAt(s - 1) == '\t')) {
          s--;
        }
        String space = rest.substring(s, i);
        return (space.isEmpty() ? " " : space) + rest.substring(i);
      }
    }
    return "";
  }
}
