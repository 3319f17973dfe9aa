package dev.tmplpatch.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Releases lists the Istio injection templates the jar ships (see {@code releases.tsv} and
 * templates/README.md) and resolves what users pass to {@code --istio}.
 */
public final class Releases {
  /** ROOT is the classpath folder of the release templates. */
  public static final String ROOT = "dev/tmplpatch/templates/istio/";
  /** MANIFEST is the classpath resource listing them. */
  public static final String MANIFEST = ROOT + "releases.tsv";
  /** GATEWAY is the gateway injection template's file name. */
  public static final String GATEWAY = "gateway-injection-template.yaml";
  /** KUBE_GATEWAY is the Gateway API deployment template's file name. */
  public static final String KUBE_GATEWAY = "kube-gateway.yaml";
  /** SIDECAR is the sidecar injection template's file name. */
  public static final String SIDECAR = "injection-template.yaml";

  private static final List<ReleaseTemplate> ALL = load();

  private Releases() {}

  /** all returns every shipped template, oldest release first, in manifest order. */
  public static List<ReleaseTemplate> all() {
    return ALL;
  }

  /** of returns one file's templates, oldest release first. */
  public static List<ReleaseTemplate> of(String file) {
    return ALL.stream().filter(t -> t.file().equals(file)).toList();
  }

  /** releases names the bundled releases, oldest first. */
  public static List<String> releases() {
    Set<String> names = new LinkedHashSet<>();
    ALL.forEach(t -> names.add(t.release()));
    return List.copyOf(names);
  }

  /**
   * fileFor maps an injection template's name in istiod's ConfigMap ({@code gateway},
   * {@code sidecar}, {@code kube-gateway}) or a file name to the file name; empty otherwise.
   */
  public static Optional<String> fileFor(String templateName) {
    switch (templateName.toLowerCase(Locale.ROOT)) {
      case "gateway":
      case GATEWAY:
        return Optional.of(GATEWAY);
      case "sidecar":
      case SIDECAR:
        return Optional.of(SIDECAR);
      case "kube-gateway":
      case KUBE_GATEWAY:
        return Optional.of(KUBE_GATEWAY);
      default:
        return Optional.empty();
    }
  }

  /**
   * select returns the file of an Istio release: {@code master}; an exact bundled release; an
   * X.Y.Z whose file has the content of a bundled one (per the manifest); or for X.Y the newest
   * bundled final release of that minor. Anything else is refused with the bundled list and the
   * closest one.
   */
  public static ReleaseTemplate select(String version, String file) {
    return select(version, file, "--istio");
  }

  /**
   * select is {@link #select(String, String)} for a version the caller's users give as option (e.g.
   * {@code --to} or {@code <istioVersion>}), which a version that is not one names.
   */
  public static ReleaseTemplate select(String version, String file, String option) {
    IstioVersion v = IstioVersion.parse(version).orElseThrow(() -> new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.release.version", option, version)));
    List<ReleaseTemplate> candidates = of(file);
    if (candidates.isEmpty()) {
      // A programming error (the file names are the callers' constants), never shown to users: English, listed.
      throw new IllegalArgumentException("no bundled templates named " + file);
    }
    if (v.hasPatch()) {
      for (ReleaseTemplate t : candidates) {
        if (t.release().equals(v.toString())) {
          return t;
        }
      }
      for (ReleaseTemplate t : candidates) {
        if (!v.master() && v.preRelease().isEmpty() && t.covers(v)) {
          return t;
        }
      }
    } else {
      Optional<ReleaseTemplate> newest = candidates.stream()
          .filter(t -> t.version().sameMinor(v) && t.version().preRelease().isEmpty())
          .max(Comparator.comparing(ReleaseTemplate::version, IstioVersion.ORDER));
      if (newest.isPresent()) {
        return newest.get();
      }
    }
    ReleaseTemplate closest = closest(v, candidates);
    throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.release.not-bundled", v, file, closest.release(), listed(releases())));
  }

  // listed joins release numbers, which read the same in every language.
  private static String listed(List<String> releases) {
    return String.join(", ", releases);
  }

  // closest is the bundled release nearest in version: the same minor's nearest patch first,
  // then the nearest minor.
  private static ReleaseTemplate closest(IstioVersion v, List<ReleaseTemplate> candidates) {
    return candidates.stream()
        .min(Comparator.comparingLong((ReleaseTemplate t) -> Math.abs(key(t.version()) - key(v)))
            .thenComparing(ReleaseTemplate::version, IstioVersion.ORDER.reversed()))
        .orElseThrow();
  }

  private static long key(IstioVersion v) {
    if (v.master()) {
      return Long.MAX_VALUE / 4;
    }
    return v.major() * 1_000_000L + v.minor() * 1_000L + Math.max(0, v.patch());
  }

  private static List<ReleaseTemplate> load() {
    List<ReleaseTemplate> out = new ArrayList<>();
    for (String line : BundledTemplates.resource(MANIFEST).split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalStateException(MANIFEST + ": malformed line (broken jar?): " + line);
      }
      List<String> same = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(" "));
      out.add(new ReleaseTemplate(f[0], f[1], f[2], f[3], same));
    }
    return List.copyOf(out);
  }
}
