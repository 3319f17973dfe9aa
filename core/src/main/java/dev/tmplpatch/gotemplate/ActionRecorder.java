package dev.tmplpatch.gotemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * ActionRecorder watches the token stream and remembers every action and comment span.
 *
 * <p>It lives beside the lexer rather than in the parser because define and block bodies are
 * parsed by separate trees with their own look-ahead, while the lexer sees each token exactly
 * once and in source order. Storage is a few int arrays; records are made once at the end.
 */
final class ActionRecorder {
  private static final Delimited.Kind[] KINDS = Delimited.Kind.values();
  private static final int NONE = 0;
  private static final int AWAIT_KEYWORD = 1;
  private static final int AWAIT_ELSE_DETAIL = 2;
  private static final int DETAIL_ELSE_IF = 1;
  private static final int DETAIL_ELSE_WITH = 2;

  private int count;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] lines = new int[64];
  private byte[] kinds = new byte[64];
  private byte[] flags = new byte[64]; // bit 0 trimLeft, bit 1 trimRight, bits 2-3 detail
  private int state = NONE;
  private boolean inAction;

  /** observe notes what the item tells about the current action. */
  void observe(Item item, Lexer lexer) {
    if (inAction) {
      item.actionIndex = count - 1; // the parser reads facts of the action off its items
    }
    switch (item.type) {
      case LEFT_DELIM:
        item.actionIndex = open(lexer.delimStart, lexer.delimLine, Delimited.Kind.ACTION,
            lexer.delimTrim);
        state = AWAIT_KEYWORD;
        inAction = true;
        return;
      case COMMENT:
        int i = open(lexer.delimStart, lexer.delimLine, Delimited.Kind.COMMENT, lexer.delimTrim);
        item.actionIndex = i;
        ends[i] = lexer.commentEnd;
        if (lexer.commentTrimRight) {
          flags[i] |= 2;
        }
        state = NONE;
        return;
      case RIGHT_DELIM:
        inAction = false;
        ends[count - 1] = item.end;
        if (lexer.delimTrim) {
          flags[count - 1] |= 2;
        }
        state = NONE;
        return;
      case SPACE:
        return;
      default:
        break;
    }
    if (state == AWAIT_KEYWORD) {
      Delimited.Kind k = kindOf(item.type);
      kinds[count - 1] = (byte) k.ordinal();
      state = k == Delimited.Kind.ELSE ? AWAIT_ELSE_DETAIL : NONE;
    } else if (state == AWAIT_ELSE_DETAIL) {
      if (item.type == ItemType.IF) {
        flags[count - 1] |= DETAIL_ELSE_IF << 2;
      } else if (item.type == ItemType.WITH) {
        flags[count - 1] |= DETAIL_ELSE_WITH << 2;
      }
      state = NONE;
    }
  }

  private static Delimited.Kind kindOf(ItemType t) {
    switch (t) {
      case IF: return Delimited.Kind.IF;
      case ELSE: return Delimited.Kind.ELSE;
      case END: return Delimited.Kind.END;
      case RANGE: return Delimited.Kind.RANGE;
      case WITH: return Delimited.Kind.WITH;
      case DEFINE: return Delimited.Kind.DEFINE;
      case BLOCK: return Delimited.Kind.BLOCK;
      case TEMPLATE: return Delimited.Kind.TEMPLATE;
      case BREAK: return Delimited.Kind.BREAK;
      case CONTINUE: return Delimited.Kind.CONTINUE;
      default: return Delimited.Kind.ACTION;
    }
  }

  private int open(int start, int line, Delimited.Kind kind, boolean trimLeft) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      lines = Arrays.copyOf(lines, n);
      kinds = Arrays.copyOf(kinds, n);
      flags = Arrays.copyOf(flags, n);
    }
    int i = count++;
    starts[i] = start;
    ends[i] = start;
    lines[i] = line;
    kinds[i] = (byte) kind.ordinal();
    flags[i] = (byte) (trimLeft ? 1 : 0);
    return i;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** toList makes the records, computing code-point columns in one pass over the source. */
  List<Delimited> toList(String source) {
    List<Delimited> out = new ArrayList<>(count);
    int lineStart = 0;
    int nextNewline = source.indexOf('\n');
    int prevStart = 0;
    int column = 1;
    for (int i = 0; i < count; i++) {
      int s = starts[i];
      boolean newLine = false;
      while (nextNewline >= 0 && nextNewline < s) {
        lineStart = nextNewline + 1;
        nextNewline = source.indexOf('\n', lineStart);
        newLine = true;
      }
      // codePointCount is O(1) for Latin-1 strings; on one line we only count the new part.
      column = newLine || i == 0 ? 1 + source.codePointCount(lineStart, s)
          : column + source.codePointCount(prevStart, s);
      prevStart = s;
      int detail = flags[i] >> 2;
      String d = detail == DETAIL_ELSE_IF ? "else if" : detail == DETAIL_ELSE_WITH ? "else with" : "";
      out.add(new Delimited(KINDS[kinds[i]], d, s, ends[i], lines[i], column, (flags[i] & 1) != 0,
          (flags[i] & 2) != 0));
    }
    return Collections.unmodifiableList(out);
  }
}
