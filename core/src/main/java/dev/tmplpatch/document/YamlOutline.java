package dev.tmplpatch.document;

import dev.tmplpatch.gotemplate.Delimited;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * YamlOutline is the YAML structure of a template, line by line: each line's role (key, item,
 * block-scalar body, comment, directive ...) and the path of the node it starts, computed per
 * template branch (the branches of one if / with / range never see each other's keys).
 *
 * <p>Actions are opaque scalars; a line that holds only a printing action, such as
 * {@code {{- toYaml .Values.gateways.securityContext | nindent 4 }}}, is known to produce YAML of
 * its own at that indentation. This is an outline, not a YAML parser: {@link Projection} checks
 * what the template really renders with snakeyaml-engine.
 */
public final class YamlOutline {

  /** Role is what a line is in the YAML. */
  public enum Role {
    BLANK,
    COMMENT,
    DIRECTIVE,
    /** Inside an action, comment or raw string that began on an earlier line. */
    CONTINUATION,
    /** Only a printing action: it produces YAML of its own (toYaml, include ...). */
    OUTPUT,
    /** A mapping entry {@code key:} or {@code key: value}. */
    KEY,
    /** A sequence item {@code - ...}, possibly {@code - key: value}. */
    ITEM,
    /** A line of a block scalar's body ({@code value: |}). */
    SCALAR_BODY,
    /** A line inside a flow collection that spans lines ({@code annotations: { ... }}). */
    FLOW,
    /** Any other text, e.g. the continuation of a multi-line plain scalar. */
    TEXT
  }

  /**
   * Entry is the outline of one line.
   *
   * @param line the line
   * @param role its role
   * @param column column (0-based) where the key or the {@code -} of an item starts
   * @param keyColumn column of the key ({@code column + 2} for {@code - key: v})
   * @param key the mapping key on this line, "" when none
   * @param value the raw value after {@code key:}, "" when none (comments stripped)
   * @param path path of the node the line starts: the key for KEY, the item for ITEM; for other
   *     roles the path of the enclosing node
   * @param parent line number of the enclosing key or item, 0 at the top
   */
  public record Entry(
      Line line, Role role, int column, int keyColumn, String key, String value, YamlPath path, int parent) {

    /** keyPath returns the path of the key on this line ({@code path} for KEY, path + key for ITEM). */
    public YamlPath keyPath() {
      return role == Role.ITEM && !key.isEmpty() ? path.key(key) : path;
    }

    /** startsBlockScalar reports whether the value is a block scalar header such as {@code |-}. */
    public boolean startsBlockScalar() {
      return YamlOutline.isBlockScalarHeader(value);
    }
  }

  private final TemplateDocument doc;
  private final List<Entry> entries;
  private volatile int[][] children;

  private YamlOutline(TemplateDocument doc, List<Entry> entries) {
    this.doc = doc;
    this.entries = entries;
  }

  /** of computes the outline of a document. */
  static YamlOutline of(TemplateDocument doc) {
    return new YamlOutline(doc, new OutlineBuilder(doc).build());
  }

  /** document returns the document outlined. */
  public TemplateDocument document() {
    return doc;
  }

  /** entries returns one entry per line, in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** entry returns the entry of the 1-based line. */
  public Entry entry(int line) {
    return entries.get(line - 1);
  }

  /** find returns the entries (KEY or ITEM) whose own path the selector matches, in order. */
  public List<Entry> find(YamlPath selector) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if ((e.role() == Role.KEY || e.role() == Role.ITEM) && selector.matches(e.path())) {
        out.add(e);
      }
    }
    return out;
  }

  /** children returns the entries whose parent is the given line, in order. */
  public List<Entry> children(int line) {
    int[][] index = childIndex();
    if (line < 0 || line >= index.length || index[line] == null) {
      return new ArrayList<>();
    }
    List<Entry> out = new ArrayList<>(index[line].length);
    for (int n : index[line]) {
      out.add(entries.get(n - 1));
    }
    return out;
  }

  /**
   * childIndex lists, per line number, the line numbers of the entries whose parent it is: built
   * once, so that the edits' many {@link #children} look-ups stay linear in the template's size.
   */
  private int[][] childIndex() {
    int[][] index = children;
    if (index == null) {
      int[] counts = new int[entries.size() + 1];
      for (Entry e : entries) {
        if (e.parent() >= 0 && e.parent() <= entries.size() && e.line().number() != e.parent()) {
          counts[e.parent()]++;
        }
      }
      index = new int[entries.size() + 1][];
      for (Entry e : entries) {
        int p = e.parent();
        if (p >= 0 && p <= entries.size() && e.line().number() != p) {
          if (index[p] == null) {
            index[p] = new int[counts[p]];
            counts[p] = 0;
          }
          index[p][counts[p]++] = e.line().number();
        }
      }
      children = index;
    }
    return index;
  }

  /** child returns the KEY child of a line with the given key, if any. */
  public Optional<Entry> childKey(int line, String key) {
    return children(line).stream()
        .filter(e -> e.role() == Role.KEY && e.key().equals(key))
        .findFirst();
  }

  /**
   * extent returns the last line that belongs to the node started on the given line: its value
   * lines, children, block-scalar body and the directives among them, but not trailing blank
   * lines, comments or directives that follow the node's last content line.
   */
  public int extent(int line) {
    Entry start = entry(line);
    int last = line;
    for (int i = line + 1; i <= entries.size(); i++) {
      Entry e = entry(i);
      if (e.role() == Role.BLANK || e.role() == Role.COMMENT || e.role() == Role.DIRECTIVE) {
        continue; // belongs to the node only if content of the node follows
      }
      if (isWithin(e, line)) {
        last = i;
        continue;
      }
      break;
    }
    return start.role() == Role.BLANK ? line : last;
  }

  private boolean isWithin(Entry e, int ancestor) {
    int p = e.parent();
    while (p > 0) {
      if (p == ancestor) {
        return true;
      }
      p = entry(p).parent();
    }
    return false;
  }

  /** keyNames returns the distinct key paths of the outline, for did-you-mean messages. */
  public List<String> paths(Predicate<Entry> filter) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if ((e.role() == Role.KEY || e.role() == Role.ITEM) && filter.test(e)) {
        String p = e.path().toString();
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static boolean isBlockScalarHeader(String value) {
    String v = value.strip();
    int i = 0;
    // An optional tag or anchor before the indicator.
    while (i < v.length() && (v.charAt(i) == '!' || v.charAt(i) == '&')) {
      int sp = v.indexOf(' ', i);
      if (sp < 0) {
        return false;
      }
      i = sp + 1;
      while (i < v.length() && v.charAt(i) == ' ') {
        i++;
      }
    }
    if (i >= v.length() || (v.charAt(i) != '|' && v.charAt(i) != '>')) {
      return false;
    }
    i++;
    while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '-' || v.charAt(i) == '+')) {
      i++;
    }
    String rest = v.substring(i).strip();
    return rest.isEmpty() || rest.startsWith("#");
  }

  /** Node is the mutable form of an entry while the outline is built. */
  static final class Node {
    final Line line;
    final Role role;
    final int column;
    final int keyColumn;
    final String key;
    final String value;
    Node parent;
    final List<Node> children = new ArrayList<>();
    int index;

    Node(Line line, Role role, int column, int keyColumn, String key, String value) {
      this.line = line;
      this.role = role;
      this.column = column;
      this.keyColumn = keyColumn;
      this.key = key;
      this.value = value;
    }
  }

  /** Frame is an open node on the builder's stack, with the sequence counters of its children. */
  record Frame(Node node, int column, boolean awaitsValue, Map<String, Integer> counters) {
    Frame copy() {
      return new Frame(node, column, awaitsValue, new HashMap<>(counters));
    }
  }

  /** isPrinting reports whether an action writes output (see {@link LineTable#prints}). */
  static boolean isPrinting(TemplateDocument doc, int action) {
    return LineTable.prints(doc.parsed(), action);
  }
}
