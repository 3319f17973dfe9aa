package dev.tmplpatch.bench;

import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Inputs loads the benchmark texts from the shared corpus (system property tmplpatch.shared,
 * default ../shared from the working directory). Keep in step with the Go baseline in
 * core/src/test/go/parsebench: same files, same order, same selection.
 */
final class Inputs {
  private Inputs() {}

  static Path shared() {
    return Path.of(System.getProperty("tmplpatch.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** gateway is the 9.4 KB Istio gateway injection template (seed 000). */
  static String gateway() {
    return read(shared().resolve("corpus/seed/gateway-injection-template.original.yaml"));
  }

  /** corpus is every file of corpus/istio and corpus/helm that loads, sorted by path. */
  static List<String> corpus() {
    return loadable("istio", "helm");
  }

  /**
   * concatenatedHelm repeats the loadable Helm files without {@code define} (repeated defines
   * would make the text invalid) until it holds at least {@code megabytes} MiB.
   */
  static String concatenatedHelm(int megabytes) {
    List<String> helm = loadable("helm").stream().filter(t -> !t.contains("define")).toList();
    StringBuilder sb = new StringBuilder();
    long bytes = 0;
    for (int i = 0; bytes < megabytes << 20; i++) {
      String text = helm.get(i % helm.size());
      sb.append(text);
      bytes += utf8Length(text);
    }
    return sb.toString();
  }

  static long utf8Length(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static List<String> loadable(String... dirs) {
    List<Path> paths = new ArrayList<>();
    for (String dir : dirs) {
      try (Stream<Path> files = Files.walk(shared().resolve("corpus").resolve(dir))) {
        files.filter(Files::isRegularFile).forEach(paths::add);
      } catch (IOException e) {
        throw new UncheckedIOException("corpus missing under " + shared() + " (set -Dtmplpatch.shared)", e);
      }
    }
    paths.sort((a, b) -> a.toString().compareTo(b.toString()));
    List<String> texts = new ArrayList<>();
    for (Path p : paths) {
      String text = read(p);
      try {
        GoTemplateParser.parse(text, ParseOptions.named("bench"));
        texts.add(text);
      } catch (TemplateSyntaxException e) {
        // Go refuses these too; an error path is not what the throughput figure measures.
      }
    }
    return texts;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
