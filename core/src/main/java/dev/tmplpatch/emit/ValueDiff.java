package dev.tmplpatch.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * ValueDiff explains how two JSON or YAML texts differ as values: one entry per differing path,
 * and for a multi-line string (an embedded template) the diff of that string's own lines.
 *
 * <p>A golden Istio patch carries the whole template as one JSON string, so a text diff of two
 * patches that differ by one capability shows two lines of 10 KB each. This diff names the JSON
 * path of the string and shows the template lines that changed. Texts that are not both JSON or
 * both YAML, YAML that holds template actions, or texts whose values are equal (only formatting
 * differs) get the {@link UnifiedDiff}.
 */
public final class ValueDiff {

  /** Longest scalar shown whole; longer ones are cut with their length named. */
  private static final int MAX_SHOWN = 120;

  /** Most differences listed; the rest are counted. */
  private static final int MAX_ENTRIES = 50;

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final List<String> entries = new ArrayList<>();
  private int more;

  private ValueDiff() {}

  /**
   * describe explains the difference between the old (expected) and new (actual) text of the
   * named file; the empty string when the texts are identical.
   */
  public static String describe(String name, String oldText, String newText, String oldRole, String newRole) {
    if (oldText.equals(newText)) {
      return "";
    }
    UnifiedDiff text = UnifiedDiff.between(oldText, newText);
    List<Object> oldValues = values(name, oldText);
    List<Object> newValues = oldValues == null ? null : values(name, newText);
    if (oldValues == null || newValues == null) {
      return text.describe(name, oldRole, newRole);
    }
    ValueDiff diff = new ValueDiff();
    boolean json = isJson(name, oldText);
    if (oldValues.size() == 1 && newValues.size() == 1) {
      diff.compare(json ? "$" : "", oldValues.get(0), newValues.get(0), oldRole, newRole);
    } else {
      int n = Math.max(oldValues.size(), newValues.size());
      for (int i = 0; i < n; i++) {
        String root = "document " + (i + 1) + ":";
        if (i >= oldValues.size()) {
          diff.add(root + " only in " + newRole);
        } else if (i >= newValues.size()) {
          diff.add(root + " only in " + oldRole);
        } else {
          diff.compare(root, oldValues.get(i), newValues.get(i), oldRole, newRole);
        }
      }
    }
    if (diff.entries.isEmpty()) {
      return "the values are equal; only the formatting differs:\n" + text.describe(name, oldRole, newRole);
    }
    int count = diff.entries.size() + diff.more;
    StringBuilder out = new StringBuilder();
    out.append(name).append(": ").append(count).append(count == 1 ? " value differs\n" : " values differ\n");
    out.append("--- ").append(name).append(" (").append(oldRole).append(")\n");
    out.append("+++ ").append(name).append(" (").append(newRole).append(")\n");
    for (String entry : diff.entries) {
      out.append(entry);
      if (!entry.endsWith("\n")) {
        out.append('\n');
      }
    }
    if (diff.more > 0) {
      out.append("... ").append(diff.more).append(diff.more == 1 ? " more difference" : " more differences")
          .append(" not shown\n");
    }
    return out.toString();
  }

  /** values reads the text as JSON (a .json name or a text that starts with { or [) or as YAML documents. */
  private static List<Object> values(String name, String text) {
    if (isJson(name, text)) {
      try {
        return List.of(JSON.readValue(text, Object.class));
      } catch (JsonProcessingException e) {
        return null;
      }
    }
    if (text.contains("{{")) {
      // A Go template is text, not data: its actions would read as flow mappings.
      return null;
    }
    try {
      List<Object> documents = new ArrayList<>();
      LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
          .setCodePointLimit(Math.max(3 * 1024 * 1024, text.length() + 1)).build();
      for (Object document : new Load(settings).loadAllFromString(text)) {
        documents.add(document);
      }
      // A text that is one plain scalar is not structured data worth a value diff.
      if (documents.size() == 1 && !(documents.get(0) instanceof Map) && !(documents.get(0) instanceof List)) {
        return null;
      }
      return documents;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isJson(String name, String text) {
    if (name.endsWith(".json")) {
      return true;
    }
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }

  private void add(String entry) {
    if (entries.size() < MAX_ENTRIES) {
      entries.add(entry);
    } else {
      more++;
    }
  }

  private void compare(String path, Object oldValue, Object newValue, String oldRole, String newRole) {
    if (oldValue instanceof Map<?, ?> oldMap && newValue instanceof Map<?, ?> newMap) {
      Set<Object> keys = new LinkedHashSet<>(oldMap.keySet());
      keys.addAll(newMap.keySet());
      for (Object key : keys) {
        String child = child(path, key);
        if (!oldMap.containsKey(key)) {
          add(child + ": only in " + newRole + ": " + shown(newMap.get(key)));
        } else if (!newMap.containsKey(key)) {
          add(child + ": only in " + oldRole + ": " + shown(oldMap.get(key)));
        } else {
          compare(child, oldMap.get(key), newMap.get(key), oldRole, newRole);
        }
      }
      return;
    }
    if (oldValue instanceof List<?> oldList && newValue instanceof List<?> newList) {
      int n = Math.max(oldList.size(), newList.size());
      for (int i = 0; i < n; i++) {
        String child = under(path) + "[" + i + "]";
        if (i >= oldList.size()) {
          add(child + ": only in " + newRole + ": " + shown(newList.get(i)));
        } else if (i >= newList.size()) {
          add(child + ": only in " + oldRole + ": " + shown(oldList.get(i)));
        } else {
          compare(child, oldList.get(i), newList.get(i), oldRole, newRole);
        }
      }
      return;
    }
    if (Objects.equals(oldValue, newValue)) {
      return;
    }
    String where = path.isEmpty() ? "(top)" : path;
    if (oldValue instanceof String oldString && newValue instanceof String newString
        && (oldString.indexOf('\n') >= 0 || newString.indexOf('\n') >= 0)) {
      long lines = newString.lines().count();
      String hunks = UnifiedDiff.between(oldString, newString).format(oldRole, newRole, UnifiedDiff.DEFAULT_CONTEXT);
      // The string's own diff, without the ---/+++ header lines the entry's heading replaces.
      String body = hunks.substring(hunks.indexOf("\n@@") + 1);
      add(where + " (a string of " + lines + (lines == 1 ? " line" : " lines") + ") differs:\n" + body);
      return;
    }
    add(where + ": " + shown(oldValue) + " (" + oldRole + ") -> " + shown(newValue) + " (" + newRole + ")");
  }

  /** child names a map entry: .key for plain keys, ["key"] for any other key (dots, slashes, spaces). */
  private static String child(String path, Object key) {
    String k = String.valueOf(key);
    if (!PLAIN_KEY.matcher(k).matches()) {
      return under(path) + "[" + quoted(k) + "]";
    }
    return path.isEmpty() || path.endsWith(":") ? under(path) + k : path + "." + k;
  }

  /** under is the path a child name or index is appended to: a document label gets a space. */
  private static String under(String path) {
    return path.endsWith(":") ? path + " " : path;
  }

  /** shown prints a value as JSON on one line, cut when long. */
  private static String shown(Object value) {
    String s;
    try {
      s = JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      s = String.valueOf(value);
    }
    if (s.length() > MAX_SHOWN) {
      return s.substring(0, MAX_SHOWN) + "... (" + s.length() + " characters)";
    }
    return s;
  }

  private static String quoted(String key) {
    try {
      return JSON.writeValueAsString(key);
    } catch (JsonProcessingException e) {
      return '"' + key + '"';
    }
  }
}
