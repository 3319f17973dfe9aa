package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
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
 * Every template of testdata/ (the Istio releases, the Helm slice, the seed) either parses or
 * fails with a TemplateSyntaxException; which ones Go rejects is checked by the conformance
 * suite on the whole corpus, not here.
 */
class CorpusParseTest {

  static Stream<Path> corpusFiles() throws IOException {
    Path corpus = Corpus.testdata();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> {
            String rel = corpus.relativize(p).toString().replace('\\', '/');
            return rel.startsWith("helm/") && (rel.endsWith(".yaml") || rel.endsWith(".tpl"))
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
