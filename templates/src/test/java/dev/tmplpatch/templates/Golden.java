package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden compares generated text with a committed file under testdata/. The file is only
 * rewritten with -Dtmplpatch.updateGolden=true or TMPLPATCH_UPDATE_GOLDEN=1, never when CI=true.
 */
final class Golden {
  private Golden() {}

  /** testdata resolves a path below the repository's testdata/ folder. */
  static Path testdata(String relative) {
    String root = System.getProperty("tmplpatch.root");
    if (root == null) {
      fail("system property tmplpatch.root is not set; run the tests through Maven");
    }
    return Path.of(root, "testdata").resolve(relative);
  }

  /** assertMatches fails unless actual equals the golden file byte for byte. */
  static void assertMatches(Path golden, String actual) throws IOException {
    boolean update =
        "true".equals(System.getProperty("tmplpatch.updateGolden"))
            || "1".equals(System.getenv("TMPLPATCH_UPDATE_GOLDEN"));
    if (update) {
      if ("true".equals(System.getenv("CI"))) {
        fail("refusing to update golden files when CI=true");
      }
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      fail("golden file missing: " + golden + "; generate it with -Dtmplpatch.updateGolden=true");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
  }
}
