package dev.tmplpatch.render;

import java.nio.file.Path;

/** Corpus locates the test fixtures and this module's directory from the test JVM's properties. */
public final class Corpus {
  private Corpus() {}

  /**
   * dir returns testdata/ in the checkout (istio/, k8s/, seed/): the render checks need Go
   * (tmplpatch.go) but only these fixtures, not the large conformance corpus.
   */
  public static Path dir() {
    return dev.tmplpatch.Corpus.testdata().toAbsolutePath().normalize();
  }

  /** moduleDir returns the core module directory (surefire's basedir). */
  public static Path moduleDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }
}
