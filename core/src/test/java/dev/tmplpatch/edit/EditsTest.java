package dev.tmplpatch.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.document.TemplateDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each edit on small templates: the result, idempotence, and style of inserted lines. */
class EditsTest {

  private static final String POD = String.join("\n",
      "spec:",
      "  securityContext:",
      "    sysctls:",
      "    - name: net.ipv4.ip_unprivileged_port_start",
      "      value: \"0\"",
      "    - name: net.core.somaxconn",
      "      value: \"1024\"",
      "  containers:",
      "  - name: istio-proxy",
      "    image: proxy",
      "    securityContext:",
      "      runAsUser: {{ .ProxyUID | default \"1337\" }}",
      "      capabilities:",
      "        drop:",
      "        - ALL",
      "") ;

  /** apply applies an edit, checks it is idempotent and returns the new text. */
  private static String apply(Edit edit, String text) {
    EditResult once = edit.apply(TemplateDocument.load("t.yaml", text));
    EditResult twice = edit.apply(once.document());
    assertFalse(twice.changed(), () -> edit.name() + " is not idempotent:\n" + twice.document().text());
    assertTrue(twice.findings().stream().anyMatch(f -> f.rule().equals("already-applied")), twice.findings().toString());
    return once.document().text();
  }

  @Test
  void dropsOneNamedSysctlAndKeepsTheOthers() {
    String out = apply(DropSysctl.named(DropSysctl.UNPRIVILEGED_PORT_START), POD);
    assertEquals(POD.replace("    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n", ""), out);
  }

  @Test
  void scenarioOneRemovesOnlyOurSysctlAndKeepsTheOthers() {
    String out = apply(DropSysctl.clearWhereSet(DropSysctl.UNPRIVILEGED_PORT_START), POD);
    assertEquals(POD.replace("    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n", ""), out);
  }

  @Test
  void addsTheCapabilityNextToAnExistingDrop() {
    String out = apply(AddCapabilities.to("istio-proxy", List.of("cap_net_bind_service")), POD);
    assertTrue(out.endsWith("      capabilities:\n        add:\n        - NET_BIND_SERVICE\n        drop:\n        - ALL\n"), out);
  }

  @Test
  void mergesIntoAnExistingAddListInItsOwnStyle() {
    String text = "spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n      capabilities:\n"
        + "        add:\n          - NET_ADMIN\n";
    String out = apply(AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE", "NET_ADMIN")), text);
    assertEquals(text + "          - NET_BIND_SERVICE\n", out);
  }

  @Test
  void mergesIntoAFlowList() {
    String text = "spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n      capabilities:\n"
        + "        add: [NET_ADMIN]\n";
    String out = apply(AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE")), text);
    assertTrue(out.endsWith("        add: [NET_ADMIN, NET_BIND_SERVICE]\n"), out);
  }

  @Test
  void followsFourSpaceIndentationCrlfAndAMissingFinalNewline() {
    String text = "spec:\r\n    containers:\r\n        -   name: istio-proxy\r\n            securityContext:\r\n"
        + "                runAsUser: 1337";
    String out = apply(AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE")), text);
    assertEquals("spec:\r\n    containers:\r\n        -   name: istio-proxy\r\n            securityContext:\r\n"
        + "                capabilities:\r\n                    add:\r\n                        - NET_BIND_SERVICE\r\n"
        + "                runAsUser: 1337", out);
  }

  @Test
  void createsTheSecurityContextWhereTheContainerHasNone() {
    String text = "spec:\n  containers:\n  - name: istio-proxy\n  {{- if .x }}\n    image: a\n  {{- end }}\n";
    String out = apply(AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE")), text);
    assertEquals("spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n      capabilities:\n"
        + "        add:\n        - NET_BIND_SERVICE\n  {{- if .x }}\n    image: a\n  {{- end }}\n", out);
  }

  @Test
  void refusesAContainerThatIsNotThereWithTheClosestName() {
    EditException e = assertThrows(EditException.class,
        () -> AddCapabilities.to("istio-prxy", List.of("NET_BIND_SERVICE")).apply(TemplateDocument.load("t.yaml", POD)));
    assertEquals("no container istio-prxy (looked for containers[name=istio-prxy] of spec, spec.template.spec"
        + " or spec.jobTemplate.spec.template.spec)", e.getMessage());
    assertTrue(e.hint().contains("did you mean istio-proxy?"), e.hint());
  }

  @Test
  void refusesASecurityContextMadeOnlyByToYaml() {
    String text = "spec:\n  containers:\n  - name: istio-proxy\n    securityContext:\n"
        + "      {{- toYaml .Values.sc | nindent 6 }}\n";
    EditException e = assertThrows(EditException.class,
        () -> AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE")).apply(TemplateDocument.load("t.yaml", text)));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("produced only by `{{- toYaml .Values.sc | nindent 6 }}`"), e.getMessage());
  }

  @Test
  void refusesNamesThatAreNotCapabilities() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVIC")));
    assertTrue(e.getMessage().contains("did you mean NET_BIND_SERVICE?"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AddCapabilities.to("Istio Proxy", List.of("NET_ADMIN")));
  }

  @Test
  void runAsRootReplacesTheTemplatedUserInsteadOfAddingADuplicate() {
    String out = apply(RunAsRoot.forContainer("istio-proxy", true), POD);
    assertTrue(out.contains("      runAsUser: 0\n      runAsGroup: 0\n      runAsNonRoot: false\n      capabilities:\n"), out);
    assertFalse(out.contains("ProxyUID"), out);
  }

  @Test
  void runAsRootNeedsAnExplicitOptIn() {
    // One check and one wording for the library, the Gateway options and both front ends; the
    // library names its own opt-in (the allowRoot argument), not a command-line flag.
    RootNotAllowedException e = assertThrows(RootNotAllowedException.class,
        () -> RunAsRoot.forContainer("istio-proxy", false));
    assertEquals("run-as-root runs the proxy as root and needs an explicit opt-in (allowRoot = true); hint: "
        + RunAsRoot.COST + "; prefer ports 1024 or above (scenario privileged-ports keeps the proxy non-root)",
        e.getMessage());
  }

  @Test
  void refusesToInsertWhereATrimMarkerWouldEatTheIndentation() {
    String text = "spec:\n  containers:\n  - name: istio-proxy {{- /* keep */ -}}\n\n    image: a\n";
    EditException e = assertThrows(EditException.class,
        () -> AddCapabilities.to("istio-proxy", List.of("NET_BIND_SERVICE")).apply(TemplateDocument.load("t.yaml", text)));
    assertTrue(e.getMessage().contains("trim marker"), e.getMessage());
  }

  @Test
  void primitivesSetRemoveAndInsert() {
    String set = apply(SetScalar.at("spec.containers[name=istio-proxy].image", "proxy:1.26"), POD);
    assertTrue(set.contains("    image: proxy:1.26\n"), set);
    String quoted = apply(SetScalar.at("spec.containers[name=istio-proxy].image", "a: b"), POD);
    assertTrue(quoted.contains("    image: 'a: b'\n") || quoted.contains("    image: \"a: b\"\n"), quoted);
    String added = apply(SetScalar.at("spec.containers[name=istio-proxy].securityContext.readOnlyRootFilesystem", true), POD);
    assertTrue(added.endsWith("        - ALL\n      readOnlyRootFilesystem: true\n"), added);
    String removed = apply(RemoveKey.at("spec.securityContext"), POD);
    assertTrue(removed.startsWith("spec:\n  containers:\n"), removed);
    String inserted = apply(InsertEntries.intoMapping("spec.containers[name=istio-proxy].securityContext",
        Map.of("seccompProfile", Map.of("type", "RuntimeDefault"))), POD);
    assertTrue(inserted.endsWith("      seccompProfile:\n        type: RuntimeDefault\n"), inserted);
    String items = apply(InsertEntries.intoSequence("spec.containers[name=istio-proxy].securityContext.capabilities.drop",
        List.of("NET_RAW", "ALL")), POD);
    assertTrue(items.endsWith("        - ALL\n        - NET_RAW\n"), items);
  }

  @Test
  void pathsThatAreNotThereNameTheClosest() {
    EditException e = assertThrows(EditException.class,
        () -> SetScalar.at("spec.securityContxt.x", 1).apply(TemplateDocument.load("t.yaml", POD)));
    assertTrue(e.hint().contains("spec.securityContext"), e.hint());
  }

  @Test
  void anEditedLineKeepsItsOwnEndingInAMixedEndingFile() {
    String mixed = POD.replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n"
        + "    - name: net.core.somaxconn\n      value: \"1024\"\n",
        "    sysctls:\r\n    - name: net.ipv4.ip_unprivileged_port_start\r\n      value: \"0\"\r\n");
    String out = apply(DropSysctl.clearWhereSet(DropSysctl.UNPRIVILEGED_PORT_START), mixed);
    assertEquals(mixed.replace("    sysctls:\r\n    - name: net.ipv4.ip_unprivileged_port_start\r\n      value: \"0\"\r\n",
        "    sysctls: []\r\n"), out);
  }

  @Test
  void addingABroadCapabilityWarnsWhatItGrants() {
    EditResult r = AddCapabilities.to("istio-proxy", List.of("SYS_ADMIN")).apply(TemplateDocument.load("t.yaml", POD));
    List<String> warnings = r.findings().stream().filter(f -> f.rule().equals("broad-capability"))
        .map(dev.tmplpatch.diag.Diagnostic::message).toList();
    assertEquals(List.of("adding SYS_ADMIN to container istio-proxy grants SYS_ADMIN, close to root: mounts, namespaces"
        + " and the usual container escapes; Pod Security 'baseline' rejects the pod"), warnings);
  }
}
