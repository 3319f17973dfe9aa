package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.Line;
import dev.tmplpatch.document.LineEnding;
import dev.tmplpatch.document.LineKind;
import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * LineSplice collects line replacements on one document and applies them together: the single
 * place where edits turn into text. It keeps every other byte, gives new lines the document's
 * line ending, keeps a missing final newline missing, refuses insertions whose indentation a
 * neighbouring trim marker would eat, and refuses any result that no longer parses or whose
 * branch projections stop being valid YAML.
 */
final class LineSplice {

  private record Op(int first, int last, List<String> lines, String summary) {}

  private final TemplateDocument doc;
  private final YamlStyle style;
  private final List<Op> ops = new ArrayList<>();

  LineSplice(TemplateDocument doc) {
    this.doc = doc;
    this.style = YamlStyle.of(doc);
  }

  YamlStyle style() {
    return style;
  }

  boolean isEmpty() {
    return ops.isEmpty();
  }

  /** replace puts new lines in place of lines first..last (inclusive). */
  /**
   * endingFor keeps a file's mixed line endings: a replaced line keeps its own ending, a line
   * added to a replacement takes the last replaced line's, an inserted line the line's before it
   * (the template's dominant ending where that line has none).
   */
  private static LineEnding endingFor(Op op, int i, List<Line> lines, LineEnding dominant) {
    int n = op.last() >= op.first() ? Math.min(op.first() + i, op.last()) : op.first() - 1;
    LineEnding e = n >= 1 && n <= lines.size() ? lines.get(n - 1).ending() : LineEnding.NONE;
    return e == LineEnding.NONE ? dominant : e;
  }

  LineSplice replace(int first, int last, List<String> lines, String summary) {
    for (int n = first; n <= last; n++) {
      Line l = doc.line(n);
      if (l.kind() == LineKind.CONTINUATION) {
        throw refuse(n, Text.of("edit.refuse.continuation", n));
      }
      for (int a : l.actions()) {
        Delimited d = doc.actions().get(a);
        if (isControl(d)) {
          throw refuse(n, Text.of("edit.refuse.directive", n, doc.actionText(d)));
        }
        if (d.end() > l.end()) {
          throw refuse(n, Text.of("edit.refuse.multiline-action", n));
        }
      }
    }
    ops.add(new Op(first, last, List.copyOf(lines), summary));
    return this;
  }

  /** insertAfter puts new lines after the given line (0: before the first line). */
  LineSplice insertAfter(int line, List<String> lines, String summary) {
    int pos = line == 0 ? 0 : doc.line(line).end();
    checkTrimSafe(line, pos);
    ops.add(new Op(line + 1, line, List.copyOf(lines), summary));
    return this;
  }

  /**
   * checkTrimSafe refuses an insertion at pos that a trim marker before it would eat, or that
   * falls inside an action. Actions are sorted and do not overlap, so only the last one starting
   * before pos can hold pos, and a trim marker can reach pos only across blanks: walking back from
   * that action, the first one with text between its end and pos ends the search (every earlier
   * one has that text between it and pos too). This keeps the check constant per insertion
   * instead of linear in the template's actions.
   */
  private void checkTrimSafe(int line, int pos) {
    String text = doc.text();
    List<Delimited> actions = doc.actions();
    int lo = 0;
    int hi = actions.size();
    while (lo < hi) { // the first action starting at or after pos
      int mid = (lo + hi) >>> 1;
      if (actions.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      Delimited d = actions.get(i);
      if (d.end() > pos) {
        throw refuse(line, Text.of("edit.refuse.inside-action", doc.actionText(d)));
      }
      if (!blank(text, d.end(), pos)) {
        break;
      }
      if (d.trimRight()) {
        throw refuse(line, Text.of("edit.refuse.trim", doc.actionText(d), line));
      }
    }
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(Delimited d) {
    return switch (d.kind()) {
      case IF, ELSE, END, RANGE, WITH, DEFINE, BLOCK, BREAK, CONTINUE -> true;
      default -> false;
    };
  }

  private EditException refuse(int line, Text why) {
    return new EditException(doc.name(), line, 0, Text.of("edit.refuse", why), Text.of("edit.refuse.hint"));
  }

  /** apply builds the new document and the result; findings are passed through. */
  EditResult apply(List<Diagnostic> findings) {
    if (ops.isEmpty()) {
      return EditResult.unchanged(doc, findings);
    }
    List<Op> sorted = new ArrayList<>(ops);
    sorted.sort(Comparator.comparingInt(Op::first).thenComparingInt(Op::last));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).first() <= sorted.get(i - 1).last()) {
        throw new IllegalStateException("overlapping edits at line " + sorted.get(i).first() + ": "
            + sorted.get(i - 1).summary() + " / " + sorted.get(i).summary());
      }
    }
    String text = doc.text();
    List<Line> lines = doc.lines();
    LineEnding nl = style.ending();
    StringBuilder out = new StringBuilder(text.length() + 256);
    int next = 1; // next original line to copy
    for (Op op : sorted) {
      for (; next < op.first(); next++) {
        appendLine(out, lines.get(next - 1), text);
      }
      boolean atEnd = op.last() >= lines.size();
      boolean lastHadNoEnding = atEnd && lines.get(lines.size() - 1).ending() == LineEnding.NONE;
      if (op.last() < op.first() && op.first() > 1 && out.length() > 0 && !endsWithNewline(out)) {
        out.append(nl.text()); // the line before an insertion at the very end gains an ending
      }
      for (int i = 0; i < op.lines().size(); i++) {
        out.append(op.lines().get(i));
        boolean last = i == op.lines().size() - 1;
        out.append(last && lastHadNoEnding ? "" : endingFor(op, i, lines, nl).text());
      }
      if (op.lines().isEmpty() && lastHadNoEnding && endsWithNewline(out)) {
        out.setLength(out.length() - (out.charAt(out.length() - 2 < 0 ? 0 : out.length() - 2) == '\r' ? 2 : 1));
      }
      next = Math.max(next, op.last() + 1);
    }
    for (; next <= lines.size(); next++) {
      appendLine(out, lines.get(next - 1), text);
    }
    TemplateDocument result;
    try {
      result = doc.withText(out.toString());
    } catch (TemplateSyntaxException e) {
      throw new IllegalStateException("edit broke the template: " + e.getMessage(), e);
    }
    return new EditResult(doc, result, findings);
  }

  /**
   * checkProjections refuses a result whose branches render invalid YAML the input did not
   * ({@link Recipe#apply} runs it once on a recipe's result).
   */
  static void checkProjections(TemplateDocument doc, TemplateDocument result) {
    for (java.util.Optional<Projection.YamlProblem> problem : result.coveringProblems()) {
      if (problem.isPresent()) {
        boolean before = doc.coveringProblems().stream().anyMatch(java.util.Optional::isPresent);
        if (!before) {
          Projection.YamlProblem y = problem.get();
          throw new EditException(doc.name(), y.line(), y.column(),
              Text.of("edit.refuse", Text.of("edit.refuse.invalid-yaml", y.message())), Text.of("edit.refuse.bug"));
        }
        return;
      }
    }
  }

  private static boolean endsWithNewline(StringBuilder out) {
    return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
  }

  private static void appendLine(StringBuilder out, Line l, String text) {
    out.append(text, l.start(), l.end());
  }
}
