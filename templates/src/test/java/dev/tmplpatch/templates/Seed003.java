package dev.tmplpatch.templates;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seed003 cuts the YAML examples out of the vendor page "Installing a gateway via gateway
 * injection" (shared/seeds/003_*.txt), so that tests compare our output with the documentation
 * itself rather than with a copy of it.
 */
final class Seed003 {
  private Seed003() {}

  /**
   * block returns the code block printed after the {@code occurrence}-th line reading
   * {@code label} (the doc's file caption), without the list's 4-space indentation, with the
   * placeholders replaced.
   */
  static String block(String label, int occurrence, String name, String namespace) throws IOException {
    List<String> lines = Files.readAllLines(seedFile());
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(label) && ++seen == occurrence) {
        StringBuilder b = new StringBuilder();
        for (int j = i + 1; j < lines.size(); j++) {
          String l = lines.get(j);
          if (l.matches("    [0-9]+\\. .*") || (!l.isBlank() && !l.startsWith("    "))) {
            break;
          }
          b.append(l.length() >= 4 ? l.substring(4) : "").append('\n');
        }
        return b.toString()
            .replace("<gateway_name>", name)
            .replace("<gateway_namespace>", namespace);
      }
    }
    return fail("no code block after " + label + " #" + occurrence + " in " + seedFile());
  }

  private static Path seedFile() throws IOException {
    String shared = System.getProperty("tmplpatch.shared");
    if (shared == null) {
      fail("system property tmplpatch.shared is not set; run the tests through Maven");
    }
    try (Stream<Path> s = Files.list(Path.of(shared, "seeds"))) {
      List<Path> found = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("003_")).toList());
      if (found.size() != 1) {
        fail("expected one seeds/003_*.txt in " + shared + ", found " + found);
      }
      return found.get(0);
    }
  }
}
