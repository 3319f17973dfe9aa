package dev.tmplpatch.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KnownFailures is the table of failure texts from runc, crun, CRI-O, containerd, the kubelet,
 * Pod Security admission, Envoy and istiod that concern the gateway's sysctl, ports, root and
 * template (see testdata/diagnose/SOURCES.md). Patterns match the class of message, not one
 * sample: any port, any wrapping of the line, either case; but only the sysctl
 * net.ipv4.ip_unprivileged_port_start, since other sysctls are not what tmplpatch fixes.
 */
public final class KnownFailures {
  private static final int I = Pattern.CASE_INSENSITIVE;
  // The sysctl by path: /proc/sys/net/ipv4/ip_unprivileged_port_start.
  private static final String PATH = "/proc/sys/net/ipv4/ip_unprivileged_port_start";
  private static final String NOENT = ":\\s+no\\s+such\\s+file\\s+or\\s+directory";
  private static final String SYSCTL = "net\\.ipv4\\.ip_unprivileged_port_start";

  private static final List<String> SCENARIO_1 = List.of(
      "kubectl get nodes -o json > nodes.json",
      "tmplpatch advise --nodes nodes.json",
      "kubectl -n istio-system get configmap istio-sidecar-injector -o yaml > injector.yaml",
      "tmplpatch istio-patch --from-injector-configmap injector.yaml --scenario unprivileged-ports -o patch.json",
      "kubectl patch istio default --type=merge --patch-file patch.json");
  private static final List<String> MOVE_PORTS = List.of(
      "kubectl get nodes -o json > nodes.json",
      "kubectl -n NAMESPACE get service GATEWAY -o yaml > service.yaml",
      "tmplpatch advise --nodes nodes.json --service service.yaml");
  private static final List<String> LINT_VERSION = List.of(
      "kubectl -n istio-system get deployment istiod -o jsonpath='{.spec.template.spec.containers[0].image}'",
      "tmplpatch lint --istio-version X.Y.Z TEMPLATE",
      "kubectl -n istio-system get configmap istio-sidecar-injector -o yaml > injector.yaml",
      "tmplpatch istio-patch --from-injector-configmap injector.yaml --scenario unprivileged-ports -o patch.json");
  private static final List<String> LINT = List.of("tmplpatch lint TEMPLATE");
  private static final List<String> PARSE = List.of("tmplpatch parse TEMPLATE", "tmplpatch lint TEMPLATE");
  private static final List<String> DEPLOYMENT = List.of(
      "kubectl -n NAMESPACE get deployment GATEWAY -o yaml > deployment.yaml",
      "tmplpatch advise --nodes nodes.json --service service.yaml --deployment deployment.yaml");
  private static final List<String> ISTIOD = List.of(
      "kubectl -n istio-system get pods -l app=istiod",
      "kubectl -n istio-system logs deployment/istiod > istiod.log",
      "tmplpatch diagnose istiod.log");
  private static final List<String> PSA = List.of(
      "kubectl label namespace NAMESPACE pod-security.kubernetes.io/enforce=baseline --overwrite",
      "tmplpatch advise --nodes nodes.json --service service.yaml");

  private static final List<String> GATEWAY_OPTIONS = List.of(
      "tmplpatch gateway-options --namespace NAMESPACE --gateway GATEWAY -o gateway-options.yaml",
      "kubectl apply --server-side --field-manager=tmplpatch -f gateway-options.yaml");

  private static final List<KnownFailure> ALL = table();

  private KnownFailures() {}

  /** all returns the rules in the order they are tried. */
  public static List<KnownFailure> all() {
    return ALL;
  }

  private static List<KnownFailure> table() {
    List<KnownFailure> t = new ArrayList<>();
    // §1: the sysctl file is missing (kernel < 4.11), worded by each runtime.
    rule(t, "sysctl-missing.runc-1.0", "sysctl", "write\\s+sysctl\\s+key\\s+" + SYSCTL + ":\\s+open\\s+" + PATH + NOENT,
        "kernel", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-missing.runc-1.1", "sysctl", "error\\s+during\\s+container\\s+init:\\s+open\\s+" + PATH + NOENT,
        "kernel", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-missing.runc-1.2.8", "sysctl",
        "open\\s+sysctl\\s+" + SYSCTL + "\\s+file:\\s+(?:openat\\s+)?" + PATH + NOENT, "kernel", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-missing.crun", "sysctl", "open\\s+`" + PATH + "`" + NOENT, "kernel", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-missing.cri-o", "sysctl", "\\[pinns:[a-z]\\]:?\\s+failed\\s+to\\s+open\\s+" + PATH + NOENT,
        "kernel", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-missing.node", "sysctl", "sysctl:\\s+cannot\\s+stat\\s+" + PATH + NOENT,
        "kernel", "scenario-1", SCENARIO_1);
    fallback(t, "sysctl-missing", "sysctl", Set.of("sysctl"), "ip_unprivileged_port_start[^\\s:]*" + NOENT,
        "kernel", "scenario-1", SCENARIO_1);
    rule(t, "containerd-unprivileged-ports", "containerd",
        "unprivileged_icmp\\s+and\\s+unprivileged_port\\s+require\\s+kernel\\s+version\\s+greater\\s+than\\s+or\\s+equal\\s+to\\s+4\\.11",
        "containerd2", "containerd2", SCENARIO_1);
    // §2: the kubelet refuses the sysctl.
    rule(t, "sysctl-forbidden.unsafe", "forbidden",
        "forbidden\\s+sysctl:\\s+\"(" + SYSCTL + ")\"\\s+not\\s+(?:allowlisted|whitelisted)", "unsafe", "scenario-1", SCENARIO_1);
    rule(t, "sysctl-forbidden.host-network", "forbidden",
        "forbidden\\s+sysctl:\\s+\"(" + SYSCTL + ")\"\\s+not\\s+allowed\\s+with\\s+host\\s+net\\s+enabled",
        "host-network", "host-network", MOVE_PORTS);
    // §3: ports below 1024 without privilege.
    add(t, "bind-denied", "bind", false, Set.of(),
        "cannot\\s+bind\\s+'(\\[[^\\]]*\\]|[^':\\s]+):(\\d+)':\\s+permission\\s+denied",
        m -> Integer.parseInt(m.group(2)) < 1024, new int[] {2, 1}, "low-port", "move-ports", MOVE_PORTS);
    add(t, "skip-privileged-port", "bind", false, Set.of(),
        "skipping\\s+privileged\\s+gateway\\s+port\\s+(\\d+)\\s+for\\s+node\\s+(\\S+)\\s+as\\s+it\\s+is\\s+an\\s+unprivileged\\s+pod",
        m -> true, new int[] {1}, "unprivileged-pod", "unprivileged-pod", MOVE_PORTS);
    // §4: runAsNonRoot against root.
    add(t, "nonroot-policy", "nonroot", false, Set.of(),
        "container's\\s+runAsUser\\s+breaks\\s+non-root\\s+policy(?:\\s+\\(pod:\\s+\"([^\"]+)\",\\s+container:\\s+([^)\\s]+)\\))?",
        m -> true, new int[] {2}, "nonroot", "nonroot", DEPLOYMENT);
    add(t, "nonroot-image-root", "nonroot", false, Set.of(),
        "container\\s+has\\s+runAsNonRoot\\s+and\\s+image\\s+will\\s+run\\s+as\\s+root(?:\\s+\\(pod:\\s+\"([^\"]+)\",\\s+container:\\s+([^)\\s]+)\\))?",
        m -> true, new int[] {2}, "image-root", "image-root", LINT);
    add(t, "nonroot-non-numeric", "nonroot", false, Set.of(),
        "container\\s+has\\s+runAsNonRoot\\s+and\\s+image\\s+has\\s+non-numeric\\s+user\\s+\\(([^)]*)\\)",
        m -> true, new int[] {1}, "non-numeric", "image-root", LINT);
    // §5: Pod Security admission.
    add(t, "psa-root", "psa-root", false, Set.of(),
        "(?<!would\\s)violates\\s+PodSecurity\\s+\"([a-z]+):[^\"]+\":[^\\n]*?(runAsUser=0|runAsNonRoot\\s+!=\\s+true)",
        m -> true, new int[] {1, 2}, "psa-root", "psa-root", PSA);
    add(t, "psa-capability-prefix", "psa-cap", false, Set.of(),
        "unrestricted\\s+capabilities\\s+\\(container\\s+\"([^\"]+)\"\\s+must\\s+not\\s+include\\s+[^)]*?\"(CAP_[A-Z0-9_]+)\"",
        m -> true, new int[] {2, 1}, "psa-cap-prefix", "cap-prefix", LINT);
    add(t, "psa-capabilities", "psa-cap", true, Set.of("psa-cap"),
        "unrestricted\\s+capabilities\\s+\\(([^)]*)\\)", m -> true, new int[] {1}, "psa-caps", "psa-caps", LINT);
    add(t, "psa-other", "psa", true, Set.of("psa-root", "psa-cap"),
        "(?<!would\\s)violates\\s+PodSecurity\\s+\"([a-z]+):[^\"]+\":?([^\\n]*)", m -> true, new int[] {1, 2}, "psa-other", "psa-other",
        List.of());
    add(t, "psa-warning", "psa-warn", true, Set.of("psa-cap"),
        "would\\s+violate\\s+PodSecurity\\s+\"([a-z]+):[^\"]+\":?([^\\n]*)", m -> true, new int[] {1, 2}, "psa-warning",
        "psa-other", List.of());
    // §6: istiod and the injection webhook.
    rule(t, "injector-config-rejected", "istiod-config", "failed\\s+to\\s+read\\s+injection\\s+config\\s+from\\s+ConfigMap",
        "config-rejected", "lint-version", LINT_VERSION);
    rule(t, "injector-startup-failed", "istiod-start",
        "failed\\s+to\\s+create\\s+injection\\s+webhook:", "startup", "lint-version", LINT_VERSION);
    add(t, "template-tripwire", "function", false, Set.of(),
        "function\\s+\"(Template_Version_And_Istio_Version_Mismatched_Check_Installation)\"\\s+not\\s+defined",
        m -> true, new int[] {}, "tripwire", "lint-version", LINT_VERSION);
    add(t, "template-function", "function", true, Set.of("function"),
        "template:\\s+([\\w.-]+):(\\d+):\\s+function\\s+\"(\\w+)\"\\s+not\\s+defined",
        m -> true, new int[] {3, 1, 2}, "function", "lint-version", LINT_VERSION);
    add(t, "template-parse", "parse", false, Set.of(),
        "template:\\s+([\\w.-]+):(\\d+):\\s+(?!function\\s+\"|executing\\s+)(unexpected|unclosed|unterminated|missing|undefined|bad|wrong|illegal|empty)([^\\n.]*)",
        m -> true, new int[] {1, 2, 3, 4}, "parse", "parse", PARSE);
    add(t, "template-field", "exec", false, Set.of(),
        "executing\\s+\"[^\"]+\"\\s+at\\s+<([^>]*)>:\\s+can't\\s+evaluate\\s+field\\s+(\\w+)\\s+in\\s+type\\s+\\*?([\\w.]+)",
        m -> true, new int[] {2, 3}, "field", "lint-version", LINT_VERSION);
    add(t, "template-exec", "exec", true, Set.of("exec"),
        "template:\\s+([\\w.-]+):(\\d+):(\\d+):\\s+executing\\s+\"[^\"]+\"\\s+at\\s+<([^>]*)>:\\s+([^\\n]+)",
        m -> true, new int[] {4, 5}, "exec", "lint-version", LINT_VERSION);
    add(t, "template-not-found", "not-found", false, Set.of(),
        "requested\\s+template\\s+\"([^\"]+)\"\\s+not\\s+found;\\s+have\\s+\\[([^\\]]*)\\]",
        m -> true, new int[] {1, 2}, "not-found", "not-found",
        List.of("tmplpatch istio-patch --from-injector-configmap injector.yaml --template-name gateway --scenario unprivileged-ports -o patch.json"));
    rule(t, "injected-yaml-invalid", "yaml",
        "failed\\s+(?:applying\\s+injection\\s+overlay|parsing\\s+generated\\s+injected\\s+YAML)", "yaml", "yaml", LINT);
    rule(t, "injection-templates-empty", "empty", "injection\\s+templates\\s+are\\s+empty", "empty", "lint-version",
        LINT_VERSION);
    add(t, "webhook-unreachable", "unreachable", false, Set.of(),
        "failed\\s+calling\\s+webhook\\s+\"([^\"]*sidecar-injector\\.istio\\.io)\"", m -> true, new int[] {1},
        "unreachable", "unreachable", ISTIOD);
    add(t, "webhook-denied", "denied", true, Set.of("function", "parse", "exec", "not-found", "yaml", "empty"),
        "admission\\s+webhook\\s+\"([^\"]*sidecar-injector\\.istio\\.io)\"\\s+denied\\s+the\\s+request:?([^\\n]*)",
        m -> true, new int[] {1}, "denied", "denied", ISTIOD);
    // §6: the Gateway API deployment controller and its options ConfigMap.
    add(t, "gateway-options-overlay", "gw-render", false, Set.of(),
        "unsupported\\s+overlay\\s+\"([^\"]+)\"\\s+\\(supported:\\s+\\[([^\\]]*)\\]\\)", m -> true, new int[] {1, 2},
        "overlay", "gateway-options", GATEWAY_OPTIONS);
    add(t, "gateway-options-missing", "gw-render", false, Set.of(),
        "parametersRef\\s+targeting\\s+configmap\\s+\"([^\"]+)\",\\s+but\\s+configmap\\s+does\\s+not\\s+exist", m -> true,
        new int[] {1}, "options-missing", "gateway-options", GATEWAY_OPTIONS);
    add(t, "gateway-render-failed", "gw-render-any", true, Set.of("gw-render", "function", "parse", "exec"),
        "error\\s+rendering\\s+templates:\\s*([^\\n]*)", m -> true, new int[] {1}, "render", "gateway-options",
        GATEWAY_OPTIONS);
    // §7: capability names.
    add(t, "capability-double-prefix", "capability", false, Set.of(),
        "(?:unknown\\s+capability:?\\s+\"|ignoring\\s+unknown\\s+or\\s+unavailable\\s+capabilities:\\s+\\[[^\\]]*?)(CAP_CAP_[A-Z0-9_]+)",
        m -> true, new int[] {1}, "cap-prefix", "cap-prefix", LINT);
    add(t, "capability-unknown", "capability", true, Set.of("capability"),
        "unknown\\s+capability:?\\s+\"(CAP_[A-Z0-9_]+)\"", m -> true, new int[] {1}, "cap-unknown", "cap-unknown", LINT);
    add(t, "capability-ignored", "capability", true, Set.of("capability"),
        "ignoring\\s+unknown\\s+or\\s+unavailable\\s+capabilities:\\s+\\[([^\\]]*)\\]", m -> true, new int[] {1},
        "cap-unknown", "cap-unknown", LINT);
    return List.copyOf(t);
  }

  private static void rule(List<KnownFailure> t, String id, String family, String regex, String cause, String fix,
      List<String> commands) {
    add(t, id, family, false, Set.of(), regex, m -> true, new int[] {}, cause, fix, commands);
  }

  private static void fallback(List<KnownFailure> t, String id, String family, Set<String> defersTo, String regex,
      String cause, String fix, List<String> commands) {
    add(t, id, family, true, defersTo, regex, m -> true, new int[] {}, cause, fix, commands);
  }

  private static void add(List<KnownFailure> t, String id, String family, boolean fallback, Set<String> defersTo,
      String regex, Predicate<Matcher> applies, int[] groups, String cause, String fix, List<String> commands) {
    t.add(new KnownFailure(id, family, fallback, defersTo, Pattern.compile(regex, I), applies, groups, cause, fix,
        List.copyOf(commands)));
  }
}
