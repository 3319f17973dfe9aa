package dev.tmplpatch.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * CorpusRoundTripConformanceTest gives back every byte of every file of the whole conformance
 * corpus (-Dtmplpatch.corpus), as TemplateDocumentTest does for the slice in testdata/.
 */
@Tag("conformance")
class CorpusRoundTripConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyCorpusFileThatLoadsGivesBackEveryByte() throws IOException {
    Path corpus = Corpus.conformanceCorpus();
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("istio", "helm", "seed", "k8s")) {
      Path dir = corpus.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    assertTrue(files.size() > 600, "expected the whole corpus, found " + files.size() + " files in " + corpus);
    return files.stream()
        .map(p -> DynamicTest.dynamicTest(corpus.relativize(p).toString(), () -> TemplateDocumentTest.roundTrip(p)));
  }
}
