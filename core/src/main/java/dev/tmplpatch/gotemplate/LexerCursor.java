// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * LexerCursor is the scanner state and Go's small primitives over it: next, peek, backup,
 * accept, emit, ignore, errorf and the delimiter and terminator tests the states share.
 */
abstract class LexerCursor {
  static final int EOF = -1;
  /** trimMarkerLen is the marker plus the one space before or after it. */
  static final int TRIM_MARKER_LEN = 2;
  /** RING_SIZE is how many recycled items exist; see {@link Item}. A power of two. */
  private static final int RING_SIZE = 32;

  final String source;
  String input;        // the string being scanned; emptied by errorf, as in Go
  final String leftDelim;
  final String rightDelim;
  int pos;             // current position in the input
  int start;           // start position of this item
  boolean atEOF;       // we have hit the end of input and returned eof
  int parenDepth;      // nesting depth of ( ) exprs
  int line = 1;        // 1+number of newlines seen
  int startLine = 1;   // start line of this item
  Item item;           // item to return to parser
  boolean insideAction;
  private final Item[] ring = new Item[RING_SIZE];
  private int ringNext;

  // Facts about the delimiters just scanned, read by the recorder right after emission.
  int delimStart;
  int delimLine;
  boolean delimTrim;
  int commentEnd;
  boolean commentTrimRight;

  LexerCursor(String input, String leftDelim, String rightDelim) {
    this.source = input;
    this.input = input;
    this.leftDelim = leftDelim.isEmpty() ? ParseOptions.DEFAULT_LEFT : leftDelim;
    this.rightDelim = rightDelim.isEmpty() ? ParseOptions.DEFAULT_RIGHT : rightDelim;
  }

  /** line returns the current line, for reports about a parse that had to give up. */
  final int line() {
    return line;
  }

  // next returns the next rune in the input.
  final int next() {
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
  final int peek() {
    int r = next();
    backup();
    return r;
  }

  // backup steps back one rune.
  final void backup() {
    if (!atEOF && pos > 0) {
      int r = input.codePointBefore(pos);
      pos -= Character.charCount(r);
      if (r == '\n') {
        line--;
      }
    }
  }

  // thisItem returns the item at the current input point with the specified type and advances.
  final Item thisItem(ItemType t) {
    Item i = ring[ringNext];
    if (i == null) {
      i = new Item();
      ring[ringNext] = i;
    }
    ringNext = (ringNext + 1) & (RING_SIZE - 1);
    i.set(t, start, pos, startLine, source);
    start = pos;
    startLine = line;
    return i;
  }

  // emit passes the trailing text as an item back to the parser.
  final Lexer.State emit(ItemType t) {
    return emitItem(thisItem(t));
  }

  final Lexer.State emitItem(Item i) {
    item = i;
    return null;
  }

  // ignore skips over the pending input before this point, counting its newlines.
  final void ignore() {
    line += GoText.countNewlines(input, start, pos);
    start = pos;
    startLine = line;
  }

  // accept consumes the next rune if it's from the valid set.
  final boolean accept(String valid) {
    int r = next();
    if (r >= 0 && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  // acceptRun consumes a run of runes from the valid set.
  final void acceptRun(String valid) {
    int r = next();
    while (r >= 0 && valid.indexOf(r) >= 0) {
      r = next();
    }
    backup();
  }

  // errorf returns an error token and terminates the scan.
  final Lexer.State errorf(String message) {
    item = Item.error(start, startLine, message);
    start = 0;
    pos = 0;
    input = "";
    return null;
  }

  // Go: rightTrimLength returns the length of the spaces at the end of the string.
  final int rightTrimLength(int from, int to) {
    int i = to;
    while (i > from && GoText.isSpace(input.charAt(i - 1))) {
      i--;
    }
    return to - i;
  }

  // Go: atRightDelim reports whether the lexer is at a right delimiter, possibly preceded by a
  // trim marker. Returns 0 (no), 1 (plain), 2 (with trim marker).
  final int atRightDelim() {
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
  final int leftTrimLength(int from) {
    int i = from;
    while (i < input.length() && GoText.isSpace(input.charAt(i))) {
      i++;
    }
    return i - from;
  }

  // Go: atTerminator reports whether the input is at valid termination character to appear
  // after an identifier. Breaks .X.Y into two pieces.
  final boolean atTerminator() {
    int r = peek();
    if (GoText.isSpace(r)) {
      return true;
    }
    switch (r) {
      case EOF: case '.': case ',': case '|': case ':': case ')': case '(':
        return true;
      default:
        return r == rightDelim.charAt(0) && input.startsWith(rightDelim, pos);
    }
  }

  // Go: hasLeftTrimMarker reports whether s[at:] starts with "-" and one ASCII space.
  final boolean hasLeftTrimMarker(int at) {
    return at + 1 < input.length() && input.charAt(at) == '-'
        && GoText.isSpace(input.charAt(at + 1));
  }

  // Go: hasRightTrimMarker reports whether s[at:] starts with one ASCII space and "-".
  final boolean hasRightTrimMarker(int at) {
    return at >= 0 && at + 1 < input.length() && GoText.isSpace(input.charAt(at))
        && input.charAt(at + 1) == '-';
  }
}
