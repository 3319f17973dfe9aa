package dev.tmplpatch.render;

import static dev.tmplpatch.render.GoRendererConformanceTest.seed;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * RenderedPodCheckConformanceTest runs the scenario check on the seed's before/after templates,
 * and on broken edits to prove each part of the check can fail.
 */
@Tag("conformance")
class RenderedPodCheckConformanceTest {
  private static final String RUN_AS = "      runAsUser: {{ .ProxyUID | default \"1337\" }}\n"
      + "      runAsGroup: {{ .ProxyGID | default \"1337\" }}\n";

  @Test
  void seedScenario1PassesTheUnprivilegedPortsCheck() throws IOException {
    RenderedPodCheck.assertScenario("unprivileged-ports", original(), seed("scenario1.expected.yaml"));
    RenderedPodCheck.assertScenario("1", original(), seed("scenario1.expected.yaml"));
  }

  @Test
  void seedScenario2PassesThePrivilegedPortsCheck() throws IOException {
    RenderedPodCheck.assertScenario("privileged-ports", original(), seed("scenario2.expected.yaml"));
    RenderedPodCheck.assertScenario("2", original(), seed("scenario2.expected.yaml"));
  }

  @Test
  void scenario2WithTheRootFieldsReplacedPassesTheRootCheck() throws IOException {
    RenderedPodCheck.assertScenario("privileged-ports-root", original(), rootEdit());
  }

  @Test
  void theUneditedTemplateFailsBecauseTheSysctlIsStillThere() throws IOException {
    String message = failure("unprivileged-ports", original());
    assertTrue(message.contains("spec.securityContext.sysctls[name=" + RenderedPodCheck.SYSCTL + "].name: still mentions"),
        message);
  }

  @Test
  void aDuplicatedRunAsUserIsReportedAsInvalidYaml() throws IOException {
    // The docs' commented root lines, uncommented in place below the templated ones.
    String uncommented = seed("scenario2.expected.yaml").replace(RUN_AS,
        RUN_AS + "      runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false\n");
    String message = failure("privileged-ports-root", uncommented);
    assertTrue(message.contains("the edited template does not render (YAML)"), message);
    assertTrue(message.contains("key \"runAsUser\" already set in map"), message);
  }

  @Test
  void anUnrelatedEnvChangeIsReportedWithItsJsonPath() throws IOException {
    String edited = seed("scenario1.expected.yaml").replace(".svc:15012", ".svc:15013");
    String message = failure("unprivileged-ports", edited);
    assertTrue(message.contains("[chart defaults, deployment.1.26.2-simple.baseline.yaml] unexpected difference at "
        + "spec.containers[name=istio-proxy].env[name=CA_ADDR].value: "
        + "original \"istiod.istio-system.svc:15012\", edited \"istiod.istio-system.svc:15013\""), message);
    // Reported for chart defaults and the user securityContext; the other-branches fixture sets
    // global.caAddress, so the changed line is not rendered there.
    assertTrue(message.contains("(2 problems)"), message);
  }

  @Test
  void anEditInABranchOnlyOtherValuesRenderIsCaught() throws IOException {
    String edited = seed("scenario1.expected.yaml").replace("    - --log_as_json\n", "    - --log-as-json\n");
    String message = failure("unprivileged-ports", edited);
    assertTrue(message.contains("(1 problem)"), message);
    assertTrue(message.contains("[other branches (annotated workload, values.other-branches.yaml)] unexpected difference at "
        + "spec.containers[name=istio-proxy].args[8]: original \"--log_as_json\", edited \"--log-as-json\""), message);
  }

  @Test
  void thePrivilegedPortsCheckFailsOnTheScenario1Template() throws IOException {
    String message = failure("privileged-ports", seed("scenario1.expected.yaml"));
    assertTrue(message.contains("spec.containers[name=istio-proxy].securityContext.capabilities.add: "
        + "expected to contain NET_BIND_SERVICE, found nothing"), message);
  }

  @Test
  void theUnprivilegedPortsCheckReportsACapabilityItDidNotAskFor() throws IOException {
    String message = failure("unprivileged-ports", seed("scenario2.expected.yaml"));
    assertTrue(message.contains("unexpected difference at spec.containers[name=istio-proxy].securityContext.capabilities: added"),
        message);
  }

  @Test
  void theRootCheckFailsWhenTheProxyStillRunsAs1337() throws IOException {
    String message = failure("privileged-ports-root", seed("scenario2.expected.yaml"));
    assertTrue(message.contains("securityContext.runAsUser: expected 0, found 1337"), message);
    assertTrue(message.contains("securityContext.runAsNonRoot: expected false, found nothing"), message);
  }

  @Test
  void aPodLevelCapabilityAsInTheOlderDocsIsReported() throws IOException {
    // Seeds 002/003 put capabilities under the pod securityContext, where Kubernetes has no such field.
    String edited = seed("scenario1.expected.yaml").replace("    sysctls: []  \n",
        "    sysctls: []  \n    capabilities:\n      add: [CAP_NET_BIND_SERVICE]  \n");
    String message = failure("privileged-ports", edited);
    assertTrue(message.contains("capabilities.add: expected to contain NET_BIND_SERVICE, found nothing"), message);
    assertTrue(message.contains("unexpected difference at spec.securityContext.capabilities: added"), message);
  }

  @Test
  void seedScenariosLeaveTheUserValuesBranchAlone() throws IOException {
    RenderFixture user = RenderFixture.userSecurityContext();
    RenderedPodCheck.assertScenario("unprivileged-ports", original(), seed("scenario1.expected.yaml"), user);
    RenderedPodCheck.assertScenario("privileged-ports", original(), seed("scenario2.expected.yaml"), user);
    RenderedPodCheck.assertScenario("privileged-ports-root", original(), rootEdit(), user);
  }

  @Test
  void anEditThatDropsTheUserValuesBranchIsReportedUnderTheUserFixture() throws IOException {
    String branchless = seed("scenario1.expected.yaml").replace("  {{- if .Values.gateways.securityContext }}\n"
        + "    {{- toYaml .Values.gateways.securityContext | nindent 4 }}\n"
        + "  {{- else }}\n"
        + "    sysctls: []  \n"
        + "  {{- end }}\n", "    sysctls: []\n");
    assertTrue(!branchless.equals(seed("scenario1.expected.yaml")), "the seed's securityContext branch moved");
    // With chart defaults the two templates render the same pod, so only the user fixture can tell.
    RenderedPodCheck.assertScenario("unprivileged-ports", original(), branchless, RenderFixture.chartDefaults());
    String message = assertThrows(AssertionFailedError.class, () -> RenderedPodCheck.assertScenario(
        "unprivileged-ports", original(), branchless, RenderFixture.userSecurityContext())).getMessage();
    assertTrue(message.contains("unexpected difference at spec.securityContext.fsGroup: removed (original 1337)"), message);
    assertTrue(message.contains("unexpected difference at spec.securityContext.seccompProfile: removed"), message);
  }

  @Test
  void aCapPrefixedCapabilityIsNotAccepted() throws IOException {
    // containerd prepends CAP_ itself, so CAP_NET_BIND_SERVICE would become CAP_CAP_NET_BIND_SERVICE.
    String edited = seed("scenario2.expected.yaml").replace("        - NET_BIND_SERVICE\n", "        - CAP_NET_BIND_SERVICE\n");
    String message = assertThrows(AssertionFailedError.class, () -> RenderedPodCheck.assertScenario(
        "privileged-ports", original(), edited, RenderFixture.chartDefaults())).getMessage();
    assertTrue(message.contains("capabilities.add: expected to contain NET_BIND_SERVICE, found [\"CAP_NET_BIND_SERVICE\"]"),
        message);
    assertTrue(message.contains("unexpected difference at spec.containers[name=istio-proxy].securityContext.capabilities: "
        + "added (edited {\"add\":[\"CAP_NET_BIND_SERVICE\"]})"), message);
  }

  @Test
  void anUnknownScenarioNameIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RenderedPodCheck.assertScenario("3", "a: 1\n", "a: 1\n"));
    assertTrue(e.getMessage().contains("unprivileged-ports, privileged-ports, privileged-ports-root"), e.getMessage());
  }

  private static String original() throws IOException {
    return seed("gateway-injection-template.original.yaml");
  }

  /** rootEdit is scenario 2 with the templated user and group replaced by root, by hand. */
  private static String rootEdit() throws IOException {
    String scenario2 = seed("scenario2.expected.yaml");
    String root = scenario2.replace(RUN_AS, "      runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false\n");
    assertTrue(!root.equals(scenario2), "the seed no longer has the templated runAsUser/runAsGroup lines");
    return root;
  }

  private static String failure(String scenario, String edited) throws IOException {
    String original = original();
    return assertThrows(AssertionFailedError.class,
        () -> RenderedPodCheck.assertScenario(scenario, original, edited)).getMessage();
  }
}
