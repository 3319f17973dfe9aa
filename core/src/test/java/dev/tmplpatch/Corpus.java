package dev.tmplpatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Corpus finds the test fixtures: testdata/ in the checkout, which every test of
 * {@code mvn -B verify} reads, and the large conformance corpus outside it, which only the
 * conformance run reads.
 */
public final class Corpus {

  private Corpus() {}

  /** testdata returns the checkout's testdata/ folder, as the build passes it in tmplpatch.testdata. */
  public static Path testdata() {
    String p = System.getProperty("tmplpatch.testdata");
    Path path = unset(p) ? Path.of("..", "testdata") : Path.of(p);
    if (!Files.isDirectory(path.resolve("istio"))) {
      throw new IllegalStateException("testdata/ not found at " + path.toAbsolutePath().normalize()
          + " (system property tmplpatch.testdata); run the tests through Maven from the checkout");
    }
    return path;
  }

  /** path resolves a file below testdata/, failing clearly when it is missing. */
  public static Path path(String relative) {
    Path p = testdata().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("test fixture missing: " + p.toAbsolutePath().normalize());
    }
    return p;
  }

  /** read returns a file below testdata/ as UTF-8. */
  public static String read(String relative) {
    return read(path(relative));
  }

  /** seed returns a file of testdata/seed. */
  public static Path seed(String name) {
    return path("seed/" + name);
  }

  /** read returns a file's text as UTF-8. */
  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** istioGatewayTemplates returns every release's gateway-injection-template.yaml. */
  public static List<Path> istioGatewayTemplates() {
    try (Stream<Path> s = Files.list(testdata().resolve("istio"))) {
      return s.map(d -> d.resolve("gateway-injection-template.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** files returns every regular file under a testdata folder, sorted. */
  public static List<Path> files(String folder) {
    try (Stream<Path> s = Files.walk(testdata().resolve(folder))) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * conformanceCorpus returns the large corpus the conformance run compares with Go (folders
   * istio/, helm/, seed/), named by {@code -Dtmplpatch.corpus=DIR}; CI passes the shared corpus kept beside the checkout.
   * A relative DIR is read from the project root. Fails saying so when it is not given or absent.
   */
  public static Path conformanceCorpus() {
    String p = System.getProperty("tmplpatch.corpus");
    if (unset(p)) {
      throw new IllegalStateException("the conformance run needs the corpus: pass -Dtmplpatch.corpus=DIR"
          + " (a folder with istio/, helm/ and seed/; CI passes the shared corpus kept beside the checkout)");
    }
    Path dir = Path.of(p);
    if (!dir.isAbsolute()) {
      dir = Path.of(System.getProperty("tmplpatch.root", "..")).resolve(dir);
    }
    dir = dir.toAbsolutePath().normalize();
    for (String folder : List.of("istio", "helm", "seed")) {
      if (!Files.isDirectory(dir.resolve(folder))) {
        throw new IllegalStateException("-Dtmplpatch.corpus=" + p + ": no " + folder + "/ folder in " + dir
            + " (the conformance run needs the corpus with istio/, helm/ and seed/; CI passes the shared corpus kept beside the checkout)");
      }
    }
    return dir;
  }

  private static boolean unset(String property) {
    // An unset Maven property reaches the test JVM as its literal ${...} reference.
    return property == null || property.isBlank() || property.startsWith("${");
  }
}
