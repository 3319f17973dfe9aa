package dev.tmplpatch.cli;

import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.Rebase;
import dev.tmplpatch.upgrade.Upstream;
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

  /** forFile lists one file's templates; all() every file's. */
  static ReleaseBases forFile(String file) {
    return new ReleaseBases(Releases.of(file));
  }

  static ReleaseBases all() {
    return new ReleaseBases(Releases.all());
  }
}
