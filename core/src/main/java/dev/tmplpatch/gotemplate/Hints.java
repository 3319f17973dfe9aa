package dev.tmplpatch.gotemplate;

import dev.tmplpatch.i18n.Text;

/** Hints turns Go's terse parse errors into one line of advice for the most common mistakes. */
final class Hints {
  private Hints() {
  }

  /** forMessage returns advice for Go's message, or the empty text when there is nothing useful to add. */
  static Text forMessage(String msg, ParseOptions o) {
    String l = o.leftDelim();
    String r = o.rightDelim();
    if (msg.startsWith("unclosed action")) {
      return Text.of("go.hint.unclosed-action", l, r);
    }
    if (msg.equals("unexpected EOF")) {
      return Text.of("go.hint.eof", l, r);
    }
    if (msg.startsWith("unexpected {{end}}")) {
      return Text.of("go.hint.end", l, r);
    }
    if (msg.startsWith("unexpected {{else}}") || msg.startsWith("expected end; found {{else}}")) {
      return Text.of("go.hint.else");
    }
    if (msg.equals("unexpected <with> in else")) {
      return Text.of("go.hint.else-with", l, r);
    }
    if (msg.startsWith("unclosed comment") || msg.startsWith("comment ends before")) {
      return Text.of("go.hint.comment", l, r);
    }
    if (msg.startsWith("unterminated quoted string")) {
      return Text.of("go.hint.quoted");
    }
    if (msg.startsWith("unterminated raw quoted string")) {
      return Text.of("go.hint.raw");
    }
    if (msg.startsWith("unterminated character constant")) {
      return Text.of("go.hint.char");
    }
    if (msg.startsWith("bad character U+002D")) {
      return Text.of("go.hint.dash");
    }
    if (msg.startsWith("bad character")) {
      return Text.of("go.hint.bad-character");
    }
    if (msg.startsWith("unclosed left paren") || msg.startsWith("unexpected right paren")) {
      return Text.of("go.hint.paren");
    }
    if (msg.startsWith("undefined variable")) {
      return Text.of("go.hint.variable");
    }
    if (msg.endsWith("outside {{range}}")) {
      return Text.of("go.hint.break");
    }
    if (msg.contains("multiple definition of template")) {
      return Text.of("go.hint.redefined");
    }
    if (msg.startsWith("missing value for")) {
      return Text.of("go.hint.empty");
    }
    return Text.EMPTY;
  }
}
