package dev.tmplpatch.gotemplate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** ParseSession is what all trees of one parse share: source, lexer, tree set and findings. */
final class ParseSession {
  final String source;
  final ParseOptions options;
  final ActionRecorder recorder = new ActionRecorder();
  final Lexer lexer;
  /** Go's treeSet, reduced to: template name (as bytes in ISO-8859-1) -> is its tree empty. */
  final Map<String, Boolean> treeSet = new HashMap<>();
  final Set<String> functions = new HashSet<>();
  final FactsCollector facts = new FactsCollector();

  ParseSession(String source, ParseOptions options) {
    this.source = source;
    this.options = options;
    this.lexer = new Lexer(source, options.leftDelim(), options.rightDelim(), recorder);
  }

  /** exception builds the error Go would raise, reported at the given line and char offset. */
  TemplateSyntaxException exception(int line, int offset, String goMessage) {
    int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    int column = 1 + source.codePointCount(lineStart, offset);
    return new TemplateSyntaxException(options.name(), line, column, offset, goMessage,
        Hints.forMessage(goMessage, options));
  }
}
