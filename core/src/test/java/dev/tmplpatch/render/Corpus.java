package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Corpus locates the shared corpus and this module's directory from the test JVM's properties. */
public final class Corpus {
  private Corpus() {}

  /** dir returns the corpus folder in ../shared beside the checkout (property tmplpatch.shared), or fails. */
  public static Path dir() {
    String shared = System.getProperty("tmplpatch.shared", "");
    if (shared.isBlank() || shared.startsWith("${")) {
      fail("system property tmplpatch.shared is not set; run the tests through Maven");
    }
    Path dir = Path.of(shared).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("corpus"))) {
      fail("tmplpatch.shared=" + dir + " has no corpus/ folder");
    }
    return dir.resolve("corpus");
  }

  /** moduleDir returns the core module directory (surefire's basedir). */
  public static Path moduleDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }
}
