package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SharedCorpus reads files of ../shared beside the checkout, named by the tmplpatch.shared property. */
final class SharedCorpus {
  private SharedCorpus() {}

  /** path resolves a path below shared/, failing the test clearly when the corpus is absent. */
  static Path path(String relative) {
    String root = System.getProperty("tmplpatch.shared");
    if (root == null) {
      fail("system property tmplpatch.shared is not set; run the tests through Maven");
    }
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      fail("corpus file missing: " + p + " (tmplpatch.shared=" + root + ")");
    }
    return p;
  }

  /** read returns a corpus file's text, decoded as UTF-8. */
  static String read(String relative) {
    try {
      return Files.readString(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
