package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** SecurityContexts creates a container's securityContext where the template has none. */
final class SecurityContexts {

  private SecurityContexts() {}

  /**
   * create inserts {@code securityContext:} and its body right after the container item's first
   * line ({@code - name: istio-proxy}), which keeps it in the item's own branch.
   */
  static void create(TemplateDocument doc, LineSplice splice, Entry item, YamlStyle style,
      IntFunction<List<String>> bodyAtColumn, String summary) {
    if (!item.key().equals("name") || item.value().isEmpty() || item.startsBlockScalar()) {
      throw new EditException(doc.name(), item.line().number(), item.column() + 1,
          Text.of("edit.item.no-name"), Text.of("edit.item.no-name.hint"));
    }
    int column = item.keyColumn();
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(column) + "securityContext:");
    lines.addAll(bodyAtColumn.apply(column + style.indent()));
    splice.insertAfter(item.line().number(), lines, summary);
  }
}
