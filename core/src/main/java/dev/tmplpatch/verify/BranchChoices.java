package dev.tmplpatch.verify;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Branch;
import dev.tmplpatch.gotemplate.ControlNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BranchChoices lists the branch projections that prove a promise: every combination of the
 * branches of the control nodes that enclose or shape the checked lines (nested combinations
 * multiply, siblings multiply), each node's every option taken at least once; independent regions
 * of the template advance side by side instead of multiplying; every other node takes its first
 * branch.
 */
final class BranchChoices {

  /** LIMIT is the most combinations one region may need; beyond it the proof is refused. */
  static final int LIMIT = 256;

  /** Choice is one option per control node (pre-order index), and the words for it. */
  record Choice(int[] options, String description) {}

  /** TooMany says a region needs more combinations than {@link #LIMIT}. */
  static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ControlNode node;
    final long count;

    TooMany(ControlNode node, long count) {
      super(null, null, false, false);
      this.node = node;
      this.count = count;
    }
  }

  private final TemplateDocument doc;
  private final BitSet lines;
  private final List<ControlNode> nodes = new ArrayList<>();
  private final Map<ControlNode, Integer> index = new IdentityHashMap<>();

  private BranchChoices(TemplateDocument doc, BitSet lines) {
    this.doc = doc;
    this.lines = lines;
    number(doc.parsed().root());
  }

  /** of returns the choices for the checked lines of a document; the first takes first branches. */
  static BranchChoices of(TemplateDocument doc, BitSet checkedLines) {
    return new BranchChoices(doc, checkedLines);
  }

  /** shape returns the node types and branch counts in pre-order: equal shapes share choices. */
  static String shape(TemplateDocument doc) {
    StringBuilder sb = new StringBuilder();
    shape(doc.parsed().root(), sb);
    return sb.toString();
  }

  private static void shape(ControlNode n, StringBuilder sb) {
    sb.append(n.type().ordinal()).append(':').append(n.branches().size()).append(',');
    for (Branch b : n.branches()) {
      for (ControlNode c : b.children()) {
        shape(c, sb);
      }
    }
  }

  /** chooser returns the projection chooser of a choice, for a document of the same shape. */
  static java.util.function.ToIntFunction<ControlNode> chooser(TemplateDocument doc, int[] options) {
    Map<ControlNode, Integer> idx = new IdentityHashMap<>();
    List<ControlNode> order = new ArrayList<>();
    collect(doc.parsed().root(), order);
    for (int i = 0; i < order.size(); i++) {
      idx.put(order.get(i), i);
    }
    return node -> {
      Integer i = idx.get(node);
      return i == null || i >= options.length ? 0 : options[i];
    };
  }

  private static void collect(ControlNode n, List<ControlNode> out) {
    out.add(n);
    for (Branch b : n.branches()) {
      for (ControlNode c : b.children()) {
        collect(c, out);
      }
    }
  }

  private void number(ControlNode root) {
    collect(root, nodes);
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i), i);
    }
  }

  /** choices lists the choices; the first takes first branches everywhere. */
  List<Choice> choices() {
    ControlNode root = doc.parsed().root();
    List<ControlNode> top = root.branches().isEmpty() ? List.of() : root.branches().get(0).children();
    // Regions: the relevant nodes whose parent is not relevant (here: the relevant top-level
    // nodes of each irrelevant branch, found by walking through irrelevant nodes' first branch).
    List<List<Map<Integer, Integer>>> regions = new ArrayList<>();
    collectRegions(top, regions);
    int count = 1;
    for (List<Map<Integer, Integer>> r : regions) {
      count = Math.max(count, r.size());
    }
    List<Choice> out = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      int[] options = new int[nodes.size()];
      for (int i = 0; i < options.length; i++) {
        options[i] = first(nodes.get(i));
      }
      for (List<Map<Integer, Integer>> r : regions) {
        for (Map.Entry<Integer, Integer> e : r.get(j % r.size()).entrySet()) {
          options[e.getKey()] = e.getValue();
        }
      }
      out.add(new Choice(options, ""));
    }
    return out;
  }

  private void collectRegions(List<ControlNode> siblings, List<List<Map<Integer, Integer>>> regions) {
    for (ControlNode n : siblings) {
      if (n.type() == ControlNode.Type.DEFINE) {
        // Define bodies render where {{template}} calls them; their nodes take part from there.
        for (ControlNode c : n.branches().get(0).children()) {
          collectRegions(List.of(c), regions);
        }
        continue;
      }
      if (relevant(n)) {
        long c = count(n);
        if (c > LIMIT) {
          throw new TooMany(n, c);
        }
        regions.add(combos(n));
      } else if (!n.branches().isEmpty()) {
        for (Branch b : n.branches()) {
          collectRegions(b.children(), regions);
        }
      }
    }
  }

  private long count(ControlNode n) {
    long total = 0;
    for (int o : Projection.options(n)) {
      long p = 1;
      if (o >= 0 && o < n.branches().size()) {
        for (ControlNode c : n.branches().get(o).children()) {
          if (relevant(c)) {
            p *= count(c);
            if (p > LIMIT) {
              return p;
            }
          }
        }
      }
      total += p;
    }
    return total;
  }

  private List<Map<Integer, Integer>> combos(ControlNode n) {
    List<Map<Integer, Integer>> out = new ArrayList<>();
    int me = index.get(n);
    for (int o : Projection.options(n)) {
      List<Map<Integer, Integer>> acc = new ArrayList<>();
      Map<Integer, Integer> start = new java.util.HashMap<>();
      start.put(me, o);
      acc.add(start);
      if (o >= 0 && o < n.branches().size()) {
        for (ControlNode c : n.branches().get(o).children()) {
          List<Map<Integer, Integer>> sub = relevant(c) ? combos(c) : irrelevantInside(c);
          if (sub.isEmpty()) {
            continue;
          }
          List<Map<Integer, Integer>> next = new ArrayList<>();
          for (Map<Integer, Integer> a : acc) {
            for (Map<Integer, Integer> b : sub) {
              Map<Integer, Integer> m = new java.util.HashMap<>(a);
              m.putAll(b);
              next.add(m);
            }
          }
          acc = next;
        }
      }
      out.addAll(acc);
    }
    return out;
  }

  /** irrelevantInside returns the combinations of relevant nodes nested in an irrelevant one. */
  private List<Map<Integer, Integer>> irrelevantInside(ControlNode n) {
    List<List<Map<Integer, Integer>>> regions = new ArrayList<>();
    for (Branch b : n.branches()) {
      collectRegions(b.children(), regions);
    }
    if (regions.isEmpty()) {
      return List.of();
    }
    int count = 1;
    for (List<Map<Integer, Integer>> r : regions) {
      count = Math.max(count, r.size());
    }
    List<Map<Integer, Integer>> out = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      Map<Integer, Integer> m = new java.util.HashMap<>();
      for (List<Map<Integer, Integer>> r : regions) {
        m.putAll(r.get(j % r.size()));
      }
      out.add(m);
    }
    return out;
  }

  /**
   * first is the choice of a node the proof does not depend on: no branch where the node may
   * render nothing (an if without else, a range), else its first branch. Rendering less of what
   * does not matter keeps a projection from failing on text that has nothing to do with the promise.
   */
  private static int first(ControlNode n) {
    List<Integer> options = Projection.options(n);
    return options.contains(Projection.NONE) ? Projection.NONE : options.get(0);
  }

  /** within reports whether a node opens inside the lines of the place (it shapes what is there). */
  private boolean within(ControlNode n, int line, int endLine) {
    int open = doc.actions().get(n.open()).line();
    return line > 0 && line <= open && open <= endLine;
  }

  private boolean encloses(ControlNode n, int line) {
    return line <= 0 || (doc.actions().get(n.open()).line() <= line && line <= doc.actions().get(n.end()).line());
  }

  /** relevant reports whether a node's lines, from its opening action to its end, touch a checked line. */
  private boolean relevant(ControlNode n) {
    if (n.open() < 0 || n.end() < 0) {
      return false;
    }
    int from = doc.actions().get(n.open()).line();
    int to = doc.actions().get(n.end()).line();
    int next = lines.nextSetBit(from);
    return next >= 0 && next <= to;
  }

  /**
   * describe words a choice for a place: the branches taken by the checked control nodes whose
   * lines enclose the given line (all checked ones when line is 0).
   */
  String describe(int[] options, int line, int endLine) {
    List<String> words = new ArrayList<>();
    describe(doc.parsed().root(), options, words, line, endLine);
    // No checked if / else encloses the place: what is found there does not depend on them.
    return words.isEmpty() ? "every branch choice" : String.join(", ", words);
  }

  private void describe(ControlNode n, int[] options, List<String> words, int line, int endLine) {
    int o = n.type() == ControlNode.Type.ROOT ? 0 : options[index.get(n)];
    if (n.type() != ControlNode.Type.ROOT && n.type() != ControlNode.Type.DEFINE && relevant(n)
        && (encloses(n, line) || within(n, line, endLine))) {
      words.add(doc.describeChoice(n, o) + " (line " + doc.actions().get(n.open()).line() + ")");
    }
    if (n.type() == ControlNode.Type.DEFINE) {
      o = 0;
    }
    if (o >= 0 && o < n.branches().size()) {
      for (ControlNode c : n.branches().get(o).children()) {
        describe(c, options, words, line, endLine);
      }
    }
  }
}
