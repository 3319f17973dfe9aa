// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * Lexer is Go's text/template scanner: a set of state functions over next/peek/backup.
 *
 * <p>Each state is a method returning the next {@link State}, or null once {@link #item} holds
 * the token to hand to the parser (Go: stateFn returning nil). Positions are char indexes; Go's
 * runes are code points. Newlines are counted with '\n' only.
 */
final class Lexer extends LexerCursor {
  private static final String LEFT_COMMENT = "/*";
  private static final String RIGHT_COMMENT = "*/";

  private final ActionRecorder recorder;

  /** State names one of Go's state functions. */
  enum State { TEXT, LEFT_DELIM, COMMENT, RIGHT_DELIM, INSIDE_ACTION, SPACE, IDENTIFIER, FIELD,
    VARIABLE, CHAR, NUMBER, QUOTE, RAW_QUOTE }

  Lexer(String input, String leftDelim, String rightDelim, ActionRecorder recorder) {
    super(input, leftDelim, rightDelim);
    this.recorder = recorder;
  }

  /** nextItem returns the next item from the input; Go: nextItem. */
  Item nextItem() {
    // Go first stores an EOF item here; every state sets the item before returning null, so
    // that allocation is skipped.
    State state = insideAction ? State.INSIDE_ACTION : State.TEXT;
    while (state != null) {
      state = step(state);
    }
    Item i = item;
    recorder.observe(i, this);
    return i;
  }

  private State step(State s) {
    switch (s) {
      case TEXT: return lexText();
      case LEFT_DELIM: return lexLeftDelim();
      case COMMENT: return lexComment();
      case RIGHT_DELIM: return lexRightDelim();
      case INSIDE_ACTION: return lexInsideAction();
      case SPACE: return lexSpace();
      case IDENTIFIER: return lexIdentifier();
      case FIELD: return lexFieldOrVariable(ItemType.FIELD);
      case VARIABLE: return lexVariable();
      case CHAR: return lexChar();
      case NUMBER: return lexNumber();
      case QUOTE: return lexQuote();
      case RAW_QUOTE: return lexRawQuote();
      default: throw new AssertionError(s);
    }
  }

  // Go: lexText scans until an opening action delimiter, "{{".
  private State lexText() {
    int x = input.indexOf(leftDelim, pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        // Do we trim any trailing space?
        int trimLength = 0;
        int delimEnd = pos + leftDelim.length();
        if (hasLeftTrimMarker(delimEnd)) {
          trimLength = rightTrimLength(start, pos);
        }
        pos -= trimLength;
        line += GoText.countNewlines(input, start, pos);
        Item i = thisItem(ItemType.TEXT);
        pos += trimLength;
        ignore();
        if (i.end > i.pos) {
          return emitItem(i);
        }
      }
      return State.LEFT_DELIM;
    }
    pos = input.length();
    // Correctly reached EOF.
    if (pos > start) {
      line += GoText.countNewlines(input, start, pos);
      return emit(ItemType.TEXT);
    }
    return emit(ItemType.EOF);
  }

  // Go: lexLeftDelim scans the left delimiter, which is known to be present, possibly with a
  // trim marker. (The text to be trimmed has already been emitted.)
  private State lexLeftDelim() {
    delimStart = pos;
    delimLine = line;
    pos += leftDelim.length();
    boolean trimSpace = hasLeftTrimMarker(pos);
    delimTrim = trimSpace;
    int afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
    if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      pos += afterMarker;
      ignore();
      return State.COMMENT;
    }
    Item i = thisItem(ItemType.LEFT_DELIM);
    insideAction = true;
    pos += afterMarker;
    ignore();
    parenDepth = 0;
    return emitItem(i);
  }

  // Go: lexComment scans a comment. The left comment marker is known to be present.
  private State lexComment() {
    pos += LEFT_COMMENT.length();
    int x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) {
      return errorf("unclosed comment");
    }
    pos = x + RIGHT_COMMENT.length();
    int delim = atRightDelim();
    if (delim == 0) {
      return errorf("comment ends before closing delimiter");
    }
    boolean trimSpace = delim == 2;
    line += GoText.countNewlines(input, start, pos);
    Item i = thisItem(ItemType.COMMENT);
    if (trimSpace) {
      pos += TRIM_MARKER_LEN;
    }
    pos += rightDelim.length();
    commentEnd = pos;
    commentTrimRight = trimSpace;
    if (trimSpace) {
      pos += leftTrimLength(pos);
    }
    ignore();
    return emitItem(i); // ParseComments mode: comments are always emitted
  }

  // Go: lexRightDelim scans the right delimiter, which is known to be present, possibly with a
  // trim marker.
  private State lexRightDelim() {
    boolean trimSpace = atRightDelim() == 2;
    delimTrim = trimSpace;
    if (trimSpace) {
      pos += TRIM_MARKER_LEN;
      ignore();
    }
    pos += rightDelim.length();
    Item i = thisItem(ItemType.RIGHT_DELIM);
    if (trimSpace) {
      pos += leftTrimLength(pos);
      ignore();
    }
    insideAction = false;
    return emitItem(i);
  }

  // Go: lexInsideAction scans the elements inside action delimiters.
  private State lexInsideAction() {
    if (atRightDelim() != 0) {
      if (parenDepth == 0) {
        return State.RIGHT_DELIM;
      }
      return errorf("unclosed left paren");
    }
    int r = next();
    if (r == EOF) {
      return errorf("unclosed action");
    }
    if (GoText.isSpace(r)) {
      backup(); // Put space back in case we have " -}}".
      return State.SPACE;
    }
    switch (r) {
      case '=':
        return emit(ItemType.ASSIGN);
      case ':':
        if (next() != '=') {
          return errorf("expected :=");
        }
        return emit(ItemType.DECLARE);
      case '|':
        return emit(ItemType.PIPE);
      case '"':
        return State.QUOTE;
      case '`':
        return State.RAW_QUOTE;
      case '$':
        return State.VARIABLE;
      case '\'':
        return State.CHAR;
      case '.':
        // special look-ahead for ".field" so we don't break backup().
        if (pos < input.length()) {
          char c = input.charAt(pos);
          if (c < '0' || '9' < c) {
            return State.FIELD;
          }
        }
        backup(); // '.' can start a number.
        return State.NUMBER;
      case '+':
      case '-':
        backup();
        return State.NUMBER;
      case '(':
        parenDepth++;
        return emit(ItemType.LEFT_PAREN);
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          return errorf("unexpected right paren");
        }
        return emit(ItemType.RIGHT_PAREN);
      default:
        break;
    }
    if ('0' <= r && r <= '9') {
      backup();
      return State.NUMBER;
    }
    if (GoText.isAlphaNumeric(r)) {
      backup();
      return State.IDENTIFIER;
    }
    if (r <= 0x7f && GoText.isPrint(r)) {
      return emit(ItemType.CHAR);
    }
    return errorf("unrecognized character in action: " + GoText.formatU(r));
  }

  // Go: lexSpace scans a run of space characters. We have not consumed the first space, which
  // is known to be present. Take care if there is a trim-marked right delimiter.
  private State lexSpace() {
    int numSpaces = 0;
    while (GoText.isSpace(peek())) {
      next();
      numSpaces++;
    }
    // Be careful about a trim-marked closing delimiter, which has a minus after a space.
    if (hasRightTrimMarker(pos - 1) && input.startsWith(rightDelim, pos - 1 + TRIM_MARKER_LEN)) {
      backup(); // Before the space.
      if (numSpaces == 1) {
        return State.RIGHT_DELIM; // On the delim, so go right to that.
      }
    }
    return emit(ItemType.SPACE);
  }

  // Go: lexIdentifier scans an alphanumeric.
  private State lexIdentifier() {
    int r;
    do {
      r = next();
    } while (GoText.isAlphaNumeric(r));
    backup();
    if (!atTerminator()) {
      return errorf("bad character " + GoText.formatU(r));
    }
    ItemType key = ItemType.keyword(input, start, pos);
    if (key != null) {
      // Go lexes break and continue as identifiers when a function of that name exists
      // (breakOK/continueOK); with SkipFuncCheck no function is known, so they are keywords.
      return emit(key);
    }
    if (input.charAt(start) == '.') {
      return emit(ItemType.FIELD);
    }
    if (isWord("true") || isWord("false")) {
      return emit(ItemType.BOOL);
    }
    return emit(ItemType.IDENTIFIER);
  }

  private boolean isWord(String w) {
    return pos - start == w.length() && input.startsWith(w, start);
  }

  // Go: lexVariable scans a Variable: $Alphanumeric. The $ has been scanned.
  private State lexVariable() {
    if (atTerminator()) { // Nothing interesting follows -> "$".
      return emit(ItemType.VARIABLE);
    }
    return lexFieldOrVariable(ItemType.VARIABLE);
  }

  // Go: lexField and lexFieldOrVariable scan a field or variable: [.$]Alphanumeric.
  // The . or $ has been scanned.
  private State lexFieldOrVariable(ItemType typ) {
    if (atTerminator()) { // Nothing interesting follows -> "." or "$".
      if (typ == ItemType.VARIABLE) {
        return emit(ItemType.VARIABLE);
      }
      return emit(ItemType.DOT);
    }
    int r;
    do {
      r = next();
    } while (GoText.isAlphaNumeric(r));
    backup();
    if (!atTerminator()) {
      return errorf("bad character " + GoText.formatU(r));
    }
    return emit(typ);
  }

  // Go: lexChar scans a character constant. The initial quote is already scanned.
  private State lexChar() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != EOF && r != '\n') {
          continue;
        }
        return errorf("unterminated character constant");
      }
      if (r == EOF || r == '\n') {
        return errorf("unterminated character constant");
      }
      if (r == '\'') {
        return emit(ItemType.CHAR_CONSTANT);
      }
    }
  }

  // Go: lexNumber scans a number: decimal, octal, hex, float, or imaginary. It is permissive;
  // the parser (via strconv rules) rejects what is left.
  private State lexNumber() {
    if (!scanNumber()) {
      return errorf("bad number syntax: " + GoText.quote(input.substring(start, pos)));
    }
    int sign = peek();
    if (sign == '+' || sign == '-') {
      // Complex: 1+2i. No spaces, must end in 'i'.
      if (!scanNumber() || input.charAt(pos - 1) != 'i') {
        return errorf("bad number syntax: " + GoText.quote(input.substring(start, pos)));
      }
      return emit(ItemType.COMPLEX);
    }
    return emit(ItemType.NUMBER);
  }

  // Go: scanNumber.
  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      // Note: Leading 0 does not mean octal in floats.
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 10 + 1 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 16 + 6 + 1 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    // Is it imaginary?
    accept("i");
    // Next thing mustn't be alphanumeric.
    if (GoText.isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  // Go: lexQuote scans a quoted string.
  private State lexQuote() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != EOF && r != '\n') {
          continue;
        }
        return errorf("unterminated quoted string");
      }
      if (r == EOF || r == '\n') {
        return errorf("unterminated quoted string");
      }
      if (r == '"') {
        return emit(ItemType.STRING);
      }
    }
  }

  // Go: lexRawQuote scans a raw quoted string.
  private State lexRawQuote() {
    int x = input.indexOf('`', pos);
    if (x < 0) {
      // Go walks rune by rune to EOF; count the newlines it would have counted.
      line += GoText.countNewlines(input, pos, input.length());
      pos = input.length();
      atEOF = true;
      return errorf("unterminated raw quoted string");
    }
    line += GoText.countNewlines(input, pos, x + 1);
    pos = x + 1;
    return emit(ItemType.RAW_STRING);
  }


}
