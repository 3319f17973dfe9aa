package dev.tmplpatch.upgrade;

import java.util.List;

/**
 * Conflict is a place where the customised template and the new release both changed the same
 * lines of the old release differently. Line numbers are 1-based; a side that only inserted has
 * no lines and its number is the line the insertion comes before.
 */
public record Conflict(
    int baseLine, List<String> base, int oursLine, List<String> ours, int theirsLine, List<String> theirs) {

  public Conflict {
    base = List.copyOf(base);
    ours = List.copyOf(ours);
    theirs = List.copyOf(theirs);
  }

  /**
   * describe prints where the conflict is and both sides, each line prefixed with two spaces;
   * the names say what ours, base and theirs are.
   */
  public String describe(String oursName, String baseName, String theirsName) {
    StringBuilder b = new StringBuilder();
    b.append(oursName).append(':').append(oursLine).append(": ")
        .append(theirsName).append(" changed the same lines (").append(baseName).append(" line ")
        .append(range(baseLine, base.size())).append(")\n");
    section(b, "  " + oursName + " (yours):", ours);
    section(b, "  " + baseName + " (before):", base);
    section(b, "  " + theirsName + " (upstream):", theirs);
    return b.toString();
  }

  private static String range(int line, int count) {
    if (count == 0) {
      return "before " + line;
    }
    return count == 1 ? String.valueOf(line) : line + "-" + (line + count - 1);
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    b.append(title).append(lines.isEmpty() ? " (nothing)\n" : "\n");
    for (String l : lines) {
      b.append("    | ").append(stripEnding(l)).append('\n');
    }
  }

  static String stripEnding(String line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && line.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return line.substring(0, end);
  }
}
