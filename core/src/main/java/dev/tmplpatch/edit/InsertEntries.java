package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.document.YamlOutline;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import dev.tmplpatch.document.YamlPath;
import dev.tmplpatch.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * InsertEntries adds entries to a block mapping, or items to a block sequence, at a path in
 * every branch that has it. Entries whose key is already there, and scalar items already in the
 * list, are skipped, so the edit is idempotent. The YAML is written by snakeyaml-engine in the
 * template's indentation.
 */
public final class InsertEntries implements Edit {

  private final YamlPath path;
  private final Map<String, Object> entries;
  private final List<Object> items;

  private InsertEntries(YamlPath path, Map<String, Object> entries, List<Object> items) {
    this.path = path;
    this.entries = entries;
    this.items = items;
  }

  /** intoMapping adds key/value entries (values may be scalars, lists or maps). */
  public static InsertEntries intoMapping(String path, Map<String, Object> entries) {
    if (entries.isEmpty()) {
      // A programming error of the library's caller, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("no entries to insert");
    }
    return new InsertEntries(YamlPath.parse(path), new LinkedHashMap<>(entries), null);
  }

  /** intoSequence adds items (scalars, lists or maps) at the end of a list. */
  public static InsertEntries intoSequence(String path, List<Object> items) {
    if (items.isEmpty()) {
      // A programming error too: English, listed.
      throw new IllegalArgumentException("no items to insert");
    }
    return new InsertEntries(YamlPath.parse(path), null, List.copyOf(items));
  }

  @Override
  public String name() {
    return "insert-entries";
  }

  @Override
  public String description() {
    return entries != null ? "add " + entries.keySet() + " to " + path : "add " + items.size() + " item(s) to " + path;
  }

  @Override
  public EditResult change(TemplateDocument doc) {
    YamlOutline o = doc.outline();
    LineSplice splice = new LineSplice(doc);
    YamlStyle style = splice.style();
    for (Entry target : PathTargets.required(doc, path)) {
      if (target.role() != Role.KEY || !target.value().isEmpty()) {
        throw new EditException(doc.name(), target.line().number(), target.column() + 1,
            Text.of(entries != null ? "edit.insert.not-mapping" : "edit.insert.not-sequence", path),
            Text.of("edit.insert.hint"));
      }
      int last = o.extent(target.line().number());
      if (entries != null) {
        ContainerTargets.requireBlockMapping(doc, o, target, path.toString());
        Map<String, Object> missing = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
          if (ContainerTargets.childKeys(o, target, e.getKey()).isEmpty()) {
            missing.put(e.getKey(), e.getValue());
          }
        }
        if (!missing.isEmpty()) {
          int column = ContainerTargets.childColumn(o, target, style);
          splice.insertAfter(last, block(missing, column, style), "add " + missing.keySet() + " to " + path);
        }
      } else {
        List<String> present = new ArrayList<>();
        int column = style.itemColumn(target.column());
        for (int n = target.line().number() + 1; n <= last; n++) {
          Entry e = o.entry(n);
          if (e.role() == Role.ITEM && e.path().parent().equals(target.path())) {
            present.add(OutlineValues.plain(e.value()));
            column = e.column();
          }
        }
        List<Object> missing = new ArrayList<>();
        for (Object i : items) {
          if (!(i instanceof String || i instanceof Number || i instanceof Boolean) || !present.contains(String.valueOf(i))) {
            missing.add(i);
          }
        }
        if (!missing.isEmpty()) {
          splice.insertAfter(last, block(missing, column, style), "add " + missing.size() + " item(s) to " + path);
        }
      }
    }
    List<Diagnostic> findings = new ArrayList<>();
    if (splice.isEmpty()) {
      findings.add(Diagnostic.info("already-applied", doc.name(), 0, Text.of("edit.insert.already", path), Text.EMPTY));
    }
    return splice.apply(findings);
  }

  /** block dumps a value as block YAML with the template's step, shifted to a column. */
  private static List<String> block(Object value, int column, YamlStyle style) {
    Dump dump = new Dump(DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(Math.max(2, style.indent()))
        .setIndicatorIndent(style.flushItems() ? 0 : Math.max(1, style.indent() - 1))
        .setIndentWithIndicator(!style.flushItems())
        .setWidth(Integer.MAX_VALUE)
        .setSplitLines(false)
        .build());
    String yaml = dump.dumpToString(value);
    List<String> out = new ArrayList<>();
    for (String l : yaml.split("\n")) {
      if (!l.isEmpty()) {
        out.add(" ".repeat(column) + l);
      }
    }
    return out;
  }
}
