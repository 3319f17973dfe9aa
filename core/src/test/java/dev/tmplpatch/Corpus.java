package dev.tmplpatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Corpus finds the shared test data beside the checkout (never copied into the project). */
public final class Corpus {

  private Corpus() {}

  /** shared returns ../shared, as the build passes it in tmplpatch.shared. */
  public static Path shared() {
    String p = System.getProperty("tmplpatch.shared");
    Path path = p != null ? Path.of(p) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(path.resolve("corpus"))) {
      throw new IllegalStateException("../shared/corpus not found at " + path.toAbsolutePath()
          + "; the tests read the shared corpus beside the checkout");
    }
    return path;
  }

  /** seed returns a file of corpus/seed. */
  public static Path seed(String name) {
    return shared().resolve("corpus/seed").resolve(name);
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
    try (Stream<Path> s = Files.list(shared().resolve("corpus/istio"))) {
      return s.map(d -> d.resolve("gateway-injection-template.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** files returns every regular file under a corpus folder, sorted. */
  public static List<Path> files(String folder) {
    try (Stream<Path> s = Files.walk(shared().resolve("corpus").resolve(folder))) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
