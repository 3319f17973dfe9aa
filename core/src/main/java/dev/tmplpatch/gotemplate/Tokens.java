// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens exposes the lexer's item stream, for building Go's full parse tree over text that
 * {@link GoTemplateParser} has already accepted (the render package's tree builder).
 */
public final class Tokens {
  private Tokens() {
  }

  /**
   * Token is one lexer item: {@code pos}/{@code end} are char indexes into the source, {@code
   * line} is Go's 1-based line of the item, {@code val} its text (for TEXT already trimmed).
   */
  public record Token(ItemType type, String val, int pos, int end, int line) {
  }

  /**
   * lex returns every item up to and including EOF (or an ERROR item, which does not happen for
   * accepted text), spaces and comments included, as Go's lexer emits them in ParseComments mode.
   */
  public static List<Token> lex(String source, ParseOptions options) {
    Lexer lexer = new Lexer(source, options.leftDelim(), options.rightDelim(),
        new ActionRecorder());
    List<Token> out = new ArrayList<>();
    while (true) {
      Item i = lexer.nextItem();
      out.add(new Token(i.type, i.val(), i.pos, i.end, i.line));
      if (i.type == ItemType.EOF || i.type == ItemType.ERROR) {
        return out;
      }
    }
  }
}
