package dev.tmplpatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.Corpus;
import dev.tmplpatch.emit.ParseReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GoConformanceTest asserts that tmplpatch reads every corpus file, and thousands of mutants of
 * them, exactly as Go 1.24 does: same ok, same error text, and the same action spans, lines,
 * columns, kinds and trim flags. 100% agreement, not most.
 *
 * <p>Run: {@code mvn -B -pl core -Pconformance test -Dtmplpatch.go=$(bash .ci/install-go.sh)}.
 * Reproduce a mutant run with {@code -Dtmplpatch.seed=N}; {@code -Dtmplpatch.mutants=N} sets how
 * many. Disagreements are written to core/target/conformance-disagreements.txt.
 */
@Tag("conformance")
class GoConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
  private static GoReference go;
  private static Path corpusDir;
  private static List<Path> corpus;

  @BeforeAll
  static void buildGoAndListCorpus() throws Exception {
    corpusDir = Corpus.conformanceCorpus();
    go = GoReference.build();
    corpus = new ArrayList<>();
    for (String dir : List.of("istio", "helm", "seed")) {
      Path root = corpusDir.resolve(dir);
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(corpus::add);
      }
    }
    Files.deleteIfExists(TARGET.resolve("conformance-disagreements.txt"));
  }

  @Test
  void everyCorpusFileLoadsExactlyAsGoLoadsIt() throws Exception {
    Outcome outcome = compare(corpus, "corpus");
    List<String> disagreements = outcome.disagreements();
    assertTrue(outcome.goOk() > corpus.size() * 9 / 10, "Go itself should load most corpus files, loaded " + outcome.goOk());
    assertEquals(List.of(), disagreements, disagreements.size() + " of " + corpus.size()
        + " corpus files disagree with Go (see target/conformance-disagreements.txt)");
  }

  @Test
  void istioFilesNamedInjectLikeIstiodLoadExactlyAsGoLoadsThem() throws Exception {
    // istiod names the template "inject"; errors then read "template: inject:3: ... at inject:2".
    // The folder given as -Dtmplpatch.corpus need not be named corpus: select by location.
    List<Path> istio = corpus.stream().filter(p -> p.startsWith(corpusDir.resolve("istio"))).toList();
    assertTrue(istio.size() > 0, "no istio/ files in " + corpusDir);
    List<String> disagreements = compare(istio, "istio named inject", "inject").disagreements();
    assertEquals(List.of(), disagreements, disagreements.size() + " of " + istio.size()
        + " istio files named inject disagree with Go");
  }

  @Test
  void mutatedCorpusFilesLoadExactlyAsGoLoadsThem() throws Exception {
    long seed = Long.getLong("tmplpatch.seed", new Random().nextLong());
    int count = Integer.getInteger("tmplpatch.mutants", 3000);
    System.out.println("conformance mutants: seed=" + seed + " count=" + count + " (-Dtmplpatch.seed=" + seed + ")");
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    Path dir = TARGET.resolve("mutants");
    deleteTree(dir);
    Files.createDirectories(dir);
    List<Path> mutants = new ArrayList<>();
    StringBuilder manifest = new StringBuilder("seed " + seed + "\n");
    for (int i = 0; i < count; i++) {
      Path source = corpus.get(random.nextInt(corpus.size()));
      Mutator.Mutant m = mutator.mutate(Files.readString(source, StandardCharsets.UTF_8));
      Path out = dir.resolve(String.format("%04d-%s", i, source.getFileName()));
      Files.writeString(out, m.text(), StandardCharsets.UTF_8);
      mutants.add(out);
      manifest.append(out.getFileName()).append(" <- ").append(source).append(": ").append(m.steps()).append('\n');
    }
    Files.writeString(dir.resolve("MANIFEST.txt"), manifest);
    Outcome outcome = compare(mutants, "mutants seed=" + seed);
    List<String> disagreements = outcome.disagreements();
    assertTrue(outcome.goOk() > 0 && outcome.goOk() < count, "mutants should both load and fail in Go: " + outcome.goOk());
    assertEquals(List.of(), disagreements, disagreements.size() + " of " + count
        + " mutants disagree with Go, seed=" + seed + " (see target/conformance-disagreements.txt, target/mutants/MANIFEST.txt)");
  }

  @Test
  void deeplyNestedTemplatesLoadExactlyAsGoLoadsThem() throws Exception {
    Path dir = TARGET.resolve("deep");
    deleteTree(dir);
    Files.createDirectories(dir);
    int n = 10_000;
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < n; i++) {
      mixed.append(List.of("{{if .}}", "{{- range $i, $e := .}}", "{{with .X -}}\n").get(i % 3));
    }
    List<String> texts = List.of(
        "{{if .}}".repeat(n) + "x" + "{{end}}".repeat(n),
        "{{range .}}".repeat(n) + "{{break}}" + "{{end}}".repeat(n),
        mixed + "x" + "{{end}}".repeat(n),
        "{{ " + "(".repeat(n) + "1" + ")".repeat(n) + " }}",
        "{{ " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " }}",
        "{{if .}}\n".repeat(n),
        "{{ " + "(".repeat(n) + "1" + ")".repeat(n - 1) + " }}");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      files.add(Files.writeString(dir.resolve("deep-" + i + ".yaml"), texts.get(i), StandardCharsets.UTF_8));
    }
    List<String> disagreements = compare(files, "deep nesting").disagreements();
    assertEquals(List.of(), disagreements, disagreements.size() + " deeply nested templates disagree with Go");
  }

  /** Outcome is how many files Go loads and one description per file where the two views part. */
  private record Outcome(int goOk, List<String> disagreements) {}

  /** compare runs both sides over the files. */
  private static Outcome compare(List<Path> files, String label) throws Exception {
    return compare(files, label, null);
  }

  /** compare runs both sides over the files, naming every template {@code name} unless null. */
  private static Outcome compare(List<Path> files, String label, String name) throws Exception {
    List<JsonNode> goViews = go.report(files, name);
    List<String> out = new ArrayList<>();
    int ok = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      byte[] bytes = Files.readAllBytes(file);
      ok += goViews.get(i).path("ok").asBoolean() ? 1 : 0;
      JsonNode javaView;
      try {
        javaView = JSON.valueToTree(ParseReport.describe(
            new ParseReport.Input(file.toString(), name != null ? name : file.getFileName().toString(), bytes)));
      } catch (RuntimeException | StackOverflowError e) {
        out.add(file + " [" + label + "]\n  java threw " + e + "\n  go:   " + goViews.get(i));
        continue;
      }
      String diff = Agreement.difference(goViews.get(i), javaView, bytes);
      if (!diff.isEmpty()) {
        out.add(file + " [" + label + "]\n  " + diff);
      }
    }
    System.out.println("conformance " + label + ": " + files.size() + " files (" + ok + " load in Go), "
        + out.size() + " disagreements");
    if (!out.isEmpty()) {
      Files.writeString(TARGET.resolve("conformance-disagreements.txt"), String.join("\n\n", out) + "\n\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      out.stream().limit(20).forEach(d -> System.out.println("DISAGREEMENT " + (d.length() > 3000 ? d.substring(0, 3000) + "..." : d)));
    }
    return new Outcome(ok, out);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
