// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/** ItemType identifies the type of lex items; keywords come after KEYWORD, as in Go. */
enum ItemType {
  ERROR,         // error occurred; value is text of error
  BOOL,          // boolean constant
  CHAR,          // printable ASCII character; grab bag for comma etc.
  CHAR_CONSTANT, // character constant
  COMMENT,       // comment text
  COMPLEX,       // complex constant (1+2i); imaginary is just a number
  ASSIGN,        // equals ('=') introducing an assignment
  DECLARE,       // colon-equals (':=') introducing a declaration
  EOF,
  FIELD,         // alphanumeric identifier starting with '.'
  IDENTIFIER,    // alphanumeric identifier not starting with '.'
  LEFT_DELIM,    // left action delimiter
  LEFT_PAREN,    // '(' inside action
  NUMBER,        // simple number, including imaginary
  PIPE,          // pipe symbol
  RAW_STRING,    // raw quoted string (includes quotes)
  RIGHT_DELIM,   // right action delimiter
  RIGHT_PAREN,   // ')' inside action
  SPACE,         // run of spaces separating arguments
  STRING,        // quoted string (includes quotes)
  TEXT,          // plain text
  VARIABLE,      // variable starting with '$', such as '$' or  '$1' or '$hello'
  KEYWORD,       // used only to delimit the keywords
  BLOCK,
  BREAK,
  CONTINUE,
  DOT,           // the cursor, spelled '.'
  DEFINE,
  ELSE,
  END,
  IF,
  NIL,           // the untyped nil constant, easiest to treat as a keyword
  RANGE,
  TEMPLATE,
  WITH;

  boolean isKeyword() {
    return ordinal() > KEYWORD.ordinal();
  }

  /** keyword maps a word to its keyword type, or null; Go: the key map. */
  static ItemType keyword(String s, int from, int to) {
    int n = to - from;
    switch (n) {
      case 1:
        return s.charAt(from) == '.' ? DOT : null;
      case 2:
        return s.startsWith("if", from) ? IF : null;
      case 3:
        if (s.startsWith("end", from)) {
          return END;
        }
        return s.startsWith("nil", from) ? NIL : null;
      case 4:
        if (s.startsWith("else", from)) {
          return ELSE;
        }
        return s.startsWith("with", from) ? WITH : null;
      case 5:
        if (s.startsWith("range", from)) {
          return RANGE;
        }
        if (s.startsWith("block", from)) {
          return BLOCK;
        }
        return s.startsWith("break", from) ? BREAK : null;
      case 6:
        return s.startsWith("define", from) ? DEFINE : null;
      case 8:
        if (s.startsWith("template", from)) {
          return TEMPLATE;
        }
        return s.startsWith("continue", from) ? CONTINUE : null;
      default:
        return null;
    }
  }
}
