package dev.tmplpatch.k8s;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** DidYouMean picks the closest known name to a mistyped one, when it is close enough to help. */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * closest returns the candidate nearest to wanted by edit distance, if that distance is at most
   * a third of wanted's length (and at least 2), so that unrelated names are not suggested.
   */
  public static Optional<String> closest(String wanted, Collection<String> candidates) {
    return nearest(wanted, candidates)
        .filter(best -> distance(wanted, best) <= Math.max(2, wanted.length() / 3));
  }

  /** nearest returns the candidate nearest to wanted, however far (empty only without candidates). */
  public static Optional<String> nearest(String wanted, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int dist = distance(wanted, c);
      if (dist < bestDistance) {
        best = c;
        bestDistance = dist;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
