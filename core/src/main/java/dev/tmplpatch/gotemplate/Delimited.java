package dev.tmplpatch.gotemplate;

import java.util.Locale;

/**
 * Delimited is one action or comment of the source, delimiters and trim markers included.
 *
 * <p>{@code start} is the char index of the left delimiter, {@code end} the exclusive index after
 * the right delimiter; {@code line} (1-based, counted by '\n') and {@code column} (1-based, in
 * code points) locate {@code start}. {@code detail} is "else if" or "else with" for an ELSE that
 * continues a chain, otherwise "".
 */
public record Delimited(Kind kind, String detail, int start, int end, int line, int column,
    boolean trimLeft, boolean trimRight) {

  /** Kind is the keyword an action starts with, or COMMENT / ACTION. */
  public enum Kind { IF, ELSE, END, RANGE, WITH, DEFINE, BLOCK, TEMPLATE, BREAK, CONTINUE, COMMENT, ACTION }

  /** keyword returns the lower-case kind name used in JSON: "if", "else", ..., "comment", "action". */
  public String keyword() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
