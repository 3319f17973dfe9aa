package dev.tmplpatch.document;

import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Frame;
import dev.tmplpatch.document.YamlOutline.Node;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.gotemplate.ControlNode;
import dev.tmplpatch.gotemplate.Delimited;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * OutlineBuilder walks the lines once with a stack of open keys and items, as a YAML block
 * parser would, treating actions as opaque scalars. When a line lies in another branch of a
 * control node than the lines before it, the stack goes back to what it was when that node was
 * entered: the branches of one {@code if} are alternatives, not neighbours.
 */
final class OutlineBuilder {

  private final TemplateDocument doc;
  private final String text;
  private List<Frame> stack = new ArrayList<>();
  private final Map<ControlNode, List<Frame>> snapshots = new IdentityHashMap<>();
  private final Map<ControlNode, Integer> lastBranch = new IdentityHashMap<>();
  private Node scalarOwner;
  private int scalarColumn;
  private Node flowOwner;
  private int flowDepth;

  OutlineBuilder(TemplateDocument doc) {
    this.doc = doc;
    this.text = doc.text();
    stack.add(new Frame(null, -1, true, new HashMap<>()));
  }

  List<Entry> build() {
    List<Line> lines = doc.lines();
    Node[] nodes = new Node[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      nodes[i] = visit(lines.get(i));
    }
    Map<Node, YamlPath> paths = new IdentityHashMap<>();
    List<Entry> entries = new ArrayList<>(nodes.length);
    for (Node n : nodes) {
      entries.add(
          new Entry(
              n.line,
              n.role,
              n.column,
              n.keyColumn,
              n.key,
              n.value,
              path(n, paths),
              n.parent == null ? 0 : n.parent.line.number()));
    }
    return List.copyOf(entries);
  }

  private Node top() {
    return stack.get(stack.size() - 1).node();
  }

  private Node visit(Line l) {
    LineKind kind = l.kind();
    if (kind == LineKind.CONTINUATION) {
      return attach(new Node(l, Role.CONTINUATION, l.indent(), l.indent(), "", ""), top());
    }
    if (scalarOwner != null) {
      if (kind == LineKind.BLANK || kind == LineKind.DIRECTIVE || l.indent() > scalarColumn) {
        Role role = kind == LineKind.BLANK ? Role.BLANK : Role.SCALAR_BODY;
        return attach(new Node(l, role, l.indent(), l.indent(), "", ""), scalarOwner);
      }
      scalarOwner = null;
    }
    if (flowOwner != null) {
      Node n = attach(new Node(l, Role.FLOW, l.indent(), l.indent(), "", ""), flowOwner);
      if (kind != LineKind.DIRECTIVE) {
        flowDepth += flowDepthChange(mask(l).text);
      }
      if (flowDepth <= 0) {
        flowOwner = null;
      }
      return n;
    }
    switch (kind) {
      case BLANK:
        return attach(new Node(l, Role.BLANK, 0, 0, "", ""), top());
      case DIRECTIVE:
        return attach(new Node(l, Role.DIRECTIVE, l.indent(), l.indent(), "", ""), top());
      case OUTPUT:
        return output(l);
      default:
        return yaml(l);
    }
  }

  private Node output(Line l) {
    enterBranches(l);
    int column = l.indent();
    for (int j : l.actions()) {
      if (YamlOutline.isPrinting(doc, j)) {
        int indent = doc.parsed().facts(j).indent();
        if (indent >= 0) {
          column = indent;
        }
        break;
      }
    }
    final int c = column;
    popWhile(f -> f.column() >= c);
    return attach(new Node(l, Role.OUTPUT, column, column, "", ""), top());
  }

  private Node yaml(Line l) {
    Masked m = mask(l);
    String s = m.text;
    int ind = 0;
    while (ind < s.length() && s.charAt(ind) == ' ') {
      ind++;
    }
    if (ind == s.length()) {
      return attach(new Node(l, Role.BLANK, 0, 0, "", ""), top());
    }
    if (s.charAt(ind) == '#') {
      return attach(new Node(l, Role.COMMENT, ind, ind, "", ""), top());
    }
    enterBranches(l);
    if (s.charAt(ind) == '-' && (ind + 1 == s.length() || s.charAt(ind + 1) == ' ' || s.charAt(ind + 1) == '\t')) {
      return item(l, m, ind);
    }
    int colon = keyEnd(s, ind);
    if (colon < 0) {
      return attach(new Node(l, Role.TEXT, ind, ind, "", ""), top());
    }
    final int c = ind;
    popWhile(f -> f.column() >= c);
    String key = unquote(s.substring(ind, colon).strip());
    String value = value(l, m, colon + 1);
    Node n = attach(new Node(l, Role.KEY, ind, ind, key, value), top());
    push(n, ind, value);
    return n;
  }

  private Node item(Line l, Masked m, int dash) {
    String s = m.text;
    popWhile(f -> f.column() > dash
        || (f.column() == dash && (f.node() != null && f.node().role == Role.ITEM || !f.awaitsValue())));
    Frame parent = stack.get(stack.size() - 1);
    int keyCol = dash + 1;
    while (keyCol < s.length() && (s.charAt(keyCol) == ' ' || s.charAt(keyCol) == '\t')) {
      keyCol++;
    }
    int colon = keyCol < s.length() ? keyEnd(s, keyCol) : -1;
    String key = colon < 0 ? "" : unquote(s.substring(keyCol, colon).strip());
    String value = colon < 0 ? value(l, m, keyCol) : value(l, m, colon + 1);
    Node item = attach(new Node(l, Role.ITEM, dash, keyCol, key, value), parent.node());
    item.index = parent.counters().merge("", 1, Integer::sum) - 1;
    stack.add(new Frame(item, dash, false, new HashMap<>()));
    if (colon >= 0) {
      Node inline = attach(new Node(l, Role.KEY, keyCol, keyCol, key, value), item);
      push(inline, keyCol, value);
    } else if (YamlOutline.isBlockScalarHeader(value)) {
      scalarOwner = item;
      scalarColumn = dash;
    } else {
      startFlow(item, value);
    }
    return item;
  }

  private static boolean onlyProperties(String value) {
    String v = value.strip();
    if (v.isEmpty() || (v.charAt(0) != '&' && v.charAt(0) != '!')) {
      return false;
    }
    for (String token : v.split("\\s+")) {
      if (!token.startsWith("&") && !token.startsWith("!")) {
        return false;
      }
    }
    return true;
  }

  private void push(Node n, int column, String value) {
    // An anchor or tag alone (`key: &name`) still waits for the block value on the next lines.
    boolean awaits = value.isEmpty() || onlyProperties(value);
    stack.add(new Frame(n, column, awaits, new HashMap<>()));
    if (YamlOutline.isBlockScalarHeader(value)) {
      scalarOwner = n;
      scalarColumn = column;
    } else {
      startFlow(n, value);
    }
  }

  private void startFlow(Node owner, String value) {
    String v = value.strip();
    if (v.startsWith("{") || v.startsWith("[")) {
      int depth = flowDepthChange(maskActions(v));
      if (depth > 0) {
        flowOwner = owner;
        flowDepth = depth;
      }
    }
  }

  /** enterBranches restores the stack when the line lies in another branch than the last one seen. */
  private void enterBranches(Line l) {
    for (BranchPath.Step step : l.branch().steps()) {
      ControlNode node = step.node();
      Integer last = lastBranch.get(node);
      if (last == null) {
        snapshots.put(node, copy(stack));
        lastBranch.put(node, step.branch());
      } else if (last != step.branch()) {
        stack = copy(snapshots.get(node));
        lastBranch.put(node, step.branch());
      }
    }
  }

  private static List<Frame> copy(List<Frame> frames) {
    List<Frame> out = new ArrayList<>(frames.size());
    for (Frame f : frames) {
      out.add(f.copy());
    }
    return out;
  }

  private void popWhile(java.util.function.Predicate<Frame> p) {
    while (stack.size() > 1 && p.test(stack.get(stack.size() - 1))) {
      stack.remove(stack.size() - 1);
    }
  }

  private static Node attach(Node n, Node parent) {
    n.parent = parent;
    if (parent != null) {
      parent.children.add(n);
    }
    return n;
  }

  private YamlPath path(Node n, Map<Node, YamlPath> memo) {
    if (n == null) {
      return YamlPath.ROOT;
    }
    YamlPath p = memo.get(n);
    if (p != null) {
      return p;
    }
    YamlPath parent = path(n.parent, memo);
    switch (n.role) {
      case KEY:
        p = parent.key(n.key);
        break;
      case ITEM:
        String name = itemName(n);
        p = parent.item(name == null ? new YamlPath.Item("", "", n.index) : new YamlPath.Item("name", name, n.index));
        break;
      default:
        p = parent;
    }
    memo.put(n, p);
    return p;
  }

  /** itemName returns the plain {@code name:} of a sequence item, or null. */
  private static String itemName(Node item) {
    for (Node c : item.children) {
      if (c.role == Role.KEY && c.key.equals("name")) {
        String v = unquote(c.value);
        return v.isEmpty() || v.contains("{{") ? null : v;
      }
    }
    return null;
  }

  /** Masked is a line with non-printing actions removed and printing ones replaced by {@code x}. */
  private record Masked(String text, int[] origin, int[] actionEnd) {}

  private Masked mask(Line l) {
    StringBuilder sb = new StringBuilder();
    int[] origin = new int[l.contentEnd() - l.start() + 1];
    int[] actionEnd = new int[origin.length];
    int pos = l.start();
    for (int j : l.actions()) {
      Delimited d = doc.actions().get(j);
      int from = Math.max(d.start(), l.start());
      for (; pos < from && pos < l.contentEnd(); pos++) {
        origin[sb.length()] = pos;
        sb.append(text.charAt(pos));
      }
      if (YamlOutline.isPrinting(doc, j)) {
        origin[sb.length()] = from;
        actionEnd[sb.length()] = Math.min(d.end(), l.contentEnd());
        sb.append('x');
      }
      pos = Math.max(pos, Math.min(d.end(), l.contentEnd()));
    }
    for (; pos < l.contentEnd(); pos++) {
      origin[sb.length()] = pos;
      sb.append(text.charAt(pos));
    }
    origin[sb.length()] = l.contentEnd();
    return new Masked(sb.toString(), origin, actionEnd);
  }

  /** value returns the original text after a masked position, stripped of a trailing comment. */
  private String value(Line l, Masked m, int maskedFrom) {
    String s = m.text;
    int end = s.length();
    boolean single = false;
    boolean dbl = false;
    for (int i = maskedFrom; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '#' && !single && !dbl && i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        end = i;
        break;
      }
    }
    if (maskedFrom >= end) {
      return "";
    }
    // The original text, printing actions included, non-printing ones (comments, directives) left out.
    StringBuilder v = new StringBuilder();
    for (int i = maskedFrom; i < end; i++) {
      if (m.actionEnd[i] > 0) {
        v.append(text, m.origin[i], m.actionEnd[i]);
      } else {
        v.append(text.charAt(m.origin[i]));
      }
    }
    return v.toString().strip();
  }

  /** keyEnd returns the index of the {@code :} ending a mapping key that starts at from, or -1. */
  static int keyEnd(String s, int from) {
    int n = s.length();
    if (from >= n) {
      return -1;
    }
    char c0 = s.charAt(from);
    if (c0 == '{' || c0 == '[' || c0 == '#' || c0 == '|' || c0 == '>') {
      return -1;
    }
    int i = from;
    if (c0 == '"' || c0 == '\'') {
      i++;
      while (i < n && s.charAt(i) != c0) {
        i += s.charAt(i) == '\\' && c0 == '"' ? 2 : 1;
      }
      if (i >= n) {
        return -1;
      }
      i++;
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      return i < n && s.charAt(i) == ':' && (i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t') ? i : -1;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == ':' && (i + 1 == n || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
        return i;
      }
      if (c == '#' && i > from && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        return -1;
      }
    }
    return -1;
  }

  static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** maskActions hides {@code {{ ... }}} so that its braces do not count as flow brackets. */
  private String maskActions(String v) {
    String l = doc.options().leftDelim();
    String r = doc.options().rightDelim();
    l = l == null || l.isEmpty() ? "{{" : l;
    r = r == null || r.isEmpty() ? "}}" : r;
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (true) {
      int a = v.indexOf(l, i);
      if (a < 0) {
        sb.append(v, i, v.length());
        return sb.toString();
      }
      int b = v.indexOf(r, a + l.length());
      sb.append(v, i, a).append('x');
      if (b < 0) {
        return sb.toString();
      }
      i = b + r.length();
    }
  }

  private static int flowDepthChange(String s) {
    int d = 0;
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '\'' && !dbl) {
        single = !single;
      } else if (!single && !dbl) {
        if (c == '{' || c == '[') {
          d++;
        } else if (c == '}' || c == ']') {
          d--;
        }
      }
    }
    return d;
  }
}
