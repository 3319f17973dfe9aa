package dev.tmplpatch.cli;

import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Rebase;
import dev.tmplpatch.upgrade.TypedEdits;
import dev.tmplpatch.upgrade.Upstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ReleaseBases finds which bundled release template a customised template was made from. */
final class ReleaseBases {
  private final Map<String, ReleaseTemplate> byName = new LinkedHashMap<>();

  ReleaseBases(List<ReleaseTemplate> templates) {
    templates.forEach(t -> byName.put(name(t), t));
  }

  /** name is how upstream templates are named in messages and diff3 markers. */
  static String name(ReleaseTemplate t) {
    return "Istio " + t.release() + " " + t.file();
  }

  static Upstream upstream(ReleaseTemplate t) {
    return new Upstream(name(t), t.text());
  }

  /** detect returns the closest bundled release (first of those with the same content). */
  BaseMatch detect(String customised) {
    return Rebase.detect(customised, byName.values().stream().map(ReleaseBases::upstream).toList()).get(0);
  }

  /** template returns the release template a match names. */
  ReleaseTemplate template(BaseMatch m) {
    return byName.get(m.upstream().name());
  }

  /** describe says which release, and the releases whose file has the same content. */
  String describe(BaseMatch m) {
    ReleaseTemplate t = template(m);
    return m.describe() + "; the same file is in Istio " + t.sameContentText();
  }

  /** describeText is {@link #describe(BaseMatch)} in the bundle's words. */
  Text describeText(BaseMatch m) {
    return Text.of("cli.base.same-file", text(m), template(m).sameContentText());
  }

  /** text is {@link BaseMatch#describe()} in the bundle's words, for the run's language. */
  static Text text(BaseMatch m) {
    Object name = m.edits().isEmpty() ? m.upstream().name()
        : Text.of("cli.base.with", m.upstream().name(), text(m.edits()));
    return m.distance() == 0 ? Text.of("cli.base.exact", name)
        : Text.of(m.distance() == 1 ? "cli.base.nearest.one" : "cli.base.nearest", name, m.distance());
  }

  /** text is {@link TypedEdits#describe()} in the bundle's words. */
  static Text text(TypedEdits e) {
    if (e.scenario().isPresent()) {
      return Text.of("cli.edits.scenario", e.scenario().get().id());
    }
    if (e.isEmpty()) {
      return Text.of("cli.edits.none");
    }
    List<Text> parts = new ArrayList<>();
    if (e.dropSysctl()) {
      parts.add(Text.of("cli.edits.drop-sysctl", DropSysctl.UNPRIVILEGED_PORT_START));
    }
    if (e.runAsRoot()) {
      parts.add(Text.of("cli.edits.root"));
    }
    if (e.addBindCapability()) {
      parts.add(Text.of("cli.edits.bind-capability"));
    }
    Text joined = parts.get(0);
    for (Text p : parts.subList(1, parts.size())) {
      joined = Text.of("cli.list.and", joined, p);
    }
    return joined;
  }

  /** forFile lists one file's templates; all() every file's. */
  static ReleaseBases forFile(String file) {
    return new ReleaseBases(Releases.of(file));
  }

  static ReleaseBases all() {
    return new ReleaseBases(Releases.all());
  }
}
