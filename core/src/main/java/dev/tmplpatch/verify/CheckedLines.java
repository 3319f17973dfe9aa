package dev.tmplpatch.verify;

import dev.tmplpatch.document.Line;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Delimited;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * CheckedLines finds, from the text alone, the lines a promise is about: lines that name a pod or
 * container securityContext field, a container the promise names, a sysctl or capability it names,
 * or a document boundary, and the nested lines of each securityContext, sysctls, capabilities or
 * named container item (by indentation). It shares nothing with the edits' target finding, so a
 * branch the edits overlooked still gets projected.
 */
final class CheckedLines {

  private static final List<String> WORDS = List.of("securityContext", "sysctls", "capabilities",
      "runAsUser", "runAsGroup", "runAsNonRoot", "containers:", "initContainers:", "add:", "drop:", "---", "kind:",
      "template:", "jobTemplate:");
  private static final List<String> BLOCKS = List.of("securityContext:", "sysctls:", "capabilities:");

  private CheckedLines() {}

  static BitSet of(TemplateDocument doc, Promise promise) {
    List<String> words = new ArrayList<>(WORDS);
    for (Promise.Clause c : promise.clauses()) {
      if (c instanceof Promise.NoPodSysctl s) {
        words.add(s.sysctl());
      } else if (c instanceof Promise.ContainerAdds a) {
        words.addAll(a.capabilities());
      }
    }
    List<String> containers = promise.containers();
    BitSet out = new BitSet();
    List<Line> lines = doc.lines();
    String masked = withoutActions(doc);
    for (Line line : lines) {
      String text = doc.content(line);
      String plain = masked.substring(line.start(), line.start() + text.length());
      boolean hit = false;
      for (String w : words) {
        if (text.contains(w)) {
          hit = true;
          break;
        }
      }
      boolean namedItem = false;
      for (String c : containers) {
        if (isNamedItem(plain, c)) {
          namedItem = true;
        }
      }
      if (!hit && !namedItem) {
        continue;
      }
      out.set(line.number());
      boolean block = false;
      for (String b : BLOCKS) {
        if (plain.strip().startsWith(b) || plain.strip().startsWith("- " + b)) {
          block = true;
        }
      }
      if (block) {
        int indent = indent(plain);
        for (int n = line.number() + 1; n <= lines.size(); n++) {
          Line l = lines.get(n - 1);
          String next = masked.substring(l.start(), l.start() + doc.content(l).length());
          if (!next.isBlank() && indent(next) <= indent && !next.strip().startsWith("#")) {
            break;
          }
          out.set(n);
        }
      }
    }
    return out;
  }

  /** isNamedItem reports whether a line is {@code - name: NAME} (quoted or not, a comment after it). */
  static boolean isNamedItem(String line, String name) {
    String s = line.strip();
    if (!s.startsWith("-") || !s.contains(name)) {
      return false;
    }
    s = s.substring(1).strip();
    if (!s.startsWith("name:")) {
      return false;
    }
    s = s.substring(5).strip();
    int hash = s.indexOf(" #");
    if (hash >= 0) {
      s = s.substring(0, hash).strip();
    }
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      s = s.substring(1, s.length() - 1);
    }
    return s.equals(name);
  }

  private static int indent(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** withoutActions blanks every action of the text, so that only the YAML text is left. */
  private static String withoutActions(TemplateDocument doc) {
    StringBuilder sb = new StringBuilder(doc.text());
    for (Delimited d : doc.actions()) {
      for (int i = d.start(); i < d.end(); i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }
}
