package dev.tmplpatch.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.document.YamlOutline.Entry;
import dev.tmplpatch.document.YamlOutline.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlOutlineTest {

  private static final TemplateDocument SEED =
      TemplateDocument.load("gateway", Corpus.read(Corpus.seed("gateway-injection-template.original.yaml")));

  private static String pathOf(int line) {
    return SEED.outline().entry(line).path().toString();
  }

  @Test
  void keysGetTheirPathsPerBranch() {
    assertEquals("spec.securityContext", pathOf(18));
    assertEquals("spec.securityContext.sysctls", pathOf(22));
    assertEquals("spec.securityContext.sysctls[name=net.ipv4.ip_unprivileged_port_start]", pathOf(23));
    assertEquals("spec.containers[name=istio-proxy]", pathOf(27));
    assertEquals("spec.containers[name=istio-proxy].securityContext", pathOf(55));
    assertEquals("spec.containers[name=istio-proxy].securityContext.runAsUser", pathOf(56));
  }

  @Test
  void theOutputOfToYamlIsKnownAsYamlOfItsOwn() {
    Entry e = SEED.outline().entry(20);
    assertEquals(Role.OUTPUT, e.role());
    assertEquals(4, e.column());
    assertEquals(18, e.parent());
  }

  @Test
  void blockScalarBodiesAreNotStructure() {
    // PROXY_CONFIG's `value: |` and ISTIO_META_POD_PORTS's `value: |-` hold template text.
    List<Entry> entries = SEED.outline().entries();
    Entry podPorts = entries.stream().filter(e -> e.value().equals("|-")).findFirst().orElseThrow();
    Entry next = SEED.outline().entry(podPorts.line().number() + 1);
    assertEquals(Role.SCALAR_BODY, next.role());
    assertTrue(podPorts.startsBlockScalar());
  }

  @Test
  void itemsWithoutANameAreNamedLater() {
    // `- emptyDir: {}` then `name: workload-socket` on the next line.
    assertTrue(SEED.outline().find(YamlPath.parse("spec.volumes[name=workload-socket]")).size() == 1);
  }

  @Test
  void aMultiLineFlowMappingIsFlowContent() {
    TemplateDocument doc = TemplateDocument.load("t", "metadata:\n  annotations: {\n    a: b,\n  }\nspec:\n  x: 1\n");
    assertEquals(Role.FLOW, doc.outline().entry(3).role());
    assertEquals("spec.x", doc.outline().entry(6).path().toString());
  }

  @Test
  void extentCoversChildrenButNotTrailingDirectives() {
    assertEquals(24, SEED.outline().extent(22));
  }
}
