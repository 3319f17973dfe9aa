package dev.tmplpatch.document;

import dev.tmplpatch.gotemplate.Branch;
import dev.tmplpatch.gotemplate.ControlNode;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import java.util.ArrayList;
import java.util.List;

/** LineTable cuts a parsed text into {@link Line}s; package-private machinery of the loader. */
final class LineTable {

  private LineTable() {}

  /** build returns the lines of text with their kinds, actions and branches. */
  static List<Line> build(String text, ParsedTemplate parsed) {
    List<Delimited> actions = parsed.actions();
    int n = text.length();
    // Line boundaries first: Go counts lines by '\n' only.
    List<int[]> bounds = new ArrayList<>();
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        if (start < n || bounds.isEmpty()) {
          bounds.add(new int[] {start, n, 0});
        }
        break;
      }
      boolean cr = nl > start && text.charAt(nl - 1) == '\r';
      bounds.add(new int[] {start, cr ? nl - 1 : nl, cr ? 2 : 1});
      start = nl + 1;
    }
    BranchPath[] branches = new BranchPath[bounds.size()];
    int[] anchors = new int[bounds.size()];
    for (int i = 0; i < bounds.size(); i++) {
      anchors[i] = anchor(text, bounds.get(i)[0], bounds.get(i)[1]);
      branches[i] = BranchPath.TOP;
    }
    assign(text, parsed, parsed.root(), BranchPath.TOP, anchors, branches);

    List<Line> lines = new ArrayList<>(bounds.size());
    int a = 0; // first action that may overlap the current line
    for (int i = 0; i < bounds.size(); i++) {
      int[] b = bounds.get(i);
      int lineStart = b[0];
      int lineEnd = b[1] + (b[2] == 2 ? 2 : b[2] == 1 ? 1 : 0);
      while (a < actions.size() && actions.get(a).end() <= lineStart) {
        a++;
      }
      List<Integer> on = new ArrayList<>();
      for (int j = a; j < actions.size() && actions.get(j).start() < Math.max(lineEnd, lineStart + 1); j++) {
        if (actions.get(j).end() > lineStart) {
          on.add(j);
        }
      }
      LineEnding ending = b[2] == 2 ? LineEnding.CRLF : b[2] == 1 ? LineEnding.LF : LineEnding.NONE;
      int indent = 0;
      while (lineStart + indent < b[1] && text.charAt(lineStart + indent) == ' ') {
        indent++;
      }
      LineKind kind = kind(text, parsed, lineStart, b[1], on, actions);
      lines.add(new Line(i + 1, lineStart, b[1], ending, indent, kind, on, branches[i]));
    }
    return List.copyOf(lines);
  }

  /** anchor is the position that decides a line's branch: its first non-blank character. */
  private static int anchor(String text, int start, int end) {
    int i = start;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < end ? i : start;
  }

  private static void assign(
      String text,
      ParsedTemplate parsed,
      ControlNode node,
      BranchPath path,
      int[] anchors,
      BranchPath[] out) {
    List<Branch> branches = node.branches();
    for (int b = 0; b < branches.size(); b++) {
      Branch br = branches.get(b);
      BranchPath p =
          node.type() == ControlNode.Type.ROOT ? path : path.child(node, b, label(text, parsed, node, b));
      if (node.type() != ControlNode.Type.ROOT) {
        int from = firstAtOrAfter(anchors, br.start());
        for (int i = from; i < anchors.length && anchors[i] < br.end(); i++) {
          out[i] = p;
        }
      }
      for (ControlNode child : br.children()) {
        assign(text, parsed, child, p, anchors, out);
      }
    }
  }

  private static int firstAtOrAfter(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** label names a branch the way a user reads it, e.g. "else-branch of `if .X`". */
  static String label(String text, ParsedTemplate parsed, ControlNode node, int branch) {
    String open = inner(text, parsed, parsed.actions().get(node.open()));
    if (branch == 0) {
      return switch (node.type()) {
        case IF -> "then-branch of `" + open + "`";
        default -> "body of `" + open + "`";
      };
    }
    Branch br = node.branches().get(branch);
    String header = inner(text, parsed, parsed.actions().get(br.header()));
    if (header.equals("else")) {
      return "else-branch of `" + open + "`";
    }
    return "`" + header + "` branch of `" + open + "`";
  }

  /** inner returns an action's source without delimiters, trim markers and outer space. */
  static String inner(String text, ParsedTemplate parsed, Delimited d) {
    String s = text.substring(d.start(), d.end());
    int from = leftLength(parsed);
    int to = s.length() - rightLength(parsed);
    if (d.trimLeft()) {
      from += 2;
    }
    if (d.trimRight()) {
      to -= 2;
    }
    if (from > to) {
      return s;
    }
    return s.substring(from, to).strip().replaceAll("\\s+", " ");
  }

  private static LineKind kind(String text, ParsedTemplate parsed, int start, int end, List<Integer> on, List<Delimited> actions) {
    if (!on.isEmpty() && actions.get(on.get(0)).start() < start) {
      return LineKind.CONTINUATION;
    }
    if (on.isEmpty()) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return LineKind.TEXT;
        }
      }
      return LineKind.BLANK;
    }
    boolean textOutside = false;
    boolean prints = false;
    int pos = start;
    for (int j : on) {
      Delimited d = actions.get(j);
      if (hasNonBlank(text, pos, Math.min(d.start(), end))) {
        textOutside = true;
      }
      prints |= prints(text, parsed, d);
      pos = Math.max(pos, d.end());
    }
    if (pos < end && hasNonBlank(text, pos, end)) {
      textOutside = true;
    }
    if (textOutside) {
      return LineKind.MIXED;
    }
    return prints ? LineKind.OUTPUT : LineKind.DIRECTIVE;
  }

  static int leftLength(ParsedTemplate parsed) {
    String l = parsed.options().leftDelim();
    return l == null || l.isEmpty() ? 2 : l.length();
  }

  static int rightLength(ParsedTemplate parsed) {
    String r = parsed.options().rightDelim();
    return r == null || r.isEmpty() ? 2 : r.length();
  }

  private static boolean hasNonBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * prints reports whether an action writes to the output. Control actions and comments never
   * do; {@code {{ $x := ... }}} and {@code {{ $x = ... }}} neither (Go prints nothing for a
   * pipeline that declares or assigns a variable).
   */
  static boolean prints(String text, ParsedTemplate parsed, Delimited d) {
    switch (d.kind()) {
      case ACTION:
        break;
      case TEMPLATE:
      case BLOCK:
        return true;
      default:
        return false;
    }
    int i = d.start() + leftLength(parsed) + (d.trimLeft() ? 2 : 0);
    int end = d.end();
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= end || text.charAt(i) != '$') {
      return true;
    }
    i++;
    while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < end && text.charAt(i) == '=') {
      return false;
    }
    return !(i + 1 < end && text.charAt(i) == ':' && text.charAt(i + 1) == '=');
  }
}
