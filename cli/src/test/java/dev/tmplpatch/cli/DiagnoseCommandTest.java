package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tmplpatch.testkit.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagnoseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path diagnose(String name) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve("diagnose").resolve(name);
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(diagnose(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pasted outputs of testdata/diagnose and what each is recognised as. */
  static Stream<Arguments> pastes() {
    return Stream.of(
        Arguments.of("describe-pod-runc-1.1", List.of("sysctl-missing.runc-1.1:34x2"), 0),
        Arguments.of("events-runc-1.0", List.of("sysctl-missing.runc-1.0:3x1"), 0),
        Arguments.of("journal-cri-o", List.of("sysctl-missing.cri-o:2x1"), 0),
        Arguments.of("gateway-log-bind-denied", List.of("bind-denied:2x3"), 0),
        Arguments.of("istiod-log-omitnil", List.of("template-function:1x2", "injector-config-rejected:2x1"), 0),
        Arguments.of("replicaset-psa-root", List.of("psa-root:13x1"), 0),
        Arguments.of("describe-pod-nonroot", List.of("nonroot-policy:11x1"), 0),
        Arguments.of("unrelated-image-pull", List.of(), 1),
        Arguments.of("unrelated-crash-loop", List.of(), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pastes")
  void recognisesEachPasteAndMatchesTheGoldenReportsInBothLanguages(String name, List<String> found, int exit)
      throws Exception {
    Cli.Result j = Cli.runWithStdin(bytes(name + ".txt"), "diagnose", "--json", "--lang", "en");
    assertEquals(exit, j.exitCode());
    assertEquals("", j.err());
    List<String> ids = new ArrayList<>();
    for (JsonNode d : JSON.readTree(j.out()).get("diagnoses")) {
      ids.add(d.get("id").asText() + ":" + d.get("line").asInt() + "x" + d.get("count").asInt());
    }
    assertEquals(found, ids);
    for (String lang : List.of("en", "zh")) {
      Cli.Result r = Cli.runWithStdin(bytes(name + ".txt"), "diagnose", "-", "--lang", lang);
      assertEquals(exit, r.exitCode());
      assertEquals("", r.err());
      Golden.assertMatches(diagnose("golden/" + name + "." + lang + ".txt"), r.out());
    }
  }

  @Test
  void unknownInputSaysItFoundNothingItKnows() {
    Cli.Result r = Cli.runWithStdin("hello\n".getBytes(), "diagnose", "--lang", "en");
    assertEquals(1, r.exitCode());
    assertEquals("stdin: tmplpatch found nothing it knows (no sandbox sysctl error, low-port bind, runAsNonRoot, Pod"
        + " Security, capability or istiod template error).\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonOfADiagnosisCarriesTheFixCommands() throws Exception {
    Cli.Result r = Cli.runWithStdin(bytes("events-runc-1.0.txt"), "diagnose", "--json", "--lang", "zh");
    Golden.assertMatches(diagnose("golden/events-runc-1.0.zh.json"), r.out());
  }

  @Test
  void aMissingFileIsAnInputError() {
    Cli.Result r = Cli.run("diagnose", "no-such-file.txt");
    r.assertUserError(1);
    assertEquals("tmplpatch: cannot read no-such-file.txt: no such file or directory; hint: check the path and its permissions\n", r.err());
  }
}
