// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/** ItemType identifies the type of lex items (Go: itemType); keywords come after KEYWORD, as in Go. */
public enum ItemType {
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
    switch (to - from) {
      case 1:
        return s.charAt(from) == '.' ? DOT : null;
      case 2:
        return is(s, from, "if") ? IF : null;
      case 3:
        return is(s, from, "end") ? END : is(s, from, "nil") ? NIL : null;
      case 4:
        return is(s, from, "else") ? ELSE : is(s, from, "with") ? WITH : null;
      case 5:
        return is(s, from, "range") ? RANGE : is(s, from, "block") ? BLOCK
            : is(s, from, "break") ? BREAK : null;
      case 6:
        return is(s, from, "define") ? DEFINE : null;
      case 8:
        return is(s, from, "template") ? TEMPLATE : is(s, from, "continue") ? CONTINUE : null;
      default:
        return null;
    }
  }

  // is compares a region of s with a short word; the caller has checked the length.
  private static boolean is(String s, int from, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (s.charAt(from + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
