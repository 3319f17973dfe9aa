package dev.tmplpatch.source;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.k8s.Shown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * InjectorConfigMap reads a dump of {@code kubectl -n istio-system get configmap
 * istio-sidecar-injector -o yaml} and gives the injection templates istiod actually runs, taken
 * from the YAML string in {@code data.config} ({@code templates.NAME}).
 */
public final class InjectorConfigMap {
  private static final Text DUMP_HINT = Text.of("input.configmap.dump.hint");

  private final String source;
  private final Map<String, String> templates;

  private InjectorConfigMap(String source, Map<String, String> templates) {
    this.source = source;
    this.templates = Collections.unmodifiableMap(templates);
  }

  /**
   * parse reads the dump; {@code source} names it in errors (a file name or "-"). Bad YAML, a
   * document that is not a ConfigMap, or a config without templates is refused with a position.
   */
  public static InjectorConfigMap parse(String source, String yaml) {
    List<Node> docs = YamlInput.composeAll(source, yaml, DUMP_HINT);
    if (docs.isEmpty()) {
      throw InputException.of(source, Text.of("input.configmap.empty"), DUMP_HINT);
    }
    if (docs.size() > 1) {
      At p = position(source, docs.get(1));
      throw InputException.at(
          source, p.line, p.column, Text.of("input.configmap.documents", docs.size()),
          Text.of("input.configmap.documents.hint"));
    }
    MappingNode root = mapping(source, docs.get(0), "input.configmap.document.not-mapping");
    Optional<Node> kind = get(source, root, "kind");
    String kindText = kind.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue()).orElse("");
    if (!kindText.equals("ConfigMap")) {
      At p = position(source, kind.orElse(root));
      throw InputException.at(
          source, p.line, p.column,
          kindText.isEmpty() ? Text.of("input.configmap.kind.none") : Text.of("input.configmap.kind", Shown.quoted(kindText)),
          DUMP_HINT);
    }
    Node dataNode = get(source, root, "data").orElseThrow(
        () -> InputException.of(source, Text.of("input.configmap.no-data"), DUMP_HINT));
    MappingNode data = mapping(source, dataNode, "input.configmap.data.not-mapping");
    Node configNode = get(source, data, "config").orElseThrow(() -> {
      At p = position(source, data);
      return InputException.at(source, p.line, p.column,
          Text.of("input.configmap.no-config", listed(keys(data))),
          Text.of("input.configmap.no-config.hint", DUMP_HINT));
    });
    if (!(configNode instanceof ScalarNode config)) {
      At p = position(source, configNode);
      throw InputException.at(source, p.line, p.column, Text.of("input.configmap.config.not-string"), DUMP_HINT);
    }
    Object parsed = YamlInput.load(source, config.getValue(), innerPositions(source, config, yaml),
        Text.of("input.configmap.config.yaml.hint"));
    Map<String, String> templates = templatesOf(source, config, parsed);
    lastBlockWithoutLineBreak(source, config.getValue()).ifPresent(name -> {
      String t = templates.get(name);
      if (t != null && t.endsWith("\n")) {
        templates.put(name, t.substring(0, t.length() - 1));
      }
    });
    return new InjectorConfigMap(source, templates);
  }

  // lastBlockWithoutLineBreak names the template whose block scalar (| or >, clipped or kept)
  // runs to the end of a data.config that has no final line break. Go's YAML (the libyaml port
  // behind sigs.k8s.io/yaml, which istiod reads data.config with) ends such a value without a
  // line break, as the text does; snakeyaml-engine adds one. kubectl prints data.config with
  // "|-" when the string has no final newline, so the last template of a ConfigMap often is such
  // a block (the Go conformance fixtures are in testdata/injector-configmap).
  private static Optional<String> lastBlockWithoutLineBreak(String source, String config) {
    if (config.isEmpty() || config.endsWith("\n") || config.endsWith("\r")) {
      return Optional.empty();
    }
    int end = config.codePointCount(0, config.length());
    Node root = YamlInput.composeAll(source, config, DUMP_HINT).stream().findFirst().orElse(null);
    if (!(root instanceof MappingNode map)) {
      return Optional.empty();
    }
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("templates")
          && t.getValueNode() instanceof MappingNode byName) {
        for (NodeTuple tt : byName.getValue()) {
          if (tt.getKeyNode() instanceof ScalarNode name && tt.getValueNode() instanceof ScalarNode value
              && (value.getScalarStyle() == ScalarStyle.LITERAL || value.getScalarStyle() == ScalarStyle.FOLDED)
              && value.getEndMark().map(m -> m.getIndex() == end).orElse(false)) {
            return Optional.of(name.getValue());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** source returns the name the dump was read under. */
  public String source() {
    return source;
  }

  /** templates returns every template by name, in the order of the ConfigMap. */
  public Map<String, String> templates() {
    return templates;
  }

  /** template returns the named template, or refuses naming it and listing those present. */
  public String template(String name) {
    String t = templates.get(name);
    if (t == null) {
      throw InputException.of(
          source,
          Text.of("input.configmap.no-template", Shown.quoted(name), listed(new TreeSet<>(templates.keySet()))),
          Text.of("input.configmap.no-template.hint"));
    }
    return t;
  }

  private static Map<String, String> templatesOf(String source, ScalarNode config, Object parsed) {
    At at = position(source, config);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw InputException.at(source, at.line, at.column, Text.of("input.configmap.config.not-mapping"),
          Text.of("input.configmap.config.not-mapping.hint"));
    }
    Object templates = map.get("templates");
    if (!(templates instanceof Map<?, ?> byName)) {
      throw InputException.at(source, at.line, at.column,
          Text.of(templates == null ? "input.configmap.templates.none" : "input.configmap.templates.not-mapping"),
          Text.of("input.configmap.templates.hint"));
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : byName.entrySet()) {
      if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof String value)) {
        throw InputException.at(source, at.line, at.column,
            Text.of("input.configmap.template.not-string", e.getKey()),
            Text.of("input.configmap.template.not-string.hint"));
      }
      result.put(key, value);
    }
    return result;
  }

  // innerPositions maps a mark inside the config string back to the dump. For a literal block
  // scalar (what kubectl prints unless a line has trailing spaces) each content line is a line of
  // the file, shifted by the block's indentation; for quoted styles that is not true, so errors
  // then name the line and column inside data.config.
  private static Function<Mark, YamlInput.Position> innerPositions(
      String source, ScalarNode config, String yaml) {
    At start = position(source, config);
    if (config.getScalarStyle() == ScalarStyle.LITERAL) {
      int firstContentLine = start.line + 1;
      int indent = blockIndent(yaml, firstContentLine);
      return m -> new YamlInput.Position(source, firstContentLine + m.getLine(), indent + m.getColumn() + 1);
    }
    return m -> new YamlInput.Position(source + " data.config", m.getLine() + 1, m.getColumn() + 1);
  }

  // blockIndent returns the indentation of the first non-blank line from a 1-based line on.
  private static int blockIndent(String yaml, int line) {
    String[] lines = yaml.split("\n", -1);
    for (int i = line - 1; i < lines.length; i++) {
      String l = lines[i];
      if (!l.isBlank()) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
          n++;
        }
        return n;
      }
    }
    return 0;
  }

  private record At(int line, int column) {}

  private static At position(String source, Node node) {
    return node.getStartMark()
        .map(m -> new At(m.getLine() + 1, m.getColumn() + 1))
        .orElse(new At(0, 0));
  }

  private static MappingNode mapping(String source, Node node, String notMappingKey) {
    if (node instanceof MappingNode m) {
      return m;
    }
    At p = position(source, node);
    throw InputException.at(source, p.line, p.column, Text.of(notMappingKey), DUMP_HINT);
  }

  // get finds a key in a mapping; a repeated key is an error, as it is for kubectl.
  private static Optional<Node> get(String source, MappingNode map, String key) {
    Node found = null;
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        if (found != null) {
          At p = position(source, k);
          throw InputException.at(source, p.line, p.column, Text.of("input.configmap.duplicate-key", Shown.quoted(key)),
              Text.of("input.configmap.duplicate-key.hint"));
        }
        found = t.getValueNode();
      }
    }
    return Optional.ofNullable(found);
  }

  // listed joins names (keys, template names) as they are, in every language.
  private static String listed(java.util.Collection<String> names) {
    return String.join(", ", names);
  }

  private static List<String> keys(MappingNode map) {
    List<String> keys = new ArrayList<>();
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) {
        keys.add(k.getValue());
      }
    }
    return keys;
  }
}
