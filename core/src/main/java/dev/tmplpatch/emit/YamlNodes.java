package dev.tmplpatch.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * YamlNodes builds snakeyaml-engine node trees with chosen scalar styles and dumps them the way
 * kubectl prints objects: block style, 2-space indent, sequence dashes at the parent's column.
 */
public final class YamlNodes {
  // Plain scalars that are safe for every YAML reader in the path, including the YAML 1.1
  // reader in sigs.k8s.io/yaml that kubectl and istiod use (which reads yes/no/on/off as bool).
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");
  private static final Set<String> YAML11_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(0)
          .setIndentWithIndicator(false)
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .setBestLineBreak("\n")
          .build();

  private YamlNodes() {}

  /** map builds a block mapping from alternating String keys and Node values, in order. */
  public static MappingNode map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("map needs key/value pairs");
    }
    List<NodeTuple> tuples = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      tuples.add(new NodeTuple(str((String) keysAndValues[i]), (Node) keysAndValues[i + 1]));
    }
    return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
  }

  /** seq builds a block sequence; an empty one prints as {@code []}. */
  public static SequenceNode seq(Node... items) {
    return new SequenceNode(
        Tag.SEQ, List.of(items), items.length == 0 ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }

  /** str builds a string scalar, plain when unambiguous and double-quoted otherwise. */
  public static ScalarNode str(String value) {
    boolean plain =
        SAFE_PLAIN.matcher(value).matches()
            && !YAML11_WORDS.contains(value.toLowerCase(Locale.ROOT));
    return new ScalarNode(Tag.STR, value, plain ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
  }

  /** literal builds a string scalar in literal block style ({@code |}). */
  public static ScalarNode literal(String value) {
    return new ScalarNode(Tag.STR, value, ScalarStyle.LITERAL);
  }

  /** integer builds an int scalar. */
  public static ScalarNode integer(long value) {
    return new ScalarNode(Tag.INT, Long.toString(value), ScalarStyle.PLAIN);
  }

  /** bool builds a boolean scalar. */
  public static ScalarNode bool(boolean value) {
    return new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN);
  }

  /** dump prints one document. */
  public static String dump(Node document) {
    StringBuilder out = new StringBuilder();
    new Dump(SETTINGS)
        .dumpNode(
            document,
            new StreamDataWriter() {
              @Override
              public void write(String str) {
                out.append(str);
              }

              @Override
              public void write(String str, int off, int len) {
                out.append(str, off, off + len);
              }
            });
    return out.toString();
  }

  /** dumpAll prints documents separated by {@code ---} lines, as kubectl accepts them. */
  public static String dumpAll(List<? extends Node> documents) {
    StringBuilder out = new StringBuilder();
    for (Node doc : documents) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(dump(doc));
    }
    return out.toString();
  }
}
