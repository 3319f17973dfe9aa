package dev.tmplpatch.edit;

import dev.tmplpatch.document.LineEnding;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;

/**
 * YamlStyle is how a template writes its YAML, so that inserted lines look like their
 * neighbours: the indentation step, whether {@code - } items sit flush under their key or
 * indented, and the line ending.
 *
 * @param indent spaces per nesting level (2 or 4 in practice)
 * @param flushItems whether sequence items start at their key's column
 * @param ending the ending new lines get
 */
public record YamlStyle(int indent, boolean flushItems, LineEnding ending) {

  /** of reads the style off a document: the most common step, the most common item placement. */
  public static YamlStyle of(TemplateDocument doc) {
    YamlOutline outline = doc.outline();
    int[] steps = new int[9];
    int flush = 0;
    int indented = 0;
    for (Entry e : outline.entries()) {
      if (e.parent() == 0 || (e.role() != Role.KEY && e.role() != Role.ITEM)) {
        continue;
      }
      Entry p = outline.entry(e.parent());
      if (p.role() != Role.KEY && p.role() != Role.ITEM) {
        continue;
      }
      int parentColumn = p.role() == Role.ITEM ? p.keyColumn() : p.column();
      if (e.role() == Role.ITEM && p.role() == Role.KEY && p.line().number() != e.line().number()) {
        if (e.column() == p.column()) {
          flush++;
        } else {
          indented++;
        }
      } else if (e.role() == Role.KEY && p.role() == Role.KEY && e.column() > parentColumn) {
        int step = e.column() - parentColumn;
        if (step < steps.length) {
          steps[step]++;
        }
      }
    }
    int best = 2;
    for (int s = 1; s < steps.length; s++) {
      if (steps[s] > steps[best]) {
        best = s;
      }
    }
    return new YamlStyle(best, flush >= indented, doc.dominantEnding());
  }

  /** itemColumn returns the column of a sequence item under a key at the given column. */
  public int itemColumn(int keyColumn) {
    return flushItems ? keyColumn : keyColumn + indent;
  }
}
