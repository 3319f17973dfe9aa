package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.EditException;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * VerifiedEditPropertyConformanceTest changes the stock gateway templates the way users do (other
 * sysctls beside ours, other capabilities, a CAP_ spelling, the proxy's securityContext wrapped in
 * a new if/else, the sysctls list in flow style or with an anchor), runs a scenario, and checks
 * every success with an independent judge: real Go renders original and result under every fixture
 * and the pod must be what the scenario promises. The seed is printed; -Dtmplpatch.seed=N replays.
 */
@Tag("conformance")
class VerifiedEditPropertyConformanceTest {

  private static final String SYSCTL_BLOCK = "    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n";
  private static final String PROXY_SC = "    securityContext:\n      runAsUser: {{ .ProxyUID | default \"1337\" }}\n"
      + "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n";

  @Test
  void everyProvenEditRendersWithGoAsItsScenarioPromises() throws IOException {
    long seed = Long.getLong("tmplpatch.seed", new Random().nextLong());
    int cases = Integer.getInteger("tmplpatch.cases", 300);
    System.out.println("VerifiedEditPropertyConformanceTest seed " + seed + " (" + cases + " cases)");
    Random random = new Random(seed);
    List<Path> templates = new ArrayList<>();
    for (String release : GoRendererConformanceTest.releases().toList()) {
      Path p = Corpus.dir().resolve("istio").resolve(release).resolve("gateway-injection-template.yaml");
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (text.contains(SYSCTL_BLOCK) && text.contains(PROXY_SC)) {
        templates.add(p);
      }
    }
    assertTrue(templates.size() >= 10, "stock templates with both anchors: " + templates);
    int proven = 0;
    List<String> failures = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      Path file = templates.get(random.nextInt(templates.size()));
      String original = Files.readString(file, StandardCharsets.UTF_8);
      List<String> applied = new ArrayList<>();
      String input = mutate(original, random, applied);
      dev.tmplpatch.edit.Scenario scenario = dev.tmplpatch.edit.Scenario.values()[random.nextInt(dev.tmplpatch.edit.Scenario.values().length)];
      String label = "case " + c + " (seed " + seed + ") " + file.getParent().getFileName() + " " + scenario.id() + " " + applied;
      EditResult result;
      try {
        result = Recipe.forScenario(scenario, true).apply(TemplateDocument.load("gateway", input));
      } catch (EditException e) {
        failures.add(label + ": refused a shape the edits handle: " + e.describe());
        continue;
      }
      List<String> problems = new ArrayList<>();
      for (RenderFixture fixture : RenderFixture.all()) {
        for (String p : RenderedPodCheck.problems(Scenario.named(scenario.id()), input, result.document().text(), fixture)) {
          // A CAP_ spelling the edit rewrote is a difference the scenario means.
          if (!(applied.contains("cap-prefix") && p.startsWith("unexpected difference") && p.contains("capabilities"))) {
            problems.add("[" + fixture.name() + "] " + p);
          }
        }
      }
      if (problems.isEmpty()) {
        proven++;
      } else {
        failures.add(label + ": exit 0 but Go renders otherwise:\n    " + String.join("\n    ", problems));
      }
    }
    System.out.println("VerifiedEditPropertyConformanceTest: " + proven + " of " + cases + " confirmed by Go");
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases + " cases disagree (seed " + seed + "):\n" + String.join("\n", failures));
    }
  }

  /** mutate applies a random subset of the shapes users give the template. */
  static String mutate(String t, Random r, List<String> applied) {
    if (r.nextBoolean()) {
      t = t.replace(SYSCTL_BLOCK, SYSCTL_BLOCK.replace("    sysctls:\n",
          "    sysctls:\n    - name: net.ipv4.ping_group_range\n      value: \"0 2147483647\"\n"));
      applied.add("other-sysctl");
    }
    if (r.nextInt(4) == 0) {
      String other = applied.contains("other-sysctl") ? ", {name: net.ipv4.ping_group_range, value: \"0 2147483647\"}" : "";
      t = t.replace(t.contains("ping_group_range") ? SYSCTL_BLOCK.replace("    sysctls:\n",
              "    sysctls:\n    - name: net.ipv4.ping_group_range\n      value: \"0 2147483647\"\n") : SYSCTL_BLOCK,
          "    sysctls: [{name: net.ipv4.ip_unprivileged_port_start, value: \"0\"}" + other + "]\n");
      applied.add("flow-sysctls");
    } else if (r.nextInt(3) == 0) {
      t = t.replace("    sysctls:\n    - name:", "    sysctls: &pod-sysctls\n    - name:");
      applied.add("anchor");
    }
    String sc = PROXY_SC;
    int caps = r.nextInt(3);
    if (caps == 1) {
      sc = sc + "      capabilities:\n        add:\n        - NET_ADMIN\n        drop:\n        - ALL\n";
      applied.add("other-capability");
    } else if (caps == 2) {
      sc = sc + "      capabilities:\n        add:\n        - CAP_NET_BIND_SERVICE\n";
      applied.add("cap-prefix");
    }
    if (r.nextBoolean()) {
      String body = sc.substring("    securityContext:\n".length());
      sc = "    securityContext:\n    {{- if .Values.global.logAsJson }}\n" + body + "      readOnlyRootFilesystem: true\n"
          + "    {{- else }}\n" + body + "    {{- end }}\n";
      applied.add("if-else");
    }
    return t.replace(PROXY_SC, sc);
  }
}
