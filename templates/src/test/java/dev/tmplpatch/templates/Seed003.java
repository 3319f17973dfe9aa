package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seed003 reads the YAML examples of the vendor page "Installing a gateway via gateway injection"
 * (seed 003), cut out of the page byte for byte into testdata/install-bundle/seed-003/doc/ (see its
 * SOURCES.md), so that tests compare our output with the documentation's own YAML.
 */
final class Seed003 {
  private Seed003() {}

  /**
   * block returns the page's code block saved as {@code file} (secret-reader.yaml,
   * gateway-deployment.yaml, gateway-service.yaml, gateway-hpa.yaml, gateway-pdb.yaml) with the
   * placeholders {@code <gateway_name>} and {@code <gateway_namespace>} replaced.
   */
  static String block(String file, String name, String namespace) throws IOException {
    return Files.readString(docDir().resolve(file), StandardCharsets.UTF_8)
        .replace("<gateway_name>", name)
        .replace("<gateway_namespace>", namespace);
  }

  private static Path docDir() {
    String testdata = System.getProperty("tmplpatch.testdata");
    if (testdata == null) {
      fail("system property tmplpatch.testdata is not set; run the tests through Maven");
    }
    Path dir = Path.of(testdata, "install-bundle", "seed-003", "doc");
    if (!Files.isDirectory(dir)) {
      fail("seed 003's YAML blocks are missing: " + dir);
    }
    return dir;
  }
}
