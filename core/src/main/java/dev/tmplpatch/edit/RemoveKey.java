package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** RemoveKey removes a mapping key and everything under it, in every branch that has it. */
public final class RemoveKey implements Edit {

  private final YamlPath path;

  private RemoveKey(YamlPath path) {
    this.path = path;
  }

  /** at removes the key at path. */
  public static RemoveKey at(String path) {
    YamlPath p = YamlPath.parse(path);
    if (!(p.last() instanceof YamlPath.Key)) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("remove-key removes a key, not a list item: " + path);
    }
    return new RemoveKey(p);
  }

  @Override
  public String name() {
    return "remove-key";
  }

  @Override
  public String description() {
    return "remove " + path;
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    for (Entry k : PathTargets.nodes(doc, path)) {
      if (k.role() != Role.KEY) {
        throw new EditException(doc.name(), k.line().number(), k.column() + 1,
            Text.of("edit.remove.first-key", path, doc.content(k.line()).strip()), Text.of("edit.remove.first-key.hint"));
      }
      splice.replace(k.line().number(), o.extent(k.line().number()), List.of(), "remove " + path);
    }
    List<Diagnostic> findings = new ArrayList<>();
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0, Text.of("edit.remove.already", path),
          PathTargets.closest(o, path)));
    }
    return splice.apply(findings);
  }
}
