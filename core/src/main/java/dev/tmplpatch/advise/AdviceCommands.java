package dev.tmplpatch.advise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * AdviceCommands are the exact tmplpatch and kubectl command lines of an {@link Advice}. Names
 * come from the user's objects, which were checked to be Kubernetes names, so they need no
 * quoting; JSON patches are built by Jackson and single-quoted, which is safe because they hold
 * only numbers, fixed paths and fixed strings.
 */
public final class AdviceCommands {
  /** SYSCTL_FILE is the file the kernel has from 4.11. */
  public static final String SYSCTL_FILE = "/proc/sys/net/ipv4/ip_unprivileged_port_start";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Advice advice;

  private AdviceCommands(Advice advice) {
    this.advice = advice;
  }

  /** of returns the commands of the advice. */
  public static AdviceCommands of(Advice advice) {
    return new AdviceCommands(advice);
  }

  /** fix returns the commands that apply the recommendation, empty when nothing needs fixing. */
  public List<String> fix() {
    Advice.Plan plan = advice.plan();
    if (plan == Advice.Plan.NOTHING) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    boolean move = plan == Advice.Plan.MOVE_PORTS && !advice.portChanges().isEmpty();
    if (advice.gatewayApi()) {
      if (move) {
        out.add(kubectl("patch gateways.gateway.networking.k8s.io " + advice.ports().get().name() + " --type=json -p '"
            + portPatch("/spec/listeners/", "port") + "'"));
      }
      out.addAll(gatewayOptions("unprivileged-ports", false));
      return out;
    }
    out.addAll(istioPatch("unprivileged-ports", false));
    if (move && advice.ports().get().kind() == GatewayPorts.Kind.SERVICE) {
      out.add(kubectl("patch service " + advice.ports().get().name() + " --type=json -p '"
          + portPatch("/spec/ports/", "targetPort") + "'"));
    }
    out.add(kubectl("rollout restart deployment/" + deploymentName()));
    return out;
  }

  /** root returns the commands of the root fallback. */
  public List<String> root() {
    if (advice.gatewayApi()) {
      return gatewayOptions("privileged-ports-root", true);
    }
    List<String> out = new ArrayList<>(istioPatch("privileged-ports-root", true));
    advice.deployment().filter(GatewayDeployment::blocksRoot).ifPresent(d -> {
      ArrayNode patch = JSON.createArrayNode();
      String container = "/spec/template/spec/containers/" + d.proxyIndex();
      patch.addObject().put("op", "test").put("path", container + "/name").put("value", "istio-proxy");
      if (d.proxyRunAsNonRoot()) {
        patch.addObject().put("op", "replace").put("path", container + "/securityContext/runAsNonRoot").put("value", false);
      }
      if (d.proxyRunAsUser() > 0) {
        patch.addObject().put("op", "replace").put("path", container + "/securityContext/runAsUser").put("value", 0);
      }
      out.add(kubectl("patch deployment " + d.name() + " --type=json -p '" + write(patch) + "'"));
    });
    out.add(kubectl("rollout restart deployment/" + deploymentName()));
    return out;
  }

  /** confirm returns the check on a node, one per node given. */
  public static String confirm(String node) {
    return "kubectl debug node/" + node + " -it --image=busybox -- sh -c 'test -e " + SYSCTL_FILE
        + " && echo present || echo missing'";
  }

  private List<String> istioPatch(String scenario, boolean root) {
    return List.of(
        "kubectl -n istio-system get configmap istio-sidecar-injector -o yaml > injector.yaml",
        "tmplpatch istio-patch --from-injector-configmap injector.yaml --scenario " + scenario
            + (root ? " --allow-root" : "") + " -o patch.json",
        "kubectl patch istio default --type=merge --patch-file patch.json",
        "kubectl wait --for condition=Ready istio/default --timeout=3m");
  }

  private List<String> gatewayOptions(String scenario, boolean root) {
    String ns = advice.namespace().isEmpty() ? "<namespace>" : advice.namespace();
    String gw = advice.ports().map(GatewayPorts::name).orElse("<gateway>");
    String opt = scenario.equals("unprivileged-ports") ? "" : " --scenario " + scenario;
    return List.of(
        "tmplpatch gateway-options --namespace " + ns + " --gateway " + gw + opt + (root ? " --allow-root" : "")
            + " -o gateway-options.yaml",
        "kubectl apply --server-side --field-manager=tmplpatch -f gateway-options.yaml");
  }

  private String kubectl(String rest) {
    String ns = advice.namespace();
    return "kubectl " + (ns.isEmpty() ? "" : "-n " + ns + " ") + rest;
  }

  private String deploymentName() {
    return advice.deployment().map(GatewayDeployment::name).orElse("<gateway-deployment>");
  }

  /** portPatch is a JSON patch that checks each port is still the one we read, then moves it. */
  private String portPatch(String listPath, String field) {
    ArrayNode patch = JSON.createArrayNode();
    for (PortChange c : advice.portChanges()) {
      String item = listPath + c.from().index();
      ObjectNode test = patch.addObject().put("op", "test").put("path", item + "/port");
      test.put("value", c.from().port());
      patch.addObject().put("op", c.from().targetPortSet() || field.equals("port") ? "replace" : "add")
          .put("path", item + "/" + field).put("value", c.to());
    }
    return write(patch);
  }

  private static String write(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
