package dev.tmplpatch.templates;

import java.util.List;

/**
 * ReleaseTemplate is one injection template of one Istio release as the jar ships it: a line of
 * {@code releases.tsv}. {@code sameContent} lists the final release tags (as {@code A} or
 * {@code A-B} runs in version order) whose file is the same git blob.
 */
public record ReleaseTemplate(String release, String file, String source, String sha256, List<String> sameContent) {

  public ReleaseTemplate {
    sameContent = List.copyOf(sameContent);
  }

  /** resource returns the classpath resource holding the template's bytes. */
  public String resource() {
    return Releases.ROOT + release + "/" + file;
  }

  /** text returns the template exactly as shipped. */
  public String text() {
    return BundledTemplates.resource(resource());
  }

  /** version returns the release as a version. */
  public IstioVersion version() {
    return IstioVersion.parse(release).orElseThrow();
  }

  /** label names the template for messages, e.g. {@code Istio 1.27.9 gateway-injection-template.yaml}. */
  public String label() {
    return "Istio " + release + " " + file;
  }

  /**
   * covers tells whether the file of release X.Y.Z has exactly this content, by the manifest's
   * same-content runs (a run A-B covers every version from A to B).
   */
  public boolean covers(IstioVersion v) {
    if (v.toString().equals(release)) {
      return true;
    }
    for (String run : sameContent) {
      int dash = run.indexOf('-');
      IstioVersion from = IstioVersion.parse(dash < 0 ? run : run.substring(0, dash)).orElseThrow();
      IstioVersion to = IstioVersion.parse(dash < 0 ? run : run.substring(dash + 1)).orElseThrow();
      if (IstioVersion.ORDER.compare(from, v) <= 0 && IstioVersion.ORDER.compare(v, to) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** sameContentText renders the runs for people, e.g. {@code 1.20.8, 1.21.4-1.21.6}. */
  public String sameContentText() {
    return sameContent.isEmpty() ? release : String.join(", ", sameContent);
  }
}
