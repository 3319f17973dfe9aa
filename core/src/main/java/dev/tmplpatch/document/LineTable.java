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
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i + 1 < n; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    int[] starts = new int[count];
    int[] contentEnds = new int[count];
    LineEnding[] endings = new LineEnding[count];
    int start = 0;
    for (int k = 0; k < count; k++) {
      int nl = text.indexOf('\n', start);
      starts[k] = start;
      if (nl < 0) {
        contentEnds[k] = n;
        endings[k] = LineEnding.NONE;
      } else {
        boolean cr = nl > start && text.charAt(nl - 1) == '\r';
        contentEnds[k] = cr ? nl - 1 : nl;
        endings[k] = cr ? LineEnding.CRLF : LineEnding.LF;
        start = nl + 1;
      }
    }
    BranchPath[] branches = new BranchPath[count];
    int[] anchors = new int[count];
    for (int i = 0; i < count; i++) {
      anchors[i] = anchor(text, starts[i], contentEnds[i]);
      branches[i] = BranchPath.TOP;
    }
    assign(text, parsed, parsed.root(), BranchPath.TOP, anchors, branches);

    Line[] lines = new Line[count];
    int a = 0; // first action that may overlap the current line
    for (int i = 0; i < count; i++) {
      int lineStart = starts[i];
      int lineEnd = contentEnds[i] + endings[i].text().length();
      while (a < actions.size() && actions.get(a).end() <= lineStart) {
        a++;
      }
      int last = a;
      while (last < actions.size() && actions.get(last).start() < Math.max(lineEnd, lineStart + 1)) {
        last++;
      }
      int indent = 0;
      while (lineStart + indent < contentEnds[i] && text.charAt(lineStart + indent) == ' ') {
        indent++;
      }
      LineKind kind = kind(text, parsed, lineStart, contentEnds[i], a, last, actions);
      lines[i] = new Line(i + 1, lineStart, contentEnds[i], endings[i], indent, kind, a, last - a, branches[i]);
    }
    return List.of(lines);
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
      final int branch = b;
      Branch br = branches.get(b);
      BranchPath p =
          node.type() == ControlNode.Type.ROOT ? path : path.child(node, b, new BranchPath.Label(() -> label(text, parsed, node, branch)));
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
    return collapseSpace(s.substring(from, to).strip());
  }

  /** collapseSpace turns every run of white space into one space (without a regex: loads are hot). */
  private static String collapseSpace(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c);
      if (space && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(' ');
        while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
          i++;
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static LineKind kind(
      String text, ParsedTemplate parsed, int start, int end, int first, int last, List<Delimited> actions) {
    if (first < last && actions.get(first).start() < start) {
      return LineKind.CONTINUATION;
    }
    if (first == last) {
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
    for (int j = first; j < last; j++) {
      Delimited d = actions.get(j);
      if (hasNonBlank(text, pos, Math.min(d.start(), end))) {
        textOutside = true;
      }
      prints |= prints(parsed, j);
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
  static boolean prints(ParsedTemplate parsed, int index) {
    switch (parsed.actions().get(index).kind()) {
      case ACTION:
        return !parsed.facts(index).declaration();
      case TEMPLATE:
      case BLOCK:
        return true;
      default:
        return false;
    }
  }

}
