// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * Lexer is Go's text/template scanner: a set of state functions over next/peek/backup.
 *
 * <p>Each state is a method returning the next {@link State}, or null once {@link #item} holds
 * the token to hand to the parser (Go: stateFn returning nil). Positions are char indexes; Go's
 * runes are code points. Newlines are counted with '\n' only.
 */
final class Lexer {
  private static final int EOF = -1;
  private static final String LEFT_COMMENT = "/*";
  private static final String RIGHT_COMMENT = "*/";
  /** trimMarkerLen is the marker plus the one space before or after it. */
  private static final int TRIM_MARKER_LEN = 2;

  /** State names one of Go's state functions. */
  enum State { TEXT, LEFT_DELIM, COMMENT, RIGHT_DELIM, INSIDE_ACTION, SPACE, IDENTIFIER, FIELD,
    VARIABLE, CHAR, NUMBER, QUOTE, RAW_QUOTE }

  private final String source;
  private String input;        // the string being scanned; emptied by errorf, as in Go
  private final String leftDelim;
  private final String rightDelim;
  private final boolean breakOK;
  private final boolean continueOK;
  private final ActionRecorder recorder;
  private int pos;             // current position in the input
  private int start;           // start position of this item
  private boolean atEOF;       // we have hit the end of input and returned eof
  private int parenDepth;      // nesting depth of ( ) exprs
  private int line = 1;        // 1+number of newlines seen
  private int startLine = 1;   // start line of this item
  private Item item;           // item to return to parser
  private boolean insideAction;

  // Facts about the delimiters just scanned, read by the recorder right after emission.
  int delimStart;
  int delimLine;
  boolean delimTrim;
  int commentEnd;
  boolean commentTrimRight;

  Lexer(String input, String leftDelim, String rightDelim, ActionRecorder recorder) {
    this.source = input;
    this.input = input;
    this.leftDelim = leftDelim.isEmpty() ? ParseOptions.DEFAULT_LEFT : leftDelim;
    this.rightDelim = rightDelim.isEmpty() ? ParseOptions.DEFAULT_RIGHT : rightDelim;
    this.breakOK = true;   // no function named "break" exists in SkipFuncCheck mode
    this.continueOK = true;
    this.recorder = recorder;
  }

  /** line returns the current line, for reports about a parse that had to give up. */
  int line() {
    return line;
  }

  // next returns the next rune in the input.
  private int next() {
    if (pos >= input.length()) {
      atEOF = true;
      return EOF;
    }
    int r = input.codePointAt(pos);
    pos += Character.charCount(r);
    if (r == '\n') {
      line++;
    }
    return r;
  }

  // peek returns but does not consume the next rune in the input.
  private int peek() {
    int r = next();
    backup();
    return r;
  }

  // backup steps back one rune.
  private void backup() {
    if (!atEOF && pos > 0) {
      int r = input.codePointBefore(pos);
      pos -= Character.charCount(r);
      if (r == '\n') {
        line--;
      }
    }
  }

  // thisItem returns the item at the current input point with the specified type and advances.
  private Item thisItem(ItemType t) {
    Item i = new Item(t, start, pos, startLine, source);
    start = pos;
    startLine = line;
    return i;
  }

  // emit passes the trailing text as an item back to the parser.
  private State emit(ItemType t) {
    return emitItem(thisItem(t));
  }

  private State emitItem(Item i) {
    item = i;
    return null;
  }

  // ignore skips over the pending input before this point, counting its newlines.
  private void ignore() {
    line += GoText.countNewlines(input, start, pos);
    start = pos;
    startLine = line;
  }

  // accept consumes the next rune if it's from the valid set.
  private boolean accept(String valid) {
    int r = next();
    if (r >= 0 && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  // acceptRun consumes a run of runes from the valid set.
  private void acceptRun(String valid) {
    int r = next();
    while (r >= 0 && valid.indexOf(r) >= 0) {
      r = next();
    }
    backup();
  }

  // errorf returns an error token and terminates the scan.
  private State errorf(String message) {
    item = Item.error(start, startLine, message);
    start = 0;
    pos = 0;
    input = "";
    return null;
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

  // Go: rightTrimLength returns the length of the spaces at the end of the string.
  private int rightTrimLength(int from, int to) {
    int i = to;
    while (i > from && GoText.isSpace(input.charAt(i - 1))) {
      i--;
    }
    return to - i;
  }

  // Go: atRightDelim reports whether the lexer is at a right delimiter, possibly preceded by a
  // trim marker. Returns 0 (no), 1 (plain), 2 (with trim marker).
  private int atRightDelim() {
    if (pos >= input.length()) {
      return 0;
    }
    char c = input.charAt(pos);
    if (c != rightDelim.charAt(0) && !GoText.isSpace(c)) {
      return 0; // fast path: neither the delimiter nor a trim marker starts here
    }
    if (hasRightTrimMarker(pos) && input.startsWith(rightDelim, pos + TRIM_MARKER_LEN)) {
      return 2;
    }
    return input.startsWith(rightDelim, pos) ? 1 : 0;
  }

  // Go: leftTrimLength returns the length of the spaces at the beginning of the string.
  private int leftTrimLength(int from) {
    int i = from;
    while (i < input.length() && GoText.isSpace(input.charAt(i))) {
      i++;
    }
    return i - from;
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
      if (key == ItemType.BREAK && !breakOK || key == ItemType.CONTINUE && !continueOK) {
        return emit(ItemType.IDENTIFIER);
      }
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

  // Go: atTerminator reports whether the input is at valid termination character to appear
  // after an identifier. Breaks .X.Y into two pieces.
  private boolean atTerminator() {
    int r = peek();
    if (GoText.isSpace(r)) {
      return true;
    }
    switch (r) {
      case EOF: case '.': case ',': case '|': case ':': case ')': case '(':
        return true;
      default:
        return input.startsWith(rightDelim, pos);
    }
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

  // Go: hasLeftTrimMarker reports whether s[at:] starts with "-" and one ASCII space.
  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < input.length() && input.charAt(at) == '-'
        && GoText.isSpace(input.charAt(at + 1));
  }

  // Go: hasRightTrimMarker reports whether s[at:] starts with one ASCII space and "-".
  private boolean hasRightTrimMarker(int at) {
    return at >= 0 && at + 1 < input.length() && GoText.isSpace(input.charAt(at))
        && input.charAt(at + 1) == '-';
  }
}
