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

/**
 * ContainerTargets finds what the container-level edits change: a container of
 * {@code spec.containers} by name, and keys inside a mapping, refusing with the closest match
 * when the target is not there.
 */
final class ContainerTargets {

  static final YamlPath CONTAINERS = YamlPath.parse("spec.containers");

  private ContainerTargets() {}

  /** container returns the items of spec.containers named {@code name} (one per branch). */
  static List<Entry> container(TemplateDocument doc, String name) {
    YamlOutline o = doc.outline();
    List<Entry> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Entry e : o.entries()) {
      if (e.role() == Role.ITEM && PodSpecPaths.isContainerList(e.path().parent())) {
        YamlPath.Item item = (YamlPath.Item) e.path().last();
        if (!item.key().isEmpty()) {
          if (!names.contains(item.value())) {
            names.add(item.value());
          }
          if (item.value().equals(name)) {
            found.add(e);
          }
        }
      }
    }
    if (found.isEmpty()) {
      Text hint;
      if (names.isEmpty()) {
        hint = Text.of("edit.container.none");
      } else {
        hint = Text.of("edit.container.list", String.join(", ", names), closest(name, names));
      }
      throw new EditException(doc.name(), 0, 0, Text.of("edit.container.missing", name), hint);
    }
    return found;
  }

  private static Text closest(String name, List<String> names) {
    return DidYouMean.closest(name, names).map(n -> Text.of("edit.did-you-mean", n)).orElse(Text.EMPTY);
  }

  /** childKeys returns the KEY children of an entry named key (several when branches differ). */
  static List<Entry> childKeys(YamlOutline o, Entry parent, String key) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : o.children(parent.line().number())) {
      if (e.role() == Role.KEY && e.key().equals(key) && e.path().parent().equals(parent.path())) {
        out.add(e);
      }
    }
    return out;
  }

  /** children returns the direct KEY and OUTPUT children of an entry's mapping. */
  static List<Entry> mappingChildren(YamlOutline o, Entry parent) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : o.children(parent.line().number())) {
      boolean direct = e.path().parent().equals(parent.path()) || e.role() == Role.OUTPUT;
      if (direct && (e.role() == Role.KEY || e.role() == Role.OUTPUT)) {
        out.add(e);
      }
    }
    return out;
  }

  /** childColumn returns the column children of a mapping entry use (or should use). */
  static int childColumn(YamlOutline o, Entry parent, YamlStyle style) {
    for (Entry c : mappingChildren(o, parent)) {
      if (c.role() == Role.KEY) {
        return c.column();
      }
    }
    int base = parent.role() == Role.ITEM ? parent.keyColumn() : parent.column();
    return parent.role() == Role.ITEM ? base : base + style.indent();
  }

  // written is a key's line as the template writes it, KEY: VALUE.
  private static String written(Entry key) {
    return key.key() + ": " + key.value();
  }

  /**
   * blockMapping checks that a key holds a block mapping tmplpatch can edit: its value is not
   * written inline and does not come only from an action such as {@code toYaml}.
   */
  static void requireBlockMapping(TemplateDocument doc, YamlOutline o, Entry key, Object what) {
    if (!FlowLists.value(key.value()).isEmpty()) { // an anchor or tag alone still has a block value
      throw new EditException(doc.name(), key.line().number(), key.column() + 1,
          Text.of("edit.inline", what, written(key)), Text.of("edit.inline.hint"));
    }
    List<Entry> children = mappingChildren(o, key);
    if (!children.isEmpty() && children.stream().allMatch(c -> c.role() == Role.OUTPUT)) {
      Entry c = children.get(0);
      throw new EditException(doc.name(), c.line().number(), c.column() + 1,
          Text.of("edit.output-only", what, doc.content(c.line()).strip()), Text.of("edit.output-only.hint"));
    }
  }
}
