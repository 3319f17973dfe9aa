package dev.tmplpatch.gotemplate;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * GoTemplateParser parses Go text/template source exactly as Go's parser does in
 * ParseComments|SkipFuncCheck mode, keeping every action's span and the control structure.
 */
public final class GoTemplateParser {
  /** A template that walks every lexer state and parser production once. */
  private static final String WARM_UP = "a {{- /* c */ -}} {{define \"d\"}}{{ $x := 1 }}{{end}}"
      + "{{if .A}}{{else if (.B).C}}{{else}}{{end}}{{with $w := .W}}{{else with .V}}{{end}}"
      + "{{range $i, $e := .L}}{{break}}{{continue}}{{else}}{{end}}{{block \"b\" .}}{{end}}"
      + "{{template \"d\" .}}{{ f 'a' 1.5 0x1F 1+2i \"s\" `r` nil true $.X | g }}";

  static {
    // Initialise every class the parser uses while the stack is shallow: a static initialiser
    // that first ran at the bottom of a deep recursion could die of StackOverflowError and leave
    // its class unusable for the life of the JVM.
    parseOnThisThread(WARM_UP, ParseOptions.named("warm-up"));
    try {
      parseOnThisThread("{{ .X", ParseOptions.named("warm-up"));
    } catch (TemplateSyntaxException expected) {
      // the error path is warmed up too
    }
  }

  private GoTemplateParser() {
  }

  /**
   * parse returns the template's actions, control tree and functions, or throws
   * {@link TemplateSyntaxException} worded like Go's error for the same input.
   */
  public static ParsedTemplate parse(String source, ParseOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    try {
      return parseOnThisThread(source, options);
    } catch (StackOverflowError e) {
      // Go's goroutine stacks grow to 1 GB; a Java thread's does not. Rather than make every
      // production iterative, re-run deep inputs once on a thread with a Go-sized stack.
      return parseOnDeepStack(source, options);
    }
  }

  private static ParsedTemplate parseOnThisThread(String source, ParseOptions options) {
    return parseWith(new ParseSession(source, options));
  }

  private static ParsedTemplate parseWith(ParseSession session) {
    String source = session.source;
    ParseOptions options = session.options;
    ControlNode root = Parser.forRoot(session).parse();
    List<Delimited> actions = session.recorder.toList(source);
    return new ParsedTemplate(source, options, actions, root,
        Collections.unmodifiableSortedSet(new TreeSet<>(session.functions)), session.facts.toList(actions.size()));
  }

  private static ParsedTemplate parseOnDeepStack(String source, ParseOptions options) {
    Object[] result = new Object[1];
    Runnable task = () -> {
      ParseSession session = new ParseSession(source, options);
      try {
        result[0] = parseWith(session);
      } catch (StackOverflowError e) {
        // Go itself dies here ("goroutine stack exceeds 1000000000-byte limit").
        LexerCursor at = session.lexer;
        result[0] = session.exception(at.line(), Math.min(at.start, source.length()),
            "template nesting too deep to parse");
      } catch (RuntimeException e) {
        result[0] = e;
      }
    };
    DeepStack.run("tmplpatch-deep-parse", task);
    if (result[0] instanceof RuntimeException) {
      throw (RuntimeException) result[0];
    }
    return (ParsedTemplate) result[0];
  }
}
