package dev.tmplpatch.cli;

import dev.tmplpatch.emit.JqJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.diag.Diagnostic;
import java.util.List;
import java.util.Locale;

/** FindingsJson prints lint findings for tools: one object per finding, with its rule id and position. */
final class FindingsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingsJson() {}

  /** of renders the findings of a template, pretty-printed like jq, with a final newline. */
  static String of(String template, List<Diagnostic> findings, dev.tmplpatch.i18n.Messages messages) {
    ObjectNode root = JSON.createObjectNode();
    root.put("template", template);
    root.put("errors", findings.stream().filter(f -> f.severity() == Diagnostic.Severity.ERROR).count());
    ArrayNode list = root.putArray("findings");
    for (Diagnostic f : findings) {
      ObjectNode o = list.addObject();
      o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
      o.put("rule", f.rule());
      o.put("file", f.file());
      o.put("line", f.line());
      o.put("column", f.column());
      o.put("message", f.message(messages));
      o.put("hint", f.hint(messages));
    }
    return JqJson.pretty(JSON, root);
  }
}
