package dev.tmplpatch.source;


import dev.tmplpatch.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * YamlInput reads YAML the user gave us with snakeyaml-engine's safe defaults (no duplicate keys,
 * alias limits, no environment substitution) and turns parser errors into {@link InputException}s
 * that point at a 1-based line and column.
 */
final class YamlInput {
  /** Position is a 1-based line and column in some input. */
  record Position(String source, int line, int column) {}

  private YamlInput() {}

  /**
   * MAX_DEPTH is how deeply collections may nest: Go's yaml (gopkg.in/yaml.v2, which istiod and
   * kubectl read with) refuses more with "exceeded max depth of 10000", and snakeyaml-engine's
   * composer recurses per level, so deeper input is refused before composing.
   */
  static final int MAX_DEPTH = 10_000;

  /** settings returns the loader settings used for everything we read. */
  static LoadSettings settings(String source) {
    // The size of what we read is bounded once, by the caller's input limit (the CLI's
    // --max-input-size); snakeyaml-engine's own 3 MiB code-point limit would be a second,
    // different limit, so it is lifted. Aliases stay bounded (50 per collection).
    return LoadSettings.builder()
        .setLabel(source)
        .setAllowDuplicateKeys(false)
        .setCodePointLimit(Integer.MAX_VALUE)
        .build();
  }

  /** checkDepth refuses text whose collections nest deeper than MAX_DEPTH, without recursion. */
  static void checkDepth(String text, Function<Mark, Position> where, String source, Text hint) {
    int depth = 0;
    try {
      for (Event e : YamlStreams.events(settings(source), text)) {
        if (e instanceof CollectionStartEvent) {
          depth++;
          if (depth > MAX_DEPTH) {
            Position p = e.getStartMark().map(where).orElse(new Position(source, 0, 0));
            throw InputException.at(p.source(), p.line(), p.column(),
                Text.of("input.yaml.too-deep", MAX_DEPTH), Text.of("input.yaml.too-deep.hint"));
          }
        } else if (e instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (YamlEngineException e) {
      throw translate(e, where, source, hint);
    }
  }

  /** composeAll returns the non-empty documents of text as nodes with marks. */
  static List<Node> composeAll(String source, String text, Text hint) {
    checkDepth(text, m -> new Position(source, m.getLine() + 1, m.getColumn() + 1), source, hint);
    try {
      List<Node> docs = new ArrayList<>();
      for (Node n : YamlStreams.nodes(settings(source), text)) {
        if (n != null) {
          docs.add(n);
        }
      }
      return docs;
    } catch (YamlEngineException e) {
      throw translate(e, m -> new Position(source, m.getLine() + 1, m.getColumn() + 1), source, hint);
    }
  }

  /**
   * load returns text as plain Java values; marks inside it are mapped to positions by
   * {@code where}, so that a YAML string embedded in another file reports the outer position.
   */
  static Object load(String source, String text, Function<Mark, Position> where, Text hint) {
    checkDepth(text, where, source, hint);
    try {
      return new Load(settings(source)).loadFromString(text);
    } catch (YamlEngineException e) {
      throw translate(e, where, source, hint);
    }
  }

  /** translate turns a snakeyaml-engine error into a one-line positioned InputException. */
  static InputException translate(
      YamlEngineException e, Function<Mark, Position> where, String source, Text hint) {
    if (e instanceof MarkedYamlEngineException marked) {
      String problem = firstLine(marked.getProblem());
      if (problem.isEmpty()) {
        problem = firstLine(marked.getContext());
      } else if (marked.getContext() != null && !marked.getContext().isBlank()) {
        problem = problem + " (" + firstLine(marked.getContext()) + ")";
      }
      if (marked.getProblemMark().or(marked::getContextMark).isPresent()) {
        Position p = where.apply(marked.getProblemMark().or(marked::getContextMark).get());
        return InputException.at(p.source(), p.line(), p.column(), Text.of("input.yaml.invalid", problem), hint);
      }
      return InputException.of(source, Text.of("input.yaml.invalid", problem), hint);
    }
    return InputException.of(source, Text.of("input.yaml.invalid", firstLine(e.getMessage())), hint);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
