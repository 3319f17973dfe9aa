package dev.tmplpatch.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagnoseTest {

  /** Every failure text of diagnose-errors.md and user-reports.md, seen or built from source. */
  static Stream<Arguments> knownTexts() {
    return Stream.of(
        // §1, istio#36560 (runc <= 1.0)
        Arguments.of("Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim: OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: write sysctl key net.ipv4.ip_unprivileged_port_start: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown",
            List.of("sysctl-missing.runc-1.0")),
        // istio#49549 (runc 1.1, containerd)
        Arguments.of("Warning FailedCreatePodSandBox 3m kubelet Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown",
            List.of("sysctl-missing.runc-1.1")),
        // gateway-api#1798, higress#226 (docker)
        Arguments.of("failed to start sandbox container for pod \"gw-7d9c\": Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown",
            List.of("sysctl-missing.runc-1.1")),
        // containerd/nerdctl#5179 (runc 1.2.8+, 1.3.3+)
        Arguments.of("error during container init: open sysctl net.ipv4.ip_unprivileged_port_start file: openat /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory",
            List.of("sysctl-missing.runc-1.2.8")),
        // crun, built from source
        Arguments.of("Error: OCI runtime error: crun: open `/proc/sys/net/ipv4/ip_unprivileged_port_start`: No such file or directory",
            List.of("sysctl-missing.crun")),
        // CRI-O pinns, built from source
        Arguments.of("Failed to create pod sandbox: rpc error: code = Unknown desc = failed to pin namespaces [ipc uts net]: [pinns:w]: failed to open /proc/sys/net/ipv4/ip_unprivileged_port_start: No such file or directory\n[pinns:e]: Failed to configure sysctls after unshare: No such file or directory\n: exit status 1",
            List.of("sysctl-missing.cri-o")),
        // on the node
        Arguments.of("sysctl: cannot stat /proc/sys/net/ipv4/ip_unprivileged_port_start: No such file or directory",
            List.of("sysctl-missing.node")),
        // another tool's wording of the same missing file
        Arguments.of("cat: /proc/sys/net/ipv4/ip_unprivileged_port_start: No such file or directory",
            List.of("sysctl-missing")),
        Arguments.of("ls: cannot access '/proc/sys/net/ipv4/ip_unprivileged_port_start': No such file or directory",
            List.of("sysctl-missing")),
        // containerd 2.x config
        Arguments.of("failed to load CRI config: unprivileged_icmp and unprivileged_port require kernel version greater than or equal to 4.11",
            List.of("containerd-unprivileged-ports")),
        // §2 SysctlForbidden
        Arguments.of("Warning  SysctlForbidden  pod/gw-1  forbidden sysctl: \"net.ipv4.ip_unprivileged_port_start\" not allowlisted",
            List.of("sysctl-forbidden.unsafe")),
        Arguments.of("Pod was rejected: forbidden sysctl: \"net.ipv4.ip_unprivileged_port_start\" not whitelisted",
            List.of("sysctl-forbidden.unsafe")),
        Arguments.of("forbidden sysctl: \"net.ipv4.ip_unprivileged_port_start\" not allowed with host net enabled",
            List.of("sysctl-forbidden.host-network")),
        // §3 low ports, istio#26822, #29234, #38295
        Arguments.of("gRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) 0.0.0.0_80: cannot bind '0.0.0.0:80': Permission denied",
            List.of("bind-denied")),
        Arguments.of("Error adding/updating listener(s) [::]_443: cannot bind '[::]:443': Permission denied",
            List.of("bind-denied")),
        Arguments.of("buildGatewayListeners: skipping privileged gateway port 587 for node router~10.1.2.3~gw-1.ns~ns.svc.cluster.local as it is an unprivileged pod",
            List.of("skip-privileged-port")),
        // §4 runAsNonRoot
        Arguments.of("Warning  Failed  12s  kubelet  Error: container's runAsUser breaks non-root policy (pod: \"gw-5f7b-x2\", container: istio-proxy)",
            List.of("nonroot-policy")),
        Arguments.of("Error: container has runAsNonRoot and image will run as root (pod: \"gw-5f7b-x2\", container: istio-proxy)",
            List.of("nonroot-image-root")),
        Arguments.of("Error: container has runAsNonRoot and image has non-numeric user (istio-proxy), cannot verify user is non-root (pod: \"gw\", container: istio-proxy)",
            List.of("nonroot-non-numeric")),
        // §5 Pod Security
        Arguments.of("Error creating: pods \"gw-5f7b-x2\" is forbidden: violates PodSecurity \"restricted:latest\": runAsNonRoot != true (pod or container \"istio-proxy\" must set securityContext.runAsNonRoot=true), runAsUser=0 (container \"istio-proxy\" must not set runAsUser=0)",
            List.of("psa-root")),
        Arguments.of("Error creating: pods \"gw-5f7b-x2\" is forbidden: violates PodSecurity \"restricted:latest\": unrestricted capabilities (container \"istio-proxy\" must not include \"CAP_NET_BIND_SERVICE\" in securityContext.capabilities.add)",
            List.of("psa-capability-prefix")),
        Arguments.of("Error creating: pods \"gw\" is forbidden: violates PodSecurity \"restricted:v1.30\": unrestricted capabilities (container \"istio-proxy\" must set securityContext.capabilities.drop=[\"ALL\"])",
            List.of("psa-capabilities")),
        Arguments.of("Warning: would violate PodSecurity \"restricted:latest\": seccompProfile (pod or container \"istio-proxy\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")",
            List.of("psa-warning")),
        Arguments.of("Warning: would violate PodSecurity \"restricted:latest\": runAsUser=0 (container \"istio-proxy\" must not set runAsUser=0)",
            List.of("psa-warning")),
        Arguments.of("Error creating: pods \"gw\" is forbidden: violates PodSecurity \"baseline:latest\": host namespaces (hostNetwork=true)",
            List.of("psa-other")),
        // §6 istiod and the webhook
        Arguments.of("Error creating: admission webhook \"namespace.sidecar-injector.istio.io\" denied the request: failed to run injection template: template: inject:95:20: executing \"inject\" at <.ProxyUID>: can't evaluate field ProxyUID in type *inject.SidecarTemplateData",
            List.of("template-field")),
        Arguments.of("admission webhook \"object.sidecar-injector.istio.io\" denied the request: template: inject:3:7: executing \"inject\" at <\"x\">: expected integer; found \"x\"",
            List.of("template-exec")),
        Arguments.of("admission webhook \"rev.namespace.sidecar-injector.istio.io\" denied the request: requested template \"gateway\" not found; have [sidecar grpc-agent grpc-simple waypoint kube-gateway]",
            List.of("template-not-found")),
        Arguments.of("admission webhook \"namespace.sidecar-injector.istio.io\" denied the request: failed parsing generated injected YAML (check Istio sidecar injector configuration): error converting YAML to JSON: yaml: line 12: did not find expected key",
            List.of("injected-yaml-invalid")),
        Arguments.of("admission webhook \"namespace.sidecar-injector.istio.io\" denied the request: failed to parse values.yaml; check Istiod logs for errors",
            List.of("webhook-denied")),
        Arguments.of("admission webhook \"sidecar-injector.istio.io\" denied the request: template: inject:139: function \"structToJSON\" not defined",
            List.of("template-function")),
        Arguments.of("admission webhook \"sidecar-injector.istio.io\" denied the request: template: inject:1: function \"Template_Version_And_Istio_Version_Mismatched_Check_Installation\" not defined",
            List.of("template-tripwire")),
        Arguments.of("info\tFailed to parse template: template: inject:95: function \"omitNil\" not defined",
            List.of("template-function")),
        Arguments.of("warn\tfailed to read injection config from ConfigMap: failed reading config: template: inject:95: function \"omitNil\" not defined. YAML:\ntemplates:\n  gateway: |",
            List.of("injector-config-rejected", "template-function")),
        Arguments.of("failed to read injection config from ConfigMap: failed reading config: template: inject:4: unexpected EOF",
            List.of("injector-config-rejected", "template-parse")),
        Arguments.of("failed to read injection config from ConfigMap: failed reading config: template: inject:2: unexpected {{end}}",
            List.of("injector-config-rejected", "template-parse")),
        Arguments.of("Error: failed to create discovery service: error initializing sidecar injector: failed to create injection webhook: failed to get initial configuration: failed reading config: template: gateway:12: function \"include\" not defined",
            List.of("injector-startup-failed", "template-function")),
        Arguments.of("warn\tinjection templates are empty. This may be caused by using an injection template from an older version of Istio.",
            List.of("injection-templates-empty")),
        Arguments.of("Internal error occurred: failed calling webhook \"namespace.sidecar-injector.istio.io\": failed to call webhook: Post \"https://istiod.istio-system.svc:443/inject?timeout=10s\": dial tcp 10.96.0.12:443: connect: connection refused",
            List.of("webhook-unreachable")),
        // §6 Gateway API deployment controller
        Arguments.of("error\tgateway\terror rendering templates: unsupported overlay \"pod\" (supported: [deployment horizontalPodAutoscaler podDisruptionBudget service serviceAccount])",
            List.of("gateway-options-overlay")),
        Arguments.of("error rendering templates: parametersRef targeting configmap \"gw-ns/asm-kube-gateway-options\", but configmap does not exist",
            List.of("gateway-options-missing")),
        Arguments.of("error rendering templates: strategic merge patch failed: illegal metadata change",
            List.of("gateway-render-failed")),
        Arguments.of("error rendering templates: template: kube-gateway:95: function \"omitNil\" not defined",
            List.of("template-function")),
        // §7 capabilities
        Arguments.of("Error: failed to start container \"istio-proxy\": Error response from daemon: OCI runtime create failed: unknown capability \"CAP_CAP_NET_BIND_SERVICE\": unknown",
            List.of("capability-double-prefix")),
        Arguments.of("level=warning msg=\"ignoring unknown or unavailable capabilities: [CAP_CAP_NET_BIND_SERVICE]\"",
            List.of("capability-double-prefix")),
        Arguments.of("Error: container create failed: unknown capability \"CAP_PERFMON\" to add",
            List.of("capability-unknown")),
        Arguments.of("Error response from daemon: invalid CapAdd: unknown capability: \"CAP_NET_BIND_SERVIC\"",
            List.of("capability-unknown")),
        Arguments.of("level=warning msg=\"ignoring unknown or unavailable capabilities: [CAP_BPF CAP_PERFMON]\"",
            List.of("capability-ignored")));
  }

  @ParameterizedTest
  @MethodSource("knownTexts")
  void recognisesEachKnownFailureText(String text, List<String> ids) {
    assertEquals(ids, Diagnose.scan(text).stream().map(d -> d.failure().id()).toList());
  }

  /** Texts that are not ours: other sysctls, other permissions, high ports, ordinary pod trouble. */
  static Stream<String> unrelatedTexts() {
    return Stream.of(
        "write /proc/sys/net/ipv4/ip_local_reserved_ports: invalid argument",
        "open /proc/sys/net/ipv4/tcp_keepalive_time: no such file or directory",
        "forbidden sysctl: \"net.ipv4.tcp_syncookies\" not allowlisted",
        "Error adding/updating listener(s) 0.0.0.0_8080: cannot bind '0.0.0.0:8080': Permission denied",
        "cannot bind '0.0.0.0:15021': Address already in use",
        "Warning  Failed     2m (x4 over 3m)  kubelet  Failed to pull image \"docker.io/istio/proxyv2:1.26.2\": rpc error: code = NotFound",
        "Normal   SandboxChanged  1m  kubelet  Pod sandbox changed, it will be killed and re-created.",
        "Last State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137",
        "admission webhook \"validation.istio.io\" denied the request: configuration is invalid: port name must be set",
        "");
  }

  @ParameterizedTest
  @MethodSource("unrelatedTexts")
  void recognisesNothingInUnrelatedTexts(String text) {
    assertEquals(List.of(), Diagnose.scan(text));
  }

  @Test
  void findsAMessageWrappedOverLinesAndCountsRepeats() {
    String text = "Events:\n"
        + "  Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to\n"
        + "  create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during\n"
        + "  container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown\n"
        + "  Normal   SandboxChanged  2m  kubelet  Pod sandbox changed, it will be killed and re-created.\n"
        + "  Warning  FailedCreatePodSandBox  1m  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory: unknown\n";
    List<Diagnosis> found = Diagnose.scan(text);
    assertEquals(1, found.size());
    Diagnosis d = found.get(0);
    assertEquals("sysctl-missing.runc-1.1", d.failure().id());
    assertEquals(3, d.line());
    assertEquals(2, d.count());
    assertEquals("error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory",
        d.excerpt());
  }

  @Test
  void findsAMessageBrokenInsideAWordByATerminal() {
    String text = "Events:\n  Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox: rpc error: code = Unkno\n"
        + "wn desc = failed to create shim task: OCI runtime create failed: runc create failed: unable to start container p\n"
        + "rocess: error during container init: open /proc/sys/net/ipv4/ip_unprivi\n"
        + "leged_port_start: no such file or directory: unknown\n";
    List<Diagnosis> found = Diagnose.scan(text);
    assertEquals(List.of("sysctl-missing.runc-1.1@4"), found.stream().map(d -> d.failure().id() + "@" + d.line()).toList());
    assertEquals("error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory",
        found.get(0).excerpt());
  }

  @Test
  void manyRepeatsAreCountedQuickly() {
    String line = "Warning FailedCreatePodSandBox kubelet Failed to create pod sandbox: rpc error: code = Unknown desc ="
        + " error during container init: open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory\n";
    long t0 = System.nanoTime();
    List<Diagnosis> found = Diagnose.scan(line.repeat(50_000));
    assertEquals(List.of("sysctl-missing.runc-1.1:1x50000"),
        found.stream().map(d -> d.failure().id() + ":" + d.line() + "x" + d.count()).toList());
    assertEquals(true, System.nanoTime() - t0 < 20_000_000_000L, "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  @Test
  void readsJsonLogsWhoseQuotesAreEscaped() {
    String istiod = "{\"level\":\"warn\",\"time\":\"2026-07-20T03:11:52.218702Z\",\"msg\":\"failed to read injection"
        + " config from ConfigMap: failed reading config: template: inject:95: function \\\"omitNil\\\" not defined\"}\n";
    List<Diagnosis> found = Diagnose.scan(istiod);
    assertEquals(List.of("injector-config-rejected", "template-function"),
        found.stream().map(d -> d.failure().id()).toList());
    assertEquals(List.of("omitNil", "inject", "95"), found.get(1).args());
    String kubelet = "E0304 10:22:31.4 1302 kuberuntime_manager.go:1172] \"CreateContainer failed\" err=\"container's runAsUser"
        + " breaks non-root policy (pod: \\\"gw-1_ns(0b6c)\\\", container: istio-proxy)\"\n";
    assertEquals(List.of("istio-proxy"), Diagnose.scan(kubelet).get(0).args());
  }

  @Test
  void capturesTheValuesTheMessageNames() {
    assertEquals(List.of("443", "[::]"),
        Diagnose.scan("cannot bind '[::]:443': Permission denied").get(0).args());
    assertEquals(List.of("omitNil", "inject", "95"),
        Diagnose.scan("template: inject:95: function \"omitNil\" not defined").get(0).args());
    assertEquals(List.of("CAP_NET_BIND_SERVICE", "istio-proxy"), Diagnose.scan(
        "unrestricted capabilities (container \"istio-proxy\" must not include \"CAP_NET_BIND_SERVICE\" in securityContext.capabilities.add)")
        .get(0).args());
    assertEquals(List.of("restricted", "runAsNonRoot != true"), Diagnose.scan(
        "violates PodSecurity \"restricted:latest\": runAsNonRoot != true (pod or container \"istio-proxy\" must set securityContext.runAsNonRoot=true)")
        .get(0).args());
  }

  @Test
  void aHugeLineIsShownShortened() {
    Diagnosis d = Diagnose.scan("violates PodSecurity \"restricted:latest\": " + "x".repeat(100_000)).get(0);
    assertEquals("psa-other", d.failure().id());
    assertEquals(List.of("restricted", "x".repeat(157) + "..."), d.args());
    assertEquals("violates PodSecurity \"restricted:latest\": " + "x".repeat(115) + "...", d.excerpt());
  }

  @Test
  void everyRuleIdIsUniqueAndNamesItsFamily() {
    List<String> ids = KnownFailures.all().stream().map(KnownFailure::id).toList();
    assertEquals(ids.stream().distinct().toList(), ids);
  }
}
