// Ported from Go's text/template/parse (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

/**
 * Item is a token or text string returned from the scanner; Go: item.
 *
 * <p>Go passes items by value; here the lexer recycles a small ring of Item objects instead, so
 * lexing allocates nothing per token. The parser never holds more than a handful of items at once
 * (its three-token look-ahead plus a few locals), far fewer than the ring size. The value is
 * sliced from the input only when asked for. {@code pos} is a char index (Go: byte offset).
 */
final class Item {
  ItemType type;
  int pos;
  int end;
  int line;
  private String input;
  private String val;
  /** Index into the recorded actions for LEFT_DELIM and COMMENT items, else -1. */
  int actionIndex = -1;

  Item set(ItemType type, int pos, int end, int line, String input) {
    this.type = type;
    this.pos = pos;
    this.end = end;
    this.line = line;
    this.input = input;
    this.val = null;
    this.actionIndex = -1;
    return this;
  }

  static Item error(int pos, int line, String message) {
    Item i = new Item().set(ItemType.ERROR, pos, pos, line, null);
    i.val = message;
    return i;
  }

  /** val returns the text of the item (the message for ERROR). */
  String val() {
    String v = val;
    if (v == null) {
      v = input.substring(pos, end);
      val = v;
    }
    return v;
  }

  /** valEquals compares the value without slicing it. */
  boolean valEquals(String s) {
    if (val != null) {
      return val.equals(s);
    }
    return end - pos == s.length() && input.startsWith(s, pos);
  }

  /** toString prints the item the way Go's item.String does inside error messages. */
  @Override
  public String toString() {
    switch (type) {
      case EOF:
        return "EOF";
      case ERROR:
        return val();
      default:
        break;
    }
    if (type.isKeyword()) {
      return "<" + val() + ">";
    }
    String v = val();
    if (GoText.utf8Length(v) > 10) {
      return GoText.quote(GoText.truncateRunes(v, 10)) + "...";
    }
    return GoText.quote(v);
  }
}
