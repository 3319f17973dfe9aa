package dev.tmplpatch.templates;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IstioVersion is an Istio release name as users write it: {@code 1.27}, {@code 1.27.9},
 * {@code 1.31.0-rc.0}, or {@code master} (the default branch, newer than every release).
 */
public record IstioVersion(int major, int minor, int patch, String preRelease, boolean master) {

  private static final Pattern SYNTAX =
      Pattern.compile("v?(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,4})(?:-([0-9A-Za-z.]{1,20}))?)?");

  /** ORDER sorts versions oldest first; a pre-release sorts before its release, master last. */
  public static final Comparator<IstioVersion> ORDER = Comparator.comparing(IstioVersion::master)
      .thenComparingInt(IstioVersion::major)
      .thenComparingInt(IstioVersion::minor)
      .thenComparingInt(IstioVersion::patch)
      .thenComparing(v -> v.preRelease().isEmpty())
      .thenComparing(IstioVersion::preRelease);

  /** parse reads X.Y, X.Y.Z, X.Y.Z-PRE or master; anything else is empty. */
  public static Optional<IstioVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.equals("master")) {
      return Optional.of(new IstioVersion(0, 0, 0, "", true));
    }
    Matcher m = SYNTAX.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    int patch = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    return Optional.of(new IstioVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch,
        m.group(4) == null ? "" : m.group(4), false));
  }

  /** hasPatch tells X.Y.Z from X.Y. */
  public boolean hasPatch() {
    return master || patch >= 0;
  }

  /** sameMinor tells whether both are X.Y of the same minor (master has none). */
  public boolean sameMinor(IstioVersion other) {
    return !master && !other.master && major == other.major && minor == other.minor;
  }

  @Override
  public String toString() {
    if (master) {
      return "master";
    }
    return major + "." + minor + (patch >= 0 ? "." + patch : "") + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
