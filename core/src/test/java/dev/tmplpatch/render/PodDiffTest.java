package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PodDiffTest checks the paths and values PodDiff and the check's normalisation report, without Go. */
class PodDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static final String POD = "{'spec':{'securityContext':{'sysctls':[{'name':'net.ipv4.ip_unprivileged_port_start','value':'0'}]},"
      + "'containers':[{'name':'app'},{'name':'istio-proxy','env':[{'name':'A','value':'1'},{'name':'B','value':'2'}],"
      + "'securityContext':{'runAsUser':1337,'runAsGroup':1337}}]}}";

  @Test
  void equalTreesHaveNoDifferences() throws Exception {
    assertEquals(List.of(), PodDiff.between(json(POD), json(POD)));
  }

  @Test
  void aChangedEnvValueIsNamedByContainerAndEnvName() throws Exception {
    assertEquals(List.of("spec.containers[name=istio-proxy].env[name=B].value: original \"2\", edited \"3\""),
        PodDiff.between(json(POD), json(POD.replace("'value':'2'", "'value':'3'"))));
  }

  @Test
  void addedRemovedAndReorderedEntriesAreReported() throws Exception {
    String reordered = POD.replace("{'name':'A','value':'1'},{'name':'B','value':'2'}", "{'name':'B','value':'2'},{'name':'A','value':'1'}");
    assertEquals(List.of("spec.containers[name=istio-proxy].env: order changed from [A, B] to [B, A]"),
        PodDiff.between(json(POD), json(reordered)));
    assertEquals(List.of("spec.containers[name=istio-proxy].env[name=B]: removed (original {\"name\":\"B\",\"value\":\"2\"})"),
        PodDiff.between(json(POD), json(POD.replace(",{'name':'B','value':'2'}", ""))));
    assertEquals(List.of("spec.containers[name=istio-proxy].securityContext.runAsNonRoot: added (edited false)"),
        PodDiff.between(json(POD), json(POD.replace("'runAsGroup':1337", "'runAsGroup':1337,'runAsNonRoot':false"))));
  }

  @Test
  void unnamedListsAreComparedByIndex() throws Exception {
    assertEquals(List.of("a[1]: original 2, edited 3", "a[2]: added (edited 4)"),
        PodDiff.between(json("{'a':[1,2]}"), json("{'a':[1,3,4]}")));
  }

  @Test
  void mentionsFindsTheSysctlByItsNamedPath() throws Exception {
    assertEquals(List.of("spec.securityContext.sysctls[name=net.ipv4.ip_unprivileged_port_start].name"),
        PodDiff.mentions(json(POD), "ip_unprivileged_port_start"));
  }

  @Test
  void theRootScenarioIgnoresExactlyTheExpectedPaths() throws Exception {
    String edited = "{'spec':{'securityContext':{'sysctls':[]},'containers':[{'name':'app'},{'name':'istio-proxy',"
        + "'env':[{'name':'A','value':'1'},{'name':'B','value':'2'}],'securityContext':{'capabilities':{'add':['NET_BIND_SERVICE']},"
        + "'runAsUser':0,'runAsGroup':0,'runAsNonRoot':false}}]}}";
    RenderedPod before = new RenderedPod(json(POD), "", List.of());
    RenderedPod after = new RenderedPod(json(edited), "", List.of());
    assertEquals(List.of(), RenderedPodCheck.problems(Scenario.PRIVILEGED_PORTS_ROOT, before, after));
    assertEquals(List.of(
        "spec.containers[name=istio-proxy].securityContext.runAsUser: expected 0, found \"0\""),
        RenderedPodCheck.problems(Scenario.PRIVILEGED_PORTS_ROOT, before,
            new RenderedPod(json(edited.replace("'runAsUser':0", "'runAsUser':'0'")), "", List.of())));
  }
}
