package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the shared corpus either parses or fails with a TemplateSyntaxException;
 * which ones Go rejects is checked by the conformance suite, not here.
 */
class CorpusParseTest {

  static Stream<Path> corpusFiles() throws IOException {
    String shared = System.getProperty("tmplpatch.shared");
    assertTrue(shared != null && !shared.isEmpty(), "system property tmplpatch.shared is not set");
    Path corpus = Path.of(shared, "corpus");
    assertTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> {
            String rel = corpus.relativize(p).toString().replace('\\', '/');
            return rel.startsWith("helm/")
                || rel.startsWith("istio/") && rel.endsWith(".yaml")
                || rel.startsWith("seed/") && rel.endsWith(".yaml");
          })
          .sorted()
          .collect(Collectors.toList());
    }
    assertFalse(files.isEmpty(), "corpus is empty");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void parsesOrFailsWithATemplateSyntaxException(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try {
      ParsedTemplate t = GoTemplateParser.parse(text, ParseOptions.named("inject"));
      assertTrue(t.actions().stream().allMatch(a -> a.start() < a.end()), "empty action span");
    } catch (TemplateSyntaxException e) {
      assertTrue(e.getMessage().startsWith("template: inject:"), e.getMessage());
    }
  }
}
