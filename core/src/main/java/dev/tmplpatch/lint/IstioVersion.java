package dev.tmplpatch.lint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IstioVersion is an istiod release, X.Y.Z with an optional alpha, beta or rc pre-release, as its
 * image tag names it ({@code 1.28.6}, {@code v1.29.0-rc.1}, {@code 1.26.2-distroless}). A
 * pre-release sorts before its release.
 */
public record IstioVersion(int major, int minor, int patch, String preRelease) implements Comparable<IstioVersion> {

  private static final Pattern VERSION = Pattern.compile(
      "v?(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})(?:-((?:alpha|beta|rc)(?:\\.?\\d+)?))?(?:-distroless)?");

  /**
   * parse reads a release; a minor release alone (1.28) is refused, because what istiod defines
   * changes between patch releases.
   *
   * @throws IllegalArgumentException when the text is not X.Y.Z
   */
  public static IstioVersion parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = VERSION.matcher(t);
    if (!m.matches()) {
      throw new dev.tmplpatch.diag.InvalidValueException(t.matches("v?\\d+\\.\\d+")
          ? dev.tmplpatch.i18n.Text.of("value.istio-version.minor", text, t)
          : dev.tmplpatch.i18n.Text.of("value.istio-version", text));
    }
    return new IstioVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        m.group(4) == null ? "" : m.group(4));
  }

  /** atLeast tells whether this release is X.Y.Z or later; a pre-release of X.Y.Z counts as X.Y.Z. */
  public boolean atLeast(int major, int minor, int patch) {
    if (this.major != major) {
      return this.major > major;
    }
    if (this.minor != minor) {
      return this.minor > minor;
    }
    return this.patch >= patch;
  }

  /** isMinor tells whether this release is in the minor line X.Y. */
  public boolean isMinor(int major, int minor) {
    return this.major == major && this.minor == minor;
  }

  @Override
  public int compareTo(IstioVersion o) {
    int c = major != o.major ? Integer.compare(major, o.major)
        : minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
    if (c != 0) {
      return c;
    }
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
    }
    return preRelease.compareTo(o.preRelease);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
