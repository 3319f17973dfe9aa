package dev.tmplpatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import dev.tmplpatch.source.YamlStreams;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * ComposedProjectionTest holds the shared compose to its promise: the strict check it derives
 * from the composed documents is exactly {@link Projection#check}'s, the one it replaces.
 */
class ComposedProjectionTest {

  private static List<Optional<Projection.YamlProblem>> fresh(TemplateDocument doc) {
    List<Optional<Projection.YamlProblem>> out = new ArrayList<>();
    for (Projection p : Projection.covering(doc)) {
      out.add(p.check());
    }
    return out;
  }

  @Test
  void sharedCoveringChecksEqualFreshLoadsOnEveryIstioTemplate() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.testdata().resolve("istio"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    int checked = 0;
    for (Path f : files) {
      TemplateDocument doc;
      try {
        doc = TemplateDocument.load(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        continue; // not a template this check applies to
      }
      assertEquals(fresh(doc), doc.coveringProblems(), f.toString());
      checked++;
    }
    assertEquals(true, checked >= 30, "templates checked: " + checked);
  }

  @Test
  void strictProblemsEqualFreshLoadsOnHandMadeMistakes() {
    String mapping = "base: &m {a: 1}\n";
    StringBuilder manyAliases = new StringBuilder(mapping);
    StringBuilder someAliases = new StringBuilder(mapping);
    for (int i = 0; i < 60; i++) {
      manyAliases.append("k").append(i).append(": *m\n");
      if (i < 50) {
        someAliases.append("k").append(i).append(": *m\n");
      }
    }
    List<String> texts = List.of(
        "a: 1\nb: 2\n",
        "a: 1\na: 2\n",
        "a: 1\n---\nb: [1, 2\n",
        "a: !!int x\n",
        "a: *nowhere\n",
        "a: &x [1, *x]\n",
        "{{ if .X }}a: 1{{ else }}a: 1\na: 2{{ end }}\n",
        manyAliases.toString(),
        someAliases.toString(),
        "---\n" + manyAliases + "---\n" + someAliases,
        "a:\n  - b: 1\n    b: 2\n");
    for (String t : texts) {
      TemplateDocument doc = TemplateDocument.load("t.yaml", t);
      assertEquals(fresh(doc), doc.coveringProblems(), t);
    }
  }

  @Test
  void countsAliasesOfCollectionsButNotOfScalars() {
    String yaml = "s: &s x\nm: &m {a: 1}\nq: &q [1]\nr1: *s\nr2: *m\nr3: *q\nr4: *m\nr5: *s\n";
    Node doc = YamlStreams.nodes(LoadSettings.builder().build(), yaml).iterator().next();
    assertEquals(3, ComposedProjection.collectionAliases(doc));
    Node recursive = YamlStreams.nodes(LoadSettings.builder().build(), "&r [1, *r, *r]\n").iterator().next();
    assertEquals(2, ComposedProjection.collectionAliases(recursive));
  }
}
