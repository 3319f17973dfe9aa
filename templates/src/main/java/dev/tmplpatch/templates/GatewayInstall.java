package dev.tmplpatch.templates;

import dev.tmplpatch.k8s.KubernetesNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * GatewayInstall is what {@code tmplpatch install-bundle} is asked for: a gateway installed by
 * injection (seed 003), its namespace, Service type and ports, and the optional HPA, PDB and
 * Istio revision. Every value is validated here, before any skeleton sees it.
 */
public record GatewayInstall(
    String name,
    String namespace,
    ServiceType serviceType,
    List<ServicePort> ports,
    Optional<Autoscaling> autoscaling,
    Optional<String> pdbMinAvailable,
    Optional<String> revision) {

  /** ServiceType is the Service's spec.type: in-cluster only, or reachable from outside. */
  public enum ServiceType {
    /** ClusterIP serves only traffic from inside the cluster. */
    ClusterIP,
    /** LoadBalancer asks the platform for an external address. */
    LoadBalancer
  }

  /** DEFAULT_PORTS are the seed's http2:80 and https:443, used when no --port is given. */
  public static final List<ServicePort> DEFAULT_PORTS =
      List.of(new ServicePort("http2", 80), new ServicePort("https", 443));

  /** GatewayInstall validates names, ports, the HPA and the PDB against each other. */
  public GatewayInstall {
    // The name is also the Service's name (a DNS-1035 label) and the value of the unique pod
    // label, so it follows the strictest of those rules.
    KubernetesNames.requireServiceName("gateway name", name);
    KubernetesNames.requireNamespace(namespace);
    Objects.requireNonNull(serviceType, "serviceType");
    ports = List.copyOf(ports);
    if (ports.isEmpty()) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.install.ports.none"));
    }
    Set<String> names = new HashSet<>(Set.of(ServicePort.STATUS.name()));
    Set<Integer> numbers = new HashSet<>(Set.of(ServicePort.STATUS.port()));
    for (ServicePort p : ports) {
      if (!names.add(p.name())) {
        throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.install.port-name.twice", p.name()));
      }
      if (!numbers.add(p.port())) {
        throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.install.port.twice", p.port()));
      }
    }
    Objects.requireNonNull(autoscaling, "autoscaling");
    Objects.requireNonNull(pdbMinAvailable, "pdbMinAvailable");
    Objects.requireNonNull(revision, "revision");
    revision.ifPresent(r -> KubernetesNames.requireLabel("revision", r));
    pdbMinAvailable.ifPresent(pdb -> checkPdb(pdb, autoscaling));
  }

  /** of returns the seed's defaults: ClusterIP, http2:80 and https:443, no HPA, PDB or revision. */
  public static GatewayInstall of(String name, String namespace) {
    return new GatewayInstall(
        name, namespace, ServiceType.ClusterIP, DEFAULT_PORTS, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** withServiceType returns a copy with another Service type. */
  public GatewayInstall withServiceType(ServiceType type) {
    return new GatewayInstall(name, namespace, type, ports, autoscaling, pdbMinAvailable, revision);
  }

  /** withPorts returns a copy with these Service ports (status-port is added regardless). */
  public GatewayInstall withPorts(List<ServicePort> newPorts) {
    return new GatewayInstall(name, namespace, serviceType, newPorts, autoscaling, pdbMinAvailable, revision);
  }

  /** withAutoscaling returns a copy that also emits a HorizontalPodAutoscaler. */
  public GatewayInstall withAutoscaling(Autoscaling hpa) {
    return new GatewayInstall(name, namespace, serviceType, ports, Optional.of(hpa), pdbMinAvailable, revision);
  }

  /** withPodDisruptionBudget returns a copy that also emits a PDB (a count or a percentage). */
  public GatewayInstall withPodDisruptionBudget(String minAvailable) {
    return new GatewayInstall(name, namespace, serviceType, ports, autoscaling, Optional.of(minAvailable), revision);
  }

  /** withRevision returns a copy whose pods select the Istio revision by the istio.io/rev label. */
  public GatewayInstall withRevision(String rev) {
    return new GatewayInstall(name, namespace, serviceType, ports, autoscaling, pdbMinAvailable, Optional.of(rev));
  }

  /** allPorts returns status-port first, then the requested ports, as the Service lists them. */
  public List<ServicePort> allPorts() {
    List<ServicePort> all = new ArrayList<>();
    all.add(ServicePort.STATUS);
    all.addAll(ports);
    return all;
  }

  // checkPdb refuses a budget that can never allow an eviction: with minAvailable at or above
  // the replica count, `kubectl drain` waits forever on the gateway's node. The replica count is
  // the HPA's minimum, or the Deployment's one replica without an HPA. A percentage counts as
  // Kubernetes computes it: the disruption controller rounds minAvailable up
  // (intstr.GetScaledValueFromIntOrPercent(minAvailable, replicas, true)), so 50% of 1 is 1.
  private static void checkPdb(String pdb, Optional<Autoscaling> hpa) {
    int replicas = hpa.map(Autoscaling::minReplicas).orElse(1);
    if (pdb.matches("[0-9]{1,3}%")) {
      int percent = Integer.parseInt(pdb.substring(0, pdb.length() - 1));
      if (percent > 100) {
        throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.pdb.over", pdb));
      }
      if (percent == 100) {
        throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.pdb.all"));
      }
      int min = (percent * replicas + 99) / 100;
      if (min >= replicas) {
        int most = 100 * (replicas - 1) / replicas;
        throw new dev.tmplpatch.diag.InvalidValueException(replicas == 1
            ? dev.tmplpatch.i18n.Text.of("value.pdb.percent.one", pdb, min)
            : dev.tmplpatch.i18n.Text.of("value.pdb.percent.many", pdb, replicas, min, most));
      }
      return;
    }
    if (!pdb.matches("[0-9]{1,6}")) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.pdb.syntax", ServicePort.shown(pdb)));
    }
    int min = Integer.parseInt(pdb);
    if (min >= replicas) {
      throw new dev.tmplpatch.diag.InvalidValueException(replicas == 1
          ? dev.tmplpatch.i18n.Text.of("value.pdb.count.one", min, min + 1, min + 4)
          : dev.tmplpatch.i18n.Text.of("value.pdb.count.many", min, min + 1, min + 4, replicas));
    }
  }
}
