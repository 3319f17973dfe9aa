package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

  private static JsonNode inspect(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "inspect";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--json";
    Cli.Result r = Cli.run(all);
    assertEquals(0, r.exitCode(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void theUneditedTemplateCarriesNoFixAndShowsTheSysctlInItsDefaultBranch() throws Exception {
    JsonNode r = inspect(Cli.testdata("seed/gateway-injection-template.original.yaml").toString());
    assertEquals("{\"unprivileged-ports\":false,\"privileged-ports\":false,\"privileged-ports-root\":false}",
        r.get("carries").toString());
    assertEquals(2, r.get("pods").size());
    assertEquals("[\"(from values)\"]", r.get("pods").get(0).get("sysctls").toString());
    assertEquals("[\"net.ipv4.ip_unprivileged_port_start\"]", r.get("pods").get(1).get("sysctls").toString());
    assertEquals("else-branch of `if .Values.gateways.securityContext` (line 19)", r.get("pods").get(1).get("branches").asText());
  }

  @Test
  void theRootResultCarriesEveryFix() throws Exception {
    JsonNode r = inspect(Cli.testdata("edit/privileged-ports-root/expected.yaml").toString());
    assertEquals("{\"unprivileged-ports\":true,\"privileged-ports\":true,\"privileged-ports-root\":true}",
        r.get("carries").toString());
    JsonNode proxy = r.get("pods").get(1).get("container");
    assertEquals("{\"name\":\"istio-proxy\",\"add\":[\"NET_BIND_SERVICE\"],\"drop\":[],\"runAsUser\":\"0\","
        + "\"runAsGroup\":\"0\",\"runAsNonRoot\":\"false\"}", proxy.toString());
  }

  @Test
  void theClosestReleaseOfAScenarioResultNamesTheScenario() throws Exception {
    JsonNode r = inspect(Cli.testdata("istio/1.27.9/kube-gateway.yaml").toString());
    assertEquals("Istio 1.27.9 kube-gateway.yaml (exact)", r.get("closestRelease").asText());
  }

  @Test
  void theEnglishReportIsWordedAsBeforeTheBundle() {
    Cli.Result r = Cli.run("inspect", "--lang", "en");
    assertEquals(0, r.exitCode(), r.err());
    String container = "      container istio-proxy: add [], drop [], runAsUser (computed by the template),"
        + " runAsGroup (computed by the template), runAsNonRoot (not set)\n";
    assertEquals("gateway-injection-template.yaml:\n"
        + "  unprivileged-ports: not carried\n"
        + "  privileged-ports: not carried\n"
        + "  privileged-ports-root: not carried\n"
        + "  closest release: Istio 1.26.2 gateway-injection-template.yaml (nearest: the other changes remove or add"
        + " 2 lines)\n"
        + "  functions: and, annotation, append, contains, default, eq, ge, indent, index, isset, join, len, list,"
        + " nindent, not, printf, protoToJSON, quote, structToJSON, toLower, toYaml, valueOrDefault\n"
        + "  - with then-branch of `if .Values.gateways.securityContext` (line 19):\n"
        + "      spec (document 1) sysctls [(from values)]\n"
        + container
        + "  - with else-branch of `if .Values.gateways.securityContext` (line 19):\n"
        + "      spec (document 1) sysctls [net.ipv4.ip_unprivileged_port_start]\n"
        + container, r.out());
  }
}
