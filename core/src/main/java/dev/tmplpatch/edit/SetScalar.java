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

/**
 * SetScalar sets the value of a mapping key to a scalar in every branch that has the key, or
 * adds the key to its parent mapping where it is missing. The value is written by
 * snakeyaml-engine; a key whose value spans lines (a mapping, a list) is replaced whole.
 */
public final class SetScalar implements Edit {

  private final YamlPath path;
  private final Object value;

  private SetScalar(YamlPath path, Object value) {
    this.path = path;
    this.value = value;
  }

  /** at sets the key at path to value (a String, Number or Boolean). */
  public static SetScalar at(String path, Object value) {
    YamlPath p = YamlPath.parse(path);
    if (!(p.last() instanceof YamlPath.Key)) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("a scalar is set at a key, not at a list item: " + path);
    }
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      // A programming error too: English, listed.
      throw new IllegalArgumentException("a scalar is a string, number or boolean, not " + value);
    }
    YamlScalars.scalar(value);
    return new SetScalar(p, value);
  }

  @Override
  public String name() {
    return "set-scalar";
  }

  @Override
  public String description() {
    return "set " + path + " to " + YamlScalars.scalar(value);
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    String rendered = YamlScalars.scalar(value);
    List<Entry> keys = PathTargets.nodes(doc, path);
    if (keys.isEmpty()) {
      String key = ((YamlPath.Key) path.last()).name();
      for (Entry parent : PathTargets.required(doc, path.parent())) {
        ContainerTargets.requireBlockMapping(doc, o, parent, path.parent().toString());
        int column = ContainerTargets.childColumn(o, parent, splice.style());
        List<Entry> children = ContainerTargets.mappingChildren(o, parent);
        int after = children.isEmpty() ? parent.line().number()
            : o.extent(children.get(children.size() - 1).line().number());
        splice.insertAfter(after, List.of(" ".repeat(column) + YamlScalars.scalar(key) + ": " + rendered),
            "add " + path + ": " + rendered);
      }
    }
    for (Entry k : keys) {
      if (k.role() != Role.KEY) {
        continue;
      }
      int end = o.extent(k.line().number());
      if (end == k.line().number() && k.value().equals(rendered)) {
        continue;
      }
      String content = doc.content(k.line());
      int colon = content.indexOf(':', k.column() + k.key().length());
      splice.replace(k.line().number(), end, List.of(content.substring(0, colon + 1) + " " + rendered),
          "set " + path + " to " + rendered);
    }
    List<Diagnostic> findings = new ArrayList<>();
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0, Text.of("edit.set.already", path, rendered), Text.EMPTY));
    }
    return splice.apply(findings);
  }
}
