package dev.tmplpatch.verify;

import dev.tmplpatch.document.ComposedProjection;
import dev.tmplpatch.document.Line;
import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import dev.tmplpatch.source.YamlStreams;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * RenderedYaml is one projection of a template read as a YAML loader reads it: every document
 * composed by snakeyaml-engine, so flow style, anchors and aliases are resolved, and merge keys
 * ({@code <<}) and duplicate keys are handled as Go's {@code sigs.k8s.io/yaml} handles them (the
 * last duplicate wins; the duplicates are remembered, because they are a mistake). Positions map
 * back to the original template.
 */
final class RenderedYaml {

  /** Problem is why a projection could not be read, at a position of the original text. */
  record Problem(int line, int column, String message) {}

  private final Projection projection;
  private final List<Node> documents;
  private final Problem problem;
  private final Map<MappingNode, List<ScalarNode>> duplicates = new IdentityHashMap<>();

  private RenderedYaml(Projection projection, List<Node> documents, Problem problem) {
    this.projection = projection;
    this.documents = documents;
    this.problem = problem;
  }

  /**
   * read composes every document of the projection; a YAML error becomes a {@link Problem}. It
   * keeps every document: callers that can take one document at a time use {@link Documents}.
   */
  static RenderedYaml read(Projection projection) {
    Documents in = new Documents(projection);
    List<Node> docs = new ArrayList<>();
    RenderedYaml all = new RenderedYaml(projection, docs, null);
    for (RenderedYaml d = in.next(); d != null; d = in.next()) {
      docs.add(d.documents.get(0));
      all.duplicates.putAll(d.duplicates);
    }
    if (in.problem().isPresent()) {
      return new RenderedYaml(projection, List.of(), in.problem().get());
    }
    return all;
  }

  /**
   * Documents reads a projection one YAML document at a time: snakeyaml-engine composes a stream
   * lazily, and a document's nodes are garbage once the caller moves on, so a large template is
   * never held as one node tree. Each document is read exactly as {@link #read} reads it; a YAML
   * error ends the stream, and {@link #problem} says which (the documents before it have been
   * handed out by then: callers that must not act on a stream with an error buffer what they find).
   */
  static final class Documents {
    private final Projection projection;
    private final ComposedProjection composed;
    private final Views views;
    private Iterator<Node> nodes;
    private Problem problem;
    private int index;

    Documents(Projection projection) {
      this.projection = projection;
      this.composed = null;
      this.views = null;
    }

    private Documents(ComposedProjection composed) {
      this.projection = composed.projection();
      this.composed = composed;
      this.views = null;
    }

    private Documents(Views views) {
      this.projection = views.projection;
      this.composed = null;
      this.views = views;
    }

    /** next returns the next document as a one-document view, or null at the end or at an error. */
    RenderedYaml next() {
      if (problem != null) {
        return null;
      }
      if (views != null) {
        if (index < views.documents.size()) {
          return views.documents.get(index++);
        }
        problem = views.problem;
        return null;
      }
      try {
        if (nodes == null) {
          nodes = composed != null ? composed.documents().iterator()
              : YamlStreams.nodes(ComposedProjection.settings(projection), projection.yaml()).iterator();
        }
        if (!nodes.hasNext()) {
          if (composed != null && composed.failure().isPresent()) {
            fail(composed.failure().get());
          }
          return null;
        }
        Node n = nodes.next();
        RenderedYaml r = new RenderedYaml(projection, List.of(n), null);
        r.findDuplicates(n, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        index++;
        return r;
      } catch (YamlEngineException | StackOverflowError e) {
        fail(e);
      }
      return null;
    }

    private void fail(Throwable t) {
      if (t instanceof MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        int[] at = position(projection, mark.map(Mark::getIndex).orElse(-1));
        String msg = (e.getContext() == null ? "" : e.getContext().strip() + ": ")
            + (e.getProblem() == null ? e.getMessage() : e.getProblem()).strip();
        problem = new Problem(at[0], at[1], msg);
      } else {
        String msg = t instanceof StackOverflowError ? "YAML nested too deeply to check" : t.getMessage();
        problem = new Problem(0, 0, msg);
      }
      nodes = null;
    }

    /** index returns how many documents {@link #next} has returned. */
    int index() {
      return index;
    }

    /** drain reads the documents left, only to learn whether the stream has an error. */
    Optional<Problem> drain() {
      while (next() != null) {
        // each document is dropped at once
      }
      return problem();
    }

    Optional<Problem> problem() {
      return Optional.ofNullable(problem);
    }
  }

  /**
   * documents reads the projection the supplier makes of doc, named by key (the same key must
   * always make the same projection): the proof and the lint read the same projections of an
   * edit's result, and a small template's are composed once for both ({@link ComposedProjection}).
   * The documents and the problem are exactly those of reading the projection afresh.
   */
  static Documents documents(TemplateDocument doc, String key, java.util.function.Supplier<Projection> projection) {
    if (doc.text().length() > ComposedProjection.SHARED_UP_TO) {
      return new Documents(projection.get());
    }
    return new Documents(doc.derived(RenderedYaml.class.getName() + ":" + key,
        () -> Views.read(ComposedProjection.shared(doc, key, projection))));
  }

  /** Views are a shared projection's documents read to the end, one view each, and its problem. */
  private static final class Views {
    final Projection projection;
    final List<RenderedYaml> documents = new ArrayList<>();
    Problem problem;

    private Views(Projection projection) {
      this.projection = projection;
    }

    static Views read(ComposedProjection composed) {
      Views v = new Views(composed.projection());
      Documents in = new Documents(composed);
      for (RenderedYaml d = in.next(); d != null; d = in.next()) {
        v.documents.add(d);
      }
      v.problem = in.problem;
      return v;
    }
  }

  Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  List<Node> documents() {
    return documents;
  }

  Projection projection() {
    return projection;
  }

  /** allDuplicateKeys returns every key that repeats one before it in its mapping. */
  List<ScalarNode> allDuplicateKeys() {
    List<ScalarNode> out = new ArrayList<>();
    duplicates.values().forEach(out::addAll);
    return out;
  }

  /** duplicateKeys returns the keys of a mapping that appear more than once. */
  List<ScalarNode> duplicateKeys(MappingNode m) {
    return duplicates.getOrDefault(m, List.of());
  }

  /**
   * findDuplicates walks the values under n once each. Only a node with an anchor can be met
   * twice (through an alias, or a cycle through one), so only those are remembered in seen.
   */
  private void findDuplicates(Node n, Set<Node> seen) {
    if (n.getAnchor().isPresent() && !seen.add(n)) {
      return;
    }
    if (n instanceof MappingNode m) {
      List<NodeTuple> tuples = m.getValue();
      Set<String> keys = tuples.size() > 8 ? new HashSet<>() : null;
      for (int i = 0; i < tuples.size(); i++) {
        NodeTuple t = tuples.get(i);
        if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().equals("<<")
            && (keys != null ? !keys.add(k.getValue()) : repeats(tuples, i, k.getValue()))) {
          duplicates.computeIfAbsent(m, x -> new ArrayList<>()).add(k);
        }
        findDuplicates(t.getValueNode(), seen);
      }
    } else if (n instanceof SequenceNode s) {
      for (Node c : s.getValue()) {
        findDuplicates(c, seen);
      }
    }
  }

  /** repeats reports whether a scalar key before index i of a small mapping (not {@code <<}) is key. */
  private static boolean repeats(List<NodeTuple> tuples, int i, String key) {
    for (int j = 0; j < i; j++) {
      if (tuples.get(j).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * at returns the 1-based line and column of the original text where a node starts, and the line
   * where it ends.
   */
  int[] at(Node n) {
    int[] start = position(projection, n.getStartMark().map(Mark::getIndex).orElse(-1));
    int[] end = position(projection, n.getEndMark().map(m -> Math.max(0, m.getIndex() - 1)).orElse(-1));
    return new int[] {start[0], start[1], Math.max(start[0], end[0])};
  }

  private static int[] position(Projection p, int projected) {
    if (projected < 0) {
      return new int[] {0, 0};
    }
    TemplateDocument doc = p.document();
    if (doc.text().isEmpty()) {
      return new int[] {1, 1};
    }
    int orig = Math.min(p.originalIndex(projected), doc.text().length() - 1);
    Line line = doc.lineAt(orig);
    String before = doc.text().substring(line.start(), Math.max(line.start(), Math.min(orig, line.contentEnd())));
    return new int[] {line.number(), before.codePointCount(0, before.length()) + 1};
  }

  // --- reading the composed nodes as Kubernetes reads them ---

  /** get returns a mapping's value for a key: the last one, or one merged in by {@code <<}. */
  static Optional<Node> get(Node mapping, String key) {
    return get(mapping, key, 0);
  }

  /** MERGE_DEPTH bounds merge keys that merge mappings that merge ... (and cycles: <<: *self). */
  private static final int MERGE_DEPTH = 16;

  private static Optional<Node> get(Node mapping, String key, int depth) {
    if (!(mapping instanceof MappingNode m) || depth > MERGE_DEPTH) {
      return Optional.empty();
    }
    Node found = null;
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        found = t.getValueNode();
      }
    }
    if (found != null) {
      return Optional.of(found);
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<")) {
        Node v = t.getValueNode();
        List<Node> sources = v instanceof SequenceNode s ? s.getValue() : List.of(v);
        for (Node src : sources) {
          Optional<Node> merged = get(src, key, depth + 1);
          if (merged.isPresent()) {
            return merged;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** keys returns the key nodes of a mapping, merged keys not included. */
  static List<Node> keys(Node mapping) {
    List<Node> out = new ArrayList<>();
    if (mapping instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        out.add(t.getKeyNode());
      }
    }
    return out;
  }

  /** scalar returns a scalar node's value, or empty for other nodes and YAML nulls. */
  static Optional<String> scalar(Node n) {
    if (n instanceof ScalarNode s) {
      String v = s.getValue();
      boolean isNull = s.isPlain() && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"));
      return isNull ? Optional.empty() : Optional.of(v);
    }
    return Optional.empty();
  }

  /** isNull reports whether a node is absent in effect: a YAML null. */
  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && scalar(s).isEmpty() && s.isPlain();
  }

  /** items returns a sequence's items, or nothing for other nodes. */
  static List<Node> items(Node n) {
    return n instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** action returns the index of the action a placeholder scalar stands for, if it is one. */
  static Optional<Integer> action(Node n) {
    if (n instanceof ScalarNode s) {
      Matcher m = Projection.PLACEHOLDER.matcher(s.getValue());
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** fromValues reports whether a node stands for YAML an action produces (toYaml of values ...). */
  boolean fromValues(Node n) {
    return action(n).map(projection::producesYaml).orElse(false);
  }
}
