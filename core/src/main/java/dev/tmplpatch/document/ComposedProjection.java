package dev.tmplpatch.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import dev.tmplpatch.source.YamlStreams;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * ComposedProjection is a branch projection of a small template composed by snakeyaml-engine
 * once and kept on its document: the edit's proof, its covering check and the lint of the result
 * read the same projections, and composing is most of their cost. It holds every document
 * composed and the error composing stopped at, exactly as a fresh {@link #settings} compose gives.
 *
 * <p>Large templates are never kept (see {@link #SHARED_UP_TO}): their readers compose one
 * document at a time and let it go, so that memory stays linear with a small constant.
 */
public final class ComposedProjection {

  /** SHARED_UP_TO is the largest template, in chars, whose projections are composed once and kept. */
  public static final int SHARED_UP_TO = 64 * 1024;

  private final Projection projection;
  private final List<Node> documents;
  private final Throwable failure;

  private ComposedProjection(Projection projection, List<Node> documents, Throwable failure) {
    this.projection = projection;
    this.documents = documents;
    this.failure = failure;
  }

  /**
   * shared returns the projection the supplier makes of doc, composed once per document and key
   * (the same key must always name the same projection); doc must not be larger than
   * {@link #SHARED_UP_TO}.
   */
  public static ComposedProjection shared(TemplateDocument doc, String key, Supplier<Projection> projection) {
    if (doc.text().length() > SHARED_UP_TO) {
      throw new IllegalArgumentException("a template of " + doc.text().length() + " chars is composed afresh");
    }
    return doc.derived(ComposedProjection.class.getName() + ":" + key, () -> compose(projection.get()));
  }

  /** settings are how the proof and the lint compose a projection: marks kept, aliases bounded. */
  public static LoadSettings settings(Projection projection) {
    return LoadSettings.builder()
        .setLabel(projection.document().name())
        .setUseMarks(true)
        .setMaxAliasesForCollections(200)
        .setAllowRecursiveKeys(false)
        // The input limit is the CLI's (--max-input-size); snakeyaml's own 3 MB default would
        // report a large template as a YAML error.
        .setCodePointLimit(Math.max(3 * 1024 * 1024, projection.yaml().length() + 1))
        .build();
  }

  private static ComposedProjection compose(Projection projection) {
    List<Node> docs = new ArrayList<>();
    try {
      for (Node n : YamlStreams.nodes(settings(projection), projection.yaml())) {
        docs.add(n);
      }
      return new ComposedProjection(projection, docs, null);
    } catch (YamlEngineException | StackOverflowError e) {
      return new ComposedProjection(projection, docs, e);
    }
  }

  /** projection returns the projection composed. */
  public Projection projection() {
    return projection;
  }

  /** documents returns the documents composed before the end or the failure. */
  public List<Node> documents() {
    return Collections.unmodifiableList(documents);
  }

  /** failure returns what stopped composing: a snakeyaml exception or a StackOverflowError. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * strictProblem returns what {@link Projection#check} returns, without composing again when
   * that is sure to give the same: check loads the projection with the same settings but two,
   * duplicate keys refused (the constructor's business, run here on the composed documents in
   * order, as {@code Load} runs it) and at most snakeyaml's default of 50 aliases of collections
   * per document (a composer limit: counted here). A projection that failed to compose, or has
   * more aliases, is checked by {@link Projection#check} itself.
   */
  Optional<Projection.YamlProblem> strictProblem() {
    LoadSettings strict = Projection.strictSettings(projection);
    if (failure != null) {
      return projection.check();
    }
    for (Node d : documents) {
      if (collectionAliases(d) > strict.getMaxAliasesForCollections()) {
        return projection.check();
      }
    }
    StandardConstructor constructor = new StandardConstructor(strict);
    try {
      for (Node d : documents) {
        constructor.constructSingleDocument(Optional.of(d));
      }
      return Optional.empty();
    } catch (YamlEngineException e) {
      return Optional.of(projection.problem(e));
    }
  }

  /**
   * strictCheck returns what {@link Projection#check} returns for a projection that is not kept,
   * composing it one document at a time as {@link #strictProblem} reads a kept one: each document
   * is constructed right after it is composed, as {@code Load} does, so the first error is the
   * same; a document with more collection aliases than check allows, or a stream that does not
   * compose, is left to check itself.
   */
  static Optional<Projection.YamlProblem> strictCheck(Projection projection) {
    LoadSettings strict = Projection.strictSettings(projection);
    StandardConstructor constructor = new StandardConstructor(strict);
    try {
      for (Node d : YamlStreams.nodes(settings(projection), projection.yaml())) {
        if (collectionAliases(d) > strict.getMaxAliasesForCollections()) {
          return projection.check();
        }
        try {
          constructor.constructSingleDocument(Optional.of(d));
        } catch (YamlEngineException e) {
          return Optional.of(projection.problem(e));
        }
      }
      return Optional.empty();
    } catch (YamlEngineException | StackOverflowError e) {
      return projection.check();
    }
  }

  /**
   * collectionAliases counts the alias events of a document that name a mapping or sequence: each
   * is one more reference to a node the document already made (its anchor), so the count is the
   * references to collection nodes beyond the first of each, the root counting as referenced.
   * Only a node with an anchor can be referenced twice, so only those are remembered.
   */
  static int collectionAliases(Node root) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    if (root.getAnchor().isPresent()) {
      seen.add(root);
    }
    int aliases = 0;
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      List<Node> children = new ArrayList<>();
      if (n instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          children.add(t.getKeyNode());
          children.add(t.getValueNode());
        }
      } else if (n instanceof SequenceNode s) {
        children.addAll(s.getValue());
      }
      for (Node c : children) {
        if (c.getAnchor().isPresent() && !seen.add(c)) {
          if (!(c instanceof ScalarNode)) {
            aliases++;
          }
        } else {
          stack.add(c);
        }
      }
    }
    return aliases;
  }
}
