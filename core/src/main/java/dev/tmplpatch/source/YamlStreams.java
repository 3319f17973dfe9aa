package dev.tmplpatch.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * YamlStreams reads a YAML stream as events or as the node tree of each document, with
 * snakeyaml-engine's exported parser and composer (its {@code api.lowlevel} helpers do the same
 * but are not exported from its module).
 */
public final class YamlStreams {
  private YamlStreams() {}

  /** events parses text lazily into YAML events. */
  public static Iterable<Event> events(LoadSettings settings, String text) {
    return () -> new ParserImpl(settings, new StreamReader(settings, text));
  }

  /**
   * nodes composes each document of text lazily into its node tree. The iterator keeps the
   * Iterator contract that snakeyaml's Composer does not: next() without a hasNext() first works.
   */
  public static Iterable<Node> nodes(LoadSettings settings, String text) {
    return () -> {
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return composer.hasNext();
        }

        @Override
        public Node next() {
          if (!composer.hasNext()) {
            throw new NoSuchElementException("no more YAML documents");
          }
          return composer.next();
        }
      };
    };
  }
}
