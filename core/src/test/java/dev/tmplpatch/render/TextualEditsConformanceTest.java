package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * TextualEditsConformanceTest edits every release's gateway template by plain text replacement,
 * the way the docs tell users to, and runs the scenario check on the result: it proves the check
 * passes correct edits on every release (no false alarms from the fixtures) before the real
 * recipes are run through it, and that it still fails the unedited template.
 */
@Tag("conformance")
class TextualEditsConformanceTest {
  private static final String SYSCTL_LINES = "    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n"
      + "      value: \"0\"\n";
  private static final String RUN_AS = "      runAsUser: {{ .ProxyUID | default \"1337\" }}\n"
      + "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n";
  private static final String ADD = "      capabilities:\n        add:\n        - NET_BIND_SERVICE\n";
  private static final String ROOT = "      runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false\n";

  static java.util.stream.Stream<String> releases() throws IOException {
    return GoRendererConformanceTest.releases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void aTextualEditOfEveryReleasePassesEveryScenario(String release) throws IOException {
    String original = template(release);
    RenderedPodCheck.assertScenario("unprivileged-ports", original, scenario1(release, original));
    RenderedPodCheck.assertScenario("privileged-ports", original, scenario2(original, release));
    RenderedPodCheck.assertScenario("privileged-ports-root", original, root(original, release));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void theUneditedTemplateFailsEveryScenarioThatChangesSomething(String release) throws IOException {
    String original = template(release);
    assertThrows(AssertionFailedError.class,
        () -> RenderedPodCheck.assertScenario("privileged-ports", original, original), release);
    assertThrows(AssertionFailedError.class,
        () -> RenderedPodCheck.assertScenario("privileged-ports-root", original, original), release);
    if (GoRendererConformanceTest.minor(release) >= 20) {
      assertThrows(AssertionFailedError.class,
          () -> RenderedPodCheck.assertScenario("unprivileged-ports", original, original), release);
    } else {
      // 1.18 and 1.19 have no sysctl: scenario 1 has nothing to do there, so unedited passes.
      RenderedPodCheck.assertScenario("unprivileged-ports", original, original);
    }
  }

  private static String template(String release) throws IOException {
    return Files.readString(Corpus.dir().resolve("istio/" + release + "/gateway-injection-template.yaml"));
  }

  private static String scenario1(String release, String original) {
    String edited = original.replace(SYSCTL_LINES, "    sysctls: []\n");
    if (GoRendererConformanceTest.minor(release) >= 20) {
      assertNotEquals(original, edited, release + ": the sysctl lines moved");
    }
    return edited;
  }

  private static String scenario2(String original, String release) {
    String edited = scenario1(release, original);
    if (edited.contains("    securityContext:\n" + RUN_AS)) {
      return edited.replace("    securityContext:\n" + RUN_AS, "    securityContext:\n" + ADD + RUN_AS);
    }
    // 1.18 and 1.19: istio-proxy has no securityContext; add one before its env list.
    assertTrue(edited.contains("\n    env:\n"), release);
    return edited.replaceFirst("\n    env:\n", "\n    securityContext:\n" + ADD + "    env:\n");
  }

  private static String root(String original, String release) {
    String edited = scenario2(original, release);
    if (edited.contains(RUN_AS)) {
      return edited.replace(RUN_AS, ROOT);
    }
    return edited.replace(ADD, ADD + ROOT);
  }
}
