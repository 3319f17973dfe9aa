package dev.tmplpatch.diagnose;

import dev.tmplpatch.emit.JqJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** DiagnoseReport renders diagnoses for people (text) or tools (JSON), in one language. */
public final class DiagnoseReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String source;
  private final List<Diagnosis> diagnoses;
  private final Messages m;

  private DiagnoseReport(String source, List<Diagnosis> diagnoses, Messages m) {
    this.source = source;
    this.diagnoses = List.copyOf(diagnoses);
    this.m = m;
  }

  /** of renders the diagnoses of source. */
  public static DiagnoseReport of(String source, List<Diagnosis> diagnoses, Messages messages) {
    return new DiagnoseReport(source, diagnoses, messages);
  }

  /** exitCode is 0 when something known was found, 1 when nothing was. */
  public int exitCode() {
    return diagnoses.isEmpty() ? 1 : 0;
  }

  /** text is the report for people, with a final newline. */
  public String text() {
    if (diagnoses.isEmpty()) {
      return m.get("diagnose.nothing", source) + "\n";
    }
    List<String> out = new ArrayList<>();
    for (Diagnosis d : diagnoses) {
      if (!out.isEmpty()) {
        out.add("");
      }
      out.add(d.count() == 1 ? m.get("diagnose.at", source, d.line(), d.failure().id())
          : m.get("diagnose.at.times", source, d.line(), d.count(), d.failure().id()));
      out.add("  " + d.excerpt());
      out.add(m.get("diagnose.line.what", what(d)));
      out.add(m.get("diagnose.line.why", m.get(d.failure().whyKey())));
      out.add(m.get("diagnose.line.fix", m.get(d.failure().fixKey())));
      d.failure().commands().forEach(c -> out.add("  " + c));
    }
    return String.join("\n", out) + "\n";
  }

  /** json is the report for tools, pretty-printed like jq, with a final newline. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("source", source);
    ArrayNode list = root.putArray("diagnoses");
    for (Diagnosis d : diagnoses) {
      ObjectNode o = list.addObject();
      o.put("id", d.failure().id());
      o.put("line", d.line());
      o.put("count", d.count());
      o.put("excerpt", d.excerpt());
      o.put("what", what(d));
      o.put("why", m.get(d.failure().whyKey()));
      o.put("fix", m.get(d.failure().fixKey()));
      ArrayNode c = o.putArray("commands");
      d.failure().commands().forEach(c::add);
    }
    if (diagnoses.isEmpty()) {
      root.put("message", m.get("diagnose.nothing", source));
    }
    return JqJson.pretty(JSON, root);
  }

  private String what(Diagnosis d) {
    return m.get(d.failure().whatKey(), d.args().toArray());
  }
}
