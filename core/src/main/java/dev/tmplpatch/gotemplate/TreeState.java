// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.util.ArrayList;

/**
 * TreeState is the per-tree part of Go's parse.Tree: three-token look-ahead, declared variables,
 * action line and range depth, plus the error helpers.
 *
 * <p>Go parses each define and block body with a fresh Tree that shares the lexer; their
 * look-ahead buffers are separate, and error lines come from the raising tree's token[0]. Keeping
 * that shape is what makes line numbers match Go.
 */
abstract class TreeState {

  final ParseSession session;
  final String parseName;
  /** The template name as bytes (ISO-8859-1), the key Go's treeSet would use. */
  String nameKey;
  /** The template name for messages. */
  String displayName;
  private final Item[] token = new Item[3];
  private int peekCount;
  // Line and position of token[0] when it was read: Go reports errors at token[0], and a parent
  // tree's token[0] must outlive the recycling of its item while a define/block body is parsed.
  private int line0;
  private int pos0;
  final ArrayList<String> vars = new ArrayList<>(4);
  int actionLine;
  int rangeDepth;

  TreeState(ParseSession session, String nameKey, String displayName) {
    this.session = session;
    this.parseName = session.options.name();
    this.nameKey = nameKey;
    this.displayName = displayName;
    vars.add("$");
  }

  // Go: next returns the next token.
  final Item next() {
    if (peekCount > 0) {
      peekCount--;
    } else {
      read0();
    }
    return token[peekCount];
  }

  // Go: backup backs the input stream up one token.
  final void backup() {
    peekCount++;
  }

  // Go: backup2 backs the input stream up two tokens. The zeroth token is already there.
  final void backup2(Item t1) {
    token[1] = t1;
    peekCount = 2;
  }

  // Go: backup3 backs the input stream up three tokens. The zeroth token is already there.
  final void backup3(Item t2, Item t1) {
    token[1] = t1;
    token[2] = t2;
    peekCount = 3;
  }

  // Go: peek returns but does not consume the next token.
  final Item peek() {
    if (peekCount > 0) {
      return token[peekCount - 1];
    }
    peekCount = 1;
    read0();
    return token[0];
  }

  private void read0() {
    Item t = session.lexer.nextItem();
    token[0] = t;
    line0 = t.line;
    pos0 = t.pos;
  }

  // Go: nextNonSpace returns the next non-space token.
  final Item nextNonSpace() {
    Item t;
    do {
      t = next();
    } while (t.type == ItemType.SPACE);
    return t;
  }

  // Go: peekNonSpace returns but does not consume the next non-space token.
  final Item peekNonSpace() {
    Item t = nextNonSpace();
    backup();
    return t;
  }

  /** errorf builds Go's "template: NAME:LINE: msg" error at the last token read. */
  final TemplateSyntaxException errorf(String message) {
    return session.exception(line0, pos0, message);
  }

  /**
   * errorAt is errorf with the position moved to the start of an action, for errors about a
   * whole {{end}} or {{else}}: Go's token[0] is then that action's right delimiter.
   */
  final TemplateSyntaxException errorAt(int actionIndex, String message) {
    if (actionIndex < 0) {
      return errorf(message);
    }
    return session.exception(line0, session.recorder.start(actionIndex), message);
  }

  /** errorAt is errorf (Go's line) pointing at the given token instead of the last one read. */
  final TemplateSyntaxException errorAt(Item at, String message) {
    return session.exception(line0, at.pos, message);
  }

  /** errorLine is the line Go prints: that of the last token read (token[0]). */
  final int errorLine() {
    return line0;
  }

  // Go: expect consumes the next token and guarantees it has the required type.
  final Item expect(ItemType expected, String context) {
    Item t = nextNonSpace();
    if (t.type != expected) {
      throw unexpected(t, context);
    }
    return t;
  }

  // Go: expectOneOf consumes the next token and guarantees it has one of the required types.
  final Item expectOneOf(ItemType expected1, ItemType expected2, String context) {
    Item t = nextNonSpace();
    if (t.type != expected1 && t.type != expected2) {
      throw unexpected(t, context);
    }
    return t;
  }

  // Go: unexpected complains about the token and terminates processing.
  final TemplateSyntaxException unexpected(Item t, String context) {
    if (t.type == ItemType.ERROR) {
      String extra = "";
      if (actionLine != 0 && actionLine != t.line) {
        extra = " in action started at " + parseName + ":" + actionLine;
        if (t.val().endsWith(" action")) {
          extra = extra.substring(" in action".length()); // avoid "action in action"
        }
      }
      return errorAt(t, t + extra);
    }
    return errorAt(t, "unexpected " + t + " in " + context);
  }

  // Go: useVar checks that a variable reference names a declared variable.
  final void useVar(Item t) {
    String name = t.val();
    for (int i = 0, n = vars.size(); i < n; i++) {
      if (vars.get(i).equals(name)) {
        return;
      }
    }
    throw errorAt(t, "undefined variable " + GoText.quote(name));
  }

  // Go: popVars trims the variable list to the specified length.
  final void popVars(int n) {
    while (vars.size() > n) {
      vars.remove(vars.size() - 1);
    }
  }
}
