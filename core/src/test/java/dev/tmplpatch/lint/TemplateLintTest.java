package dev.tmplpatch.lint;

import dev.tmplpatch.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.TemplateDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLintTest {

  private static final String SEED = Corpus.read(Corpus.seed("gateway-injection-template.original.yaml"));

  private static List<String> rules(String text) {
    return TemplateLint.check(TemplateDocument.load("t.yaml", text)).stream().map(Diagnostic::rule).toList();
  }

  @Test
  void theUneditedSeedIsClean() {
    assertEquals(List.of(), rules(SEED));
  }

  @Test
  void seed003sPodLevelCapabilityIsCaughtTwice() {
    // Seeds 002/003 put this in the pod securityContext's else-branch.
    String broken = SEED.replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n",
        "    sysctls: []  \n    capabilities:\n      add: [CAP_NET_BIND_SERVICE]  \n");
    List<Diagnostic> findings = TemplateLint.check(TemplateDocument.load("t.yaml", broken));
    assertEquals(List.of("pod-capabilities", "cap-prefix"), findings.stream().map(Diagnostic::rule).toList());
    assertEquals(23, findings.get(0).line());
    assertEquals(24, findings.get(1).line());
  }

  @Test
  void theDocsUncommentedRootLinesAreADuplicateKey() {
    String broken = SEED.replace("      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n",
        "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n      runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false\n");
    List<Diagnostic> findings = TemplateLint.check(TemplateDocument.load("t.yaml", broken));
    // Go's sigs.k8s.io/yaml reads duplicate keys (the last wins), so this is not invalid YAML but
    // a silent mistake: its own rule.
    assertEquals(List.of("duplicate-key", "duplicate-key"), findings.stream().map(Diagnostic::rule).toList());
    assertEquals(58, findings.get(0).line());
    assertEquals(7, findings.get(0).column());
    assertEquals("key runAsUser appears twice in one mapping; Kubernetes' YAML reader keeps the last one silently",
        findings.get(0).message());
    assertEquals(59, findings.get(1).line());
    assertEquals("key runAsGroup appears twice in one mapping; Kubernetes' YAML reader keeps the last one silently",
        findings.get(1).message());
  }

  @Test
  void aHelmFunctionIstiodDoesNotHaveIsAnError() {
    String helm = SEED.replace("      runAsUser: {{ .ProxyUID | default \"1337\" }}", "      runAsUser: {{ include \"uid\" . }}");
    List<Diagnostic> findings = TemplateLint.check(TemplateDocument.load("t.yaml", helm));
    assertEquals(List.of("unknown-function"), findings.stream().map(Diagnostic::rule).toList());
    assertEquals(56, findings.get(0).line());
    assertEquals(21, findings.get(0).column());
    assertTrue(findings.get(0).hint().contains("Helm function"), findings.get(0).hint());
  }

  @Test
  void everyIstioReleasesGatewayTemplateCallsOnlyFunctionsIstiodHas() {
    for (var p : Corpus.istioGatewayTemplates()) {
      List<Diagnostic> findings = TemplateLint.check(TemplateDocument.load(p));
      assertTrue(findings.stream().noneMatch(f -> f.rule().equals("unknown-function")), p + ": " + findings);
    }
  }
}
