package dev.tmplpatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * InjectorConfigMapAsGoReadsItTest compares the templates we take from injector ConfigMap dumps
 * with what Go's sigs.k8s.io/yaml gives istiod for them (testdata/injector-configmap/expected.json,
 * printed by core/src/test/go/configmap): the gateway template first, in the middle and last of
 * data.config, in every block and quoted style, inside every style of data.config.
 */
class InjectorConfigMapAsGoReadsItTest {
  record Expected(Map<String, String> templates, String error) {}

  static Path dir() {
    return Path.of(System.getProperty("tmplpatch.testdata")).resolve("injector-configmap");
  }

  static Map<String, Expected> expected() throws IOException {
    return new ObjectMapper().readValue(dir().resolve("expected.json").toFile(), new TypeReference<>() {});
  }

  static Stream<String> dumps() throws IOException {
    return expected().keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("dumps")
  void templatesAreWhatGoGivesIstiod(String file) throws IOException {
    Expected want = expected().get(file);
    assertEquals(null, want.error(), "the fixtures are all valid for Go");
    String yaml = Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
    assertEquals(want.templates(), InjectorConfigMap.parse(file, yaml).templates());
  }

  @org.junit.jupiter.api.Test
  void everyPositionAndStyleIsCovered() throws IOException {
    assertEquals(60, expected().size());
    assertFalse(expected().values().stream().anyMatch(e -> e.templates() == null));
  }
}
