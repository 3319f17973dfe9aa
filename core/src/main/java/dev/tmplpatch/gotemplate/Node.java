// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * Node is the light parse-tree node the parser passes around: just enough of Go's node.go to
 * word errors (String() of end/else/literals), judge IsEmptyTree and carry control structures.
 */
final class Node {
  /** Type is Go's NodeType, trimmed to the kinds the parser distinguishes. */
  enum Type { TEXT, ACTION, BOOL, CHAIN, DOT, ELSE, END, FIELD, IDENTIFIER, IF, NIL, NUMBER, PIPE,
    RANGE, STRING, TEMPLATE, VARIABLE, WITH, COMMENT, BREAK, CONTINUE }

  static final Node ACTION = new Node(Type.ACTION, -1, null, null);
  static final Node COMMENT = new Node(Type.COMMENT, -1, null, null);
  static final Node BREAK = new Node(Type.BREAK, -1, null, null);
  static final Node CONTINUE = new Node(Type.CONTINUE, -1, null, null);
  static final Node TEMPLATE = new Node(Type.TEMPLATE, -1, null, null);

  final Type type;
  final int actionIndex;      // ELSE and END: index of their action
  final ControlNode control;  // IF, RANGE, WITH, and TEMPLATE made by block
  final Item text;            // TEXT: the text item

  private Node(Type type, int actionIndex, ControlNode control, Item text) {
    this.type = type;
    this.actionIndex = actionIndex;
    this.control = control;
    this.text = text;
  }

  static Node text(Item item) {
    return new Node(Type.TEXT, -1, null, item);
  }

  static Node marker(Type type, int actionIndex) {
    return new Node(type, actionIndex, null, null);
  }

  static Node control(Type type, ControlNode control) {
    return new Node(type, -1, control, null);
  }

  /** isEmpty is Go's IsEmptyTree for one node of a list: space-only text and comments. */
  boolean isEmpty(String source) {
    if (type == Type.COMMENT) {
      return true;
    }
    if (type != Type.TEXT) {
      return false;
    }
    for (int i = text.pos; i < text.end; ) {
      int r = source.codePointAt(i);
      if (!GoText.isUnicodeSpace(r)) {
        return false;
      }
      i += Character.charCount(r);
    }
    return true;
  }

  /** toString is Go's String() for the nodes that appear in error messages. */
  @Override
  public String toString() {
    switch (type) {
      case END: return "{{end}}";
      case ELSE: return "{{else}}";
      default: return type.name();
    }
  }
}
