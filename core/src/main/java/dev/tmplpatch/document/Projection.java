package dev.tmplpatch.document;

import dev.tmplpatch.gotemplate.ActionFacts;
import dev.tmplpatch.gotemplate.Branch;
import dev.tmplpatch.gotemplate.ControlNode;
import dev.tmplpatch.gotemplate.Delimited;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Projection is the plain YAML a template renders for one choice of branches: every control node
 * takes the chosen branch (or none), trim markers eat white space exactly as Go's lexer does,
 * printing actions become placeholder scalars, and everything else is dropped. snakeyaml-engine
 * then parses it strictly (duplicate keys are errors), and errors are mapped back to the line and
 * column of the original text.
 */
public final class Projection {

  /** NONE is the choice of no branch: an if without else that is false, an empty range. */
  public static final int NONE = -1;


  private final TemplateDocument doc;
  private final String yaml;
  private final int[] segProj;
  private final int[] segOrig;
  private final String description;
  private final java.util.BitSet yamlOutputs;

  private Projection(TemplateDocument doc, String yaml, int[] segProj, int[] segOrig, String description,
      java.util.BitSet yamlOutputs) {
    this.doc = doc;
    this.yaml = yaml;
    this.segProj = segProj;
    this.segOrig = segOrig;
    this.description = description;
    this.yamlOutputs = yamlOutputs;
  }

  /** PLACEHOLDER matches the scalar that stands in for the action of the given index. */
  public static final Pattern PLACEHOLDER = Pattern.compile("tmplpatch(\\d+)");

  /**
   * producesYaml reports whether the action of the given index was projected as YAML of its own
   * (a {@code tmplpatchN: x} entry or a {@code - tmplpatchN} item), such as
   * {@code {{ toYaml .Values.x | nindent 4 }}}: what it stands for comes from the user's values.
   */
  public boolean producesYaml(int actionIndex) {
    return yamlOutputs.get(actionIndex);
  }

  /** document returns the document projected. */
  public TemplateDocument document() {
    return doc;
  }

  /**
   * of renders a document with the branch the chooser names for each control node: an index into
   * {@link ControlNode#branches()} or {@link #NONE}.
   */
  public static Projection of(TemplateDocument doc, ToIntFunction<ControlNode> chooser, String description) {
    return new Renderer(doc, chooser).render(description);
  }

  /**
   * covering returns a few projections that together take every branch of every control node at
   * least once: the k-th takes, in each node, its k-th option (or its last one).
   */
  public static List<Projection> covering(TemplateDocument doc) {
    List<Projection> out = new ArrayList<>();
    for (int k = 0; k < coveringCount(doc); k++) {
      out.add(covering(doc, k));
    }
    return out;
  }

  /** coveringCount returns how many projections {@link #covering} returns. */
  public static int coveringCount(TemplateDocument doc) {
    return Math.max(1, maxOptions(doc.parsed().root()));
  }

  /**
   * covering returns the k-th of {@link #covering}'s projections alone, for callers that read them
   * one at a time (a large template's projections are each as large as the template).
   */
  public static Projection covering(TemplateDocument doc, int k) {
    return of(doc, node -> {
      List<Integer> opts = options(node);
      return opts.get(Math.min(k, opts.size() - 1));
    }, k == 0 ? "first branches" : "branch choice " + (k + 1));
  }

  /** options lists the choices a node offers: its branches, and NONE where no branch may run. */
  public static List<Integer> options(ControlNode node) {
    List<Integer> out = new ArrayList<>();
    switch (node.type()) {
      case DEFINE:
        out.add(NONE);
        return out;
      case BLOCK:
        out.add(0);
        return out;
      default:
        for (int i = 0; i < node.branches().size(); i++) {
          out.add(i);
        }
        if (node.type() == ControlNode.Type.ROOT) {
          return out;
        }
        if (node.branches().size() == 1) {
          out.add(NONE);
        }
        return out;
    }
  }

  private static int maxOptions(ControlNode node) {
    int max = node.type() == ControlNode.Type.ROOT ? 1 : options(node).size();
    for (Branch b : node.branches()) {
      for (ControlNode c : b.children()) {
        max = Math.max(max, maxOptions(c));
      }
    }
    return max;
  }

  /** yaml returns the projected text. */
  public String yaml() {
    return yaml;
  }

  /** description says which branches were taken. */
  public String description() {
    return description;
  }

  /** originalIndex maps an index of the projected text back to the original text. */
  public int originalIndex(int projected) {
    int lo = 0;
    int hi = segProj.length - 1;
    if (hi < 0) {
      return 0;
    }
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (segProj[mid] <= projected) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.min(doc.text().length(), segOrig[lo] + Math.max(0, projected - segProj[lo]));
  }

  /**
   * check parses the projection as strict YAML (duplicate keys forbidden) and returns the first
   * problem, positioned in the original text.
   */
  public Optional<YamlProblem> check() {
    try {
      // Duplicate keys are found while constructing, not composing, so load for real.
      new Load(strictSettings(this)).loadAllFromString(yaml).forEach(n -> {});
      return Optional.empty();
    } catch (YamlEngineException e) {
      return Optional.of(problem(e));
    }
  }

  /** strictSettings are {@link #check}'s: duplicate keys refused, snakeyaml's other defaults. */
  static LoadSettings strictSettings(Projection p) {
    return LoadSettings.builder()
        .setAllowDuplicateKeys(false)
        .setLabel(p.doc.name())
        .setUseMarks(true)
        .setCodePointLimit(Math.max(3 * 1024 * 1024, p.yaml.length() + 1))
        .build();
  }

  /** problem places a snakeyaml error of loading this projection in the original text. */
  YamlProblem problem(YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException m) {
      Optional<Mark> mark = m.getProblemMark().isPresent() ? m.getProblemMark() : m.getContextMark();
      int idx = mark.map(Mark::getIndex).orElse(0);
      return problem(idx, m.getProblem() == null ? m.getMessage() : m.getProblem(), m.getContext());
    }
    return problem(0, e.getMessage(), null);
  }

  private YamlProblem problem(int projectedIndex, String problem, String context) {
    int orig = originalIndex(Math.min(projectedIndex, Math.max(0, yaml.length())));
    Line line = doc.lineAt(Math.min(orig, Math.max(0, doc.text().length() - 1)));
    String lineText = doc.text().substring(line.start(), Math.min(orig, line.contentEnd()));
    int column = lineText.codePointCount(0, lineText.length()) + 1;
    String message = (context == null || context.isBlank() ? "" : context.strip() + ": ") + problem.strip();
    return new YamlProblem(doc.name(), line.number(), column, message, description);
  }

  /** YamlProblem is a YAML error of one projection, at a line and column of the original text. */
  public record YamlProblem(String file, int line, int column, String message, String projection) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + message + " (with " + projection + ")";
    }
  }

  /** Renderer walks the control tree once for one choice of branches. */
  private static final class Renderer {
    private final TemplateDocument doc;
    private final String text;
    private final List<Delimited> actions;
    private final ToIntFunction<ControlNode> chooser;
    private final StringBuilder out = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>();
    private final java.util.BitSet yamlOutputs = new java.util.BitSet();
    private final java.util.Map<String, ControlNode> defines = new java.util.HashMap<>();
    private final java.util.Deque<String> calling = new java.util.ArrayDeque<>();

    Renderer(TemplateDocument doc, ToIntFunction<ControlNode> chooser) {
      this.doc = doc;
      this.text = doc.text();
      this.actions = doc.actions();
      this.chooser = chooser;
    }

    Projection render(String description) {
      ControlNode root = doc.parsed().root();
      List<ControlNode> children = root.branches().isEmpty() ? List.of() : root.branches().get(0).children();
      collectDefines(children);
      renderRange(-1, actions.size(), children);
      normaliseTabs();
      int[] p = new int[segments.size()];
      int[] o = new int[segments.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = segments.get(i)[0];
        o[i] = segments.get(i)[1];
      }
      return new Projection(doc, out.toString(), p, o, description, yamlOutputs);
    }

    /** collectDefines finds the named templates that {@code {{template}}} calls render. */
    private void collectDefines(List<ControlNode> nodes) {
      for (ControlNode n : nodes) {
        if (n.type() == ControlNode.Type.DEFINE || n.type() == ControlNode.Type.BLOCK) {
          String name = doc.parsed().facts(n.open()).templateName();
          if (name != null) {
            defines.putIfAbsent(name, n);
          }
        }
        for (Branch b : n.branches()) {
          collectDefines(b.children());
        }
      }
    }

    /**
     * normaliseTabs turns a tab that separates a key's colon or an item's dash from its value into
     * a space: Go's YAML reader accepts it there, snakeyaml-engine does not. The text keeps its
     * length, so positions map back unchanged.
     */
    private void normaliseTabs() {
      for (int i = 0; i < out.length(); i++) {
        if (out.charAt(i) != '\t') {
          continue;
        }
        int j = i - 1;
        while (j >= 0 && (out.charAt(j) == ' ' || out.charAt(j) == '\t')) {
          j--;
        }
        if (j < 0 || out.charAt(j) == '\n') {
          continue; // indentation: Go refuses tabs there too
        }
        char c = out.charAt(j);
        boolean dash = c == '-' && (j == 0 || out.charAt(j - 1) == ' ' || out.charAt(j - 1) == '\n');
        if (c == ':' || dash) {
          out.setCharAt(i, ' ');
        }
      }
    }

    /** renderRange renders the text and actions strictly between two action indexes. */
    private void renderRange(int after, int before, List<ControlNode> children) {
      int i = after + 1;
      gap(i);
      int c = 0;
      while (i < before) {
        while (c < children.size() && children.get(c).open() < i) {
          c++;
        }
        if (c < children.size() && children.get(c).open() == i) {
          ControlNode node = children.get(c);
          int choice = chooser.applyAsInt(node);
          if (node.type() == ControlNode.Type.DEFINE) {
            choice = NONE;
          }
          if (choice != NONE && choice < node.branches().size()) {
            Branch b = node.branches().get(choice);
            int stop = choice + 1 < node.branches().size() ? node.branches().get(choice + 1).header() : node.end();
            renderRange(b.header(), stop, b.children());
          }
          i = node.end() + 1;
          gap(i);
          continue;
        }
        Delimited a = actions.get(i);
        if (a.kind() == Delimited.Kind.TEMPLATE && renderCall(i, a)) {
          i++;
          gap(i);
          continue;
        }
        if (LineTable.prints(doc.parsed(), i)) {
          placeholder(i, a);
        }
        i++;
        gap(i);
      }
    }

    /**
     * renderCall renders {@code {{template "name" .}}} as Go does: the body of the named define or
     * block, at the call's place. It reports false when the name is not defined in this file (or
     * calls itself), and the call stays a placeholder.
     */
    private boolean renderCall(int index, Delimited a) {
      Optional<String> name = Optional.ofNullable(doc.parsed().facts(index).templateName());
      if (name.isEmpty() || !defines.containsKey(name.get()) || calling.contains(name.get()) || calling.size() > 20) {
        return false;
      }
      ControlNode def = defines.get(name.get());
      Branch body = def.branches().get(0);
      calling.push(name.get());
      segments.add(new int[] {out.length(), a.start()});
      renderRange(body.header(), def.end(), body.children());
      calling.pop();
      segments.add(new int[] {out.length(), a.end()});
      return true;
    }

    /** gap copies the text between action i-1 and action i, trimmed as Go's lexer trims it. */
    private void gap(int i) {
      int from = i == 0 ? 0 : actions.get(i - 1).end();
      int to = i >= actions.size() ? text.length() : actions.get(i).start();
      if (i > 0 && actions.get(i - 1).trimRight()) {
        while (from < to && isSpace(text.charAt(from))) {
          from++;
        }
      }
      if (i < actions.size() && actions.get(i).trimLeft()) {
        while (to > from && isSpace(text.charAt(to - 1))) {
          to--;
        }
      }
      if (from < to) {
        segments.add(new int[] {out.length(), from});
        out.append(text, from, to);
      }
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * placeholder stands in for a printing action: a plain scalar inline, or a mapping entry (or
     * sequence item) of its own where the action produces YAML on its own line.
     */
    private void placeholder(int index, Delimited a) {
      ActionFacts facts = doc.parsed().facts(index);
      segments.add(new int[] {out.length(), a.start()});
      boolean ownLine = atLineStart() && restOfLineBlank(a.end());
      String name = "tmplpatch" + index;
      boolean newline = facts.newlineIndent() && facts.indent() >= 0;
      if (newline || (ownLine && facts.printsYaml())) {
        yamlOutputs.set(index);
      }
      if (newline) {
        int col = facts.indent();
        out.append('\n').append(" ".repeat(col)).append(entry(name, a, col));
      } else if (ownLine && facts.printsYaml()) {
        // Go writes the text before the action, then the action's output: with `indent N` its
        // first line starts N columns further right.
        int col = currentColumn();
        int at = col + Math.max(0, facts.indent());
        out.setLength(out.length() - col);
        out.append(" ".repeat(at)).append(entry(name, a, at));
      } else {
        out.append(name);
      }
    }

    private String entry(String name, Delimited a, int column) {
      return sequenceContext(a, column) ? "- " + name : name + ": x";
    }

    /**
     * sequenceContext reports whether YAML printed at the column sits in a sequence: the nearest
     * YAML line before the action at that column, or else the next one after it, is an item.
     */
    private boolean sequenceContext(Delimited a, int column) {
      Line here = doc.lineAt(a.start());
      for (int n = here.number() - 1; n >= 1; n--) {
        Line l = doc.line(n);
        if (l.kind() != LineKind.TEXT && l.kind() != LineKind.MIXED) {
          continue;
        }
        String s = doc.content(l).strip();
        if (s.isEmpty() || s.startsWith("#") || l.indent() > column) {
          continue;
        }
        if (l.indent() == column) {
          return s.startsWith("- ") || s.equals("-");
        }
        break; // the parent: look after the action
      }
      for (int n = here.number() + 1; n <= doc.lines().size(); n++) {
        Line l = doc.line(n);
        if (l.kind() == LineKind.TEXT || l.kind() == LineKind.MIXED) {
          String s = doc.content(l).strip();
          if (s.isEmpty() || s.startsWith("#")) {
            continue;
          }
          return l.indent() == column && (s.startsWith("- ") || s.equals("-"));
        }
      }
      return false;
    }

    private boolean atLineStart() {
      for (int i = out.length() - 1; i >= 0; i--) {
        char c = out.charAt(i);
        if (c == '\n') {
          return true;
        }
        if (c != ' ') {
          return false;
        }
      }
      return true;
    }

    private int currentColumn() {
      int col = 0;
      for (int i = out.length() - 1; i >= 0 && out.charAt(i) == ' '; i--) {
        col++;
      }
      return col;
    }

    private boolean restOfLineBlank(int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          return true;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
          return c == '{';
        }
      }
      return true;
    }
  }
}
