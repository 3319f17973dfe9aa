package dev.tmplpatch.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PatchApplier applies a unified diff strictly: every context and removed line must match. */
final class PatchApplier {
  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  private PatchApplier() {}

  static String apply(String oldText, String diff) {
    if (diff.isEmpty()) {
      return oldText;
    }
    List<String> old = UnifiedDiff.lines(oldText);
    List<String> diffLines = UnifiedDiff.lines(diff);
    List<String> out = new ArrayList<>();
    int next = 0;
    int i = 2;
    if (!diffLines.get(0).startsWith("--- ") || !diffLines.get(1).startsWith("+++ ")) {
      throw new IllegalStateException("missing headers");
    }
    while (i < diffLines.size()) {
      Matcher m = HUNK.matcher(diffLines.get(i));
      if (!m.lookingAt()) {
        throw new IllegalStateException("expected a hunk header at diff line " + (i + 1));
      }
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      int oldStart = Integer.parseInt(m.group(1)) - (oldCount == 0 ? 0 : 1);
      if (oldStart < next) {
        throw new IllegalStateException("hunks overlap or go backwards");
      }
      out.addAll(old.subList(next, oldStart));
      next = oldStart;
      i++;
      int seenOld = 0;
      int seenNew = 0;
      while (i < diffLines.size() && !diffLines.get(i).startsWith("@@")) {
        String line = diffLines.get(i).substring(1);
        if (i + 1 < diffLines.size() && diffLines.get(i + 1).equals("\\ No newline at end of file\n")) {
          line = line.substring(0, line.length() - 1);
          i++;
        }
        char kind = diffLines.get(i).charAt(0) == '\\' ? diffLines.get(i - 1).charAt(0) : diffLines.get(i).charAt(0);
        if (kind == ' ' || kind == '-') {
          if (next >= old.size() || !old.get(next).equals(line)) {
            throw new IllegalStateException("line " + (next + 1) + " does not match " + line);
          }
          next++;
          seenOld++;
        }
        if (kind == ' ' || kind == '+') {
          out.add(line);
          seenNew++;
        }
        i++;
      }
      if (seenOld != oldCount || seenNew != newCount) {
        throw new IllegalStateException("hunk counts do not match its header");
      }
    }
    out.addAll(old.subList(next, old.size()));
    return String.join("", out);
  }
}
