package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.k8s.DidYouMean;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import java.util.ArrayList;
import java.util.List;

/** PathTargets finds the nodes a path-based primitive edits, with a did-you-mean when absent. */
final class PathTargets {

  private PathTargets() {}

  /** nodes returns the KEY or ITEM entries the path selects (one per branch that has it). */
  static List<Entry> nodes(TemplateDocument doc, YamlPath path) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : doc.outline().find(path)) {
      if (e.role() == Role.KEY || e.role() == Role.ITEM) {
        out.add(e);
      }
    }
    return out;
  }

  /** required returns the nodes or refuses, naming the closest path the template has. */
  static List<Entry> required(TemplateDocument doc, YamlPath path) {
    List<Entry> found = nodes(doc, path);
    if (found.isEmpty()) {
      throw new EditException(doc.name(), 0, 0, Text.of("edit.path.missing", path), closest(doc.outline(), path));
    }
    return found;
  }

  static Text closest(YamlOutline o, YamlPath path) {
    // A path is long, so the nearest one helps even when it is not close.
    return DidYouMean.nearest(path.toString(), o.paths(e -> true))
        .map(p -> Text.of("edit.path.closest", p))
        .orElse(Text.of("edit.path.no-keys"));
  }
}
