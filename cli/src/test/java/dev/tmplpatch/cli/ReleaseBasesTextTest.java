package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.TypedEdits;
import dev.tmplpatch.upgrade.Upstream;
import org.junit.jupiter.api.Test;

/**
 * ReleaseBasesTextTest checks that the bundle's English wording of a base match and of typed edits
 * is, byte for byte, what the library's English describe() says, for every combination of edits
 * and for exact, one-line and many-line matches.
 */
class ReleaseBasesTextTest {

  @Test
  void everyCombinationOfTypedEditsReadsAsTheLibrarySaysIt() {
    for (int bits = 0; bits < 8; bits++) {
      TypedEdits e = new TypedEdits((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
      assertEquals(e.describe(), ReleaseBases.text(e).english(), "edits " + e);
      for (int distance : new int[] {0, 1, 7}) {
        BaseMatch m = new BaseMatch(new Upstream("Istio 1.26.2 gateway-injection-template.yaml", ""), e, distance);
        assertEquals(m.describe(), ReleaseBases.text(m).english(), "match " + m);
      }
    }
  }
}
