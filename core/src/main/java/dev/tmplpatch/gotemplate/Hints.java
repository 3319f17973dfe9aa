package dev.tmplpatch.gotemplate;

/** Hints turns Go's terse parse errors into one line of advice for the most common mistakes. */
final class Hints {
  private Hints() {
  }

  /** forMessage returns advice for Go's message, or "" when there is nothing useful to add. */
  static String forMessage(String msg, ParseOptions o) {
    String l = o.leftDelim();
    String r = o.rightDelim();
    if (msg.startsWith("unclosed action")) {
      return "every " + l + " needs a matching " + r + "; a literal " + l + " is written "
          + l + " \"" + l + "\" " + r;
    }
    if (msg.equals("unexpected EOF")) {
      return "an if, range, with, define or block is missing its " + l + " end " + r;
    }
    if (msg.startsWith("unexpected {{end}}")) {
      return "this " + l + " end " + r + " has no open if, range, with, define or block";
    }
    if (msg.startsWith("unexpected {{else}}") || msg.startsWith("expected end; found {{else}}")) {
      return "else belongs inside if, range or with, and only once per level";
    }
    if (msg.equals("unexpected <with> in else")) {
      return "else with needs Go 1.23 or newer; write " + l + " else " + r + l + " with ... " + r
          + " and one more " + l + " end " + r;
    }
    if (msg.startsWith("unclosed comment") || msg.startsWith("comment ends before")) {
      return "a comment is written " + l + "/* ... */" + r + ", with */ right before " + r;
    }
    if (msg.startsWith("unterminated quoted string")) {
      return "close the string with \" on the same line, or use a `raw string`";
    }
    if (msg.startsWith("unterminated raw quoted string")) {
      return "close the raw string with a backquote (`)";
    }
    if (msg.startsWith("unterminated character constant")) {
      return "character constants use single quotes, e.g. 'a'; strings use double quotes";
    }
    if (msg.startsWith("bad character U+002D")) {
      return "names may hold only letters, digits and _; use index .Values \"my-key\" for others";
    }
    if (msg.startsWith("bad character")) {
      return "names may hold only letters, digits and _";
    }
    if (msg.startsWith("unclosed left paren") || msg.startsWith("unexpected right paren")) {
      return "parentheses must balance inside one action";
    }
    if (msg.startsWith("undefined variable")) {
      return "declare it with := first; a variable ends at the end of the block that declared it";
    }
    if (msg.endsWith("outside {{range}}")) {
      return "break and continue work only inside a range body (not in its else)";
    }
    if (msg.contains("multiple definition of template")) {
      return "each template name may be defined only once";
    }
    if (msg.startsWith("missing value for")) {
      return "the action is empty; give it a value or pipeline";
    }
    return "";
  }
}
