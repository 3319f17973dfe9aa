package dev.tmplpatch.upgrade;

/**
 * BaseMatch says how close a customised template is to a release template: the typed edits
 * recognised in it, and the number of lines (removed plus added, line endings ignored) that
 * still differ once those edits are made on the release. 0 means the customised template is
 * exactly the release with those edits.
 */
public record BaseMatch(Upstream upstream, TypedEdits edits, int distance) {

  /** exact tells whether nothing but the typed edits differs. */
  public boolean exact() {
    return distance == 0;
  }

  /** describe says e.g. {@code Istio 1.26.2 ... with scenario privileged-ports (exact)}. */
  public String describe() {
    String s = upstream.name() + (edits.isEmpty() ? "" : " with " + edits.describe());
    return s + (distance == 0 ? " (exact)" : " (nearest: the other changes remove or add " + distance
        + (distance == 1 ? " line)" : " lines)"));
  }
}
