package dev.tmplpatch.advise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Advice is what advise concludes from the nodes, the gateway's ports and its Deployment: which
 * nodes lack the sysctl, which scenario fits, which ports move where.
 *
 * @param nodes every node, in the order of the file
 * @param ports the gateway's ports, when given
 * @param deployment the gateway's Deployment, when given
 */
public record Advice(List<ClusterNode> nodes, Optional<GatewayPorts> ports, Optional<GatewayDeployment> deployment) {

  /** Plan is the recommendation. */
  public enum Plan {
    /** NOTHING: every Linux node has the sysctl; keep Istio's default. */
    NOTHING,
    /** CONFIRM: no node is known to be too old, but some kernels cannot be read. */
    CONFIRM,
    /** SCENARIO_1: old kernels, and the gateway binds only ports at or above 1024. */
    SCENARIO_1,
    /** MOVE_PORTS: old kernels and ports below 1024: scenario 1 and move those ports (root as fallback). */
    MOVE_PORTS,
    /** PORTS_UNKNOWN: old kernels; without the ports the choice of scenario is open. */
    PORTS_UNKNOWN;

    /** id is the plan's stable name in JSON output. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Advice {
    nodes = List.copyOf(nodes);
    if (ports.isPresent() && deployment.isPresent()) {
      ports = Optional.of(ports.get().resolveNamed(deployment.get().proxyPorts()));
    }
  }

  /** of builds the advice. */
  public static Advice of(List<ClusterNode> nodes, GatewayPorts ports, GatewayDeployment deployment) {
    return new Advice(nodes, Optional.ofNullable(ports), Optional.ofNullable(deployment));
  }

  /** with returns the nodes of a verdict. */
  public List<ClusterNode> with(NodeVerdict verdict) {
    return nodes.stream().filter(n -> n.verdict() == verdict).toList();
  }

  /** fixNeeded tells whether the user must act: a Linux node is too old, or its kernel cannot be read. */
  public boolean fixNeeded() {
    return plan() != Plan.NOTHING;
  }

  /** plan is the recommendation. */
  public Plan plan() {
    if (with(NodeVerdict.TOO_OLD).isEmpty()) {
      return with(NodeVerdict.UNKNOWN).isEmpty() ? Plan.NOTHING : Plan.CONFIRM;
    }
    if (ports.isEmpty() || !ports.get().unresolved().isEmpty()) {
      return ports.isPresent() && !ports.get().privileged().isEmpty() ? Plan.MOVE_PORTS : Plan.PORTS_UNKNOWN;
    }
    return ports.get().privileged().isEmpty() ? Plan.SCENARIO_1 : Plan.MOVE_PORTS;
  }

  /** portChanges moves every bind port below 1024 to a free port at or above 1024. */
  public List<PortChange> portChanges() {
    if (ports.isEmpty()) {
      return List.of();
    }
    Set<Integer> used = new HashSet<>();
    for (BindPort p : ports.get().ports()) {
      used.add(p.bind());
    }
    List<PortChange> out = new ArrayList<>();
    for (BindPort p : ports.get().privileged()) {
      int to = p.bind() + PortChange.OFFSET;
      while (used.contains(to)) {
        to++;
      }
      used.add(to);
      out.add(new PortChange(p, to));
    }
    return out;
  }

  /** gatewayApi tells whether the gateway is a Gateway API Gateway (deployed by istiod, not injected). */
  public boolean gatewayApi() {
    return ports.map(p -> p.kind() == GatewayPorts.Kind.GATEWAY_API).orElse(false);
  }

  /** namespace is the gateway's namespace as far as the inputs tell, else empty. */
  public String namespace() {
    String fromPorts = ports.map(GatewayPorts::namespace).orElse("");
    return fromPorts.isEmpty() ? deployment.map(GatewayDeployment::namespace).orElse("") : fromPorts;
  }
}
