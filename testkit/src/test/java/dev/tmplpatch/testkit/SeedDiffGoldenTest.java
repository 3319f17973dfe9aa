package dev.tmplpatch.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tmplpatch.emit.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documentation's hand edits, as unified diffs, kept as golden files through the static API. */
class SeedDiffGoldenTest {

  private static String seed(String name) throws IOException {
    String testdata = System.getProperty("tmplpatch.testdata");
    assertNotNull(testdata, "system property tmplpatch.testdata is not set; run the tests through Maven");
    Path dir = Path.of(testdata, "seed");
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void scenarioOneDropsTheSysctl() throws IOException {
    String diff = UnifiedDiff.between(seed("gateway-injection-template.original.yaml"), seed("scenario1.expected.yaml"))
        .format("gateway-injection-template.yaml");
    Golden.assertMatches("seed-scenario1.diff", diff);
  }

  @Test
  void scenarioTwoAlsoAddsTheCapability() throws IOException {
    String diff = UnifiedDiff.between(seed("gateway-injection-template.original.yaml"), seed("scenario2.expected.yaml"))
        .format("gateway-injection-template.yaml");
    Golden.assertMatches(Path.of(Golden.DEFAULT_ROOT, "seed-scenario2.diff"), diff);
  }
}
