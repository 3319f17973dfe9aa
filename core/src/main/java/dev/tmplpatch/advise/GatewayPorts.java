package dev.tmplpatch.advise;

import dev.tmplpatch.k8s.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GatewayPorts are the ports the gateway's Envoy binds, read from its Service (targetPort), a
 * Gateway API Gateway (listener ports: istiod's generated Service has no targetPort, so the
 * listener port is the bind port) or a plain list.
 *
 * @param kind where the ports came from
 * @param name the object's name, empty for a list
 * @param namespace the object's namespace, may be empty
 * @param ports the ports in declaration order
 */
public record GatewayPorts(Kind kind, String name, String namespace, List<BindPort> ports) {

  /** Kind is where the ports came from. */
  public enum Kind {
    SERVICE,
    GATEWAY_API,
    LIST
  }

  public GatewayPorts {
    ports = List.copyOf(ports);
  }

  /** privileged returns the ports bound below 1024. */
  public List<BindPort> privileged() {
    return ports.stream().filter(BindPort::privileged).toList();
  }

  /** unresolved returns the ports whose named targetPort cannot be resolved to a number. */
  public List<BindPort> unresolved() {
    return ports.stream().filter(p -> p.bind() == 0).toList();
  }

  /** fromService reads a Service's spec.ports. */
  public static GatewayPorts fromService(String source, String text) {
    String hint = "save the gateway's Service with: kubectl -n NAMESPACE get service NAME -o yaml > service.yaml";
    Map<String, Object> svc = single(source, text, "Service", hint);
    List<BindPort> ports = new ArrayList<>();
    int i = 0;
    for (Map<String, Object> p : KubeObjects.maps(svc, "spec", "ports")) {
      int port = number(source, KubeObjects.at(p, "port"), "spec.ports[" + i + "].port", hint);
      Object target = KubeObjects.at(p, "targetPort");
      String name = KubeObjects.string(p, "name");
      if (target == null) {
        ports.add(new BindPort(i, name, port, port, "", false));
      } else if (KubeObjects.integer(target) >= 0) {
        ports.add(new BindPort(i, name, port, number(source, target, "spec.ports[" + i + "].targetPort", hint), "", true));
      } else {
        ports.add(new BindPort(i, name, port, 0, String.valueOf(target), true));
      }
      i++;
    }
    if (ports.isEmpty()) {
      throw new UnusableInputException(source, 0, 0, "the Service has no spec.ports", hint);
    }
    return new GatewayPorts(Kind.SERVICE, name(source, svc, hint), namespace(source, svc, hint), ports);
  }

  /** fromGateway reads a Gateway API Gateway's spec.listeners; an Istio Gateway is refused with what to give instead. */
  public static GatewayPorts fromGateway(String source, String text) {
    String hint = "save the Gateway with: kubectl -n NAMESPACE get gateways.gateway.networking.k8s.io NAME -o yaml > gateway.yaml";
    Map<String, Object> gw = single(source, text, "Gateway", hint);
    String api = KubeObjects.string(gw, "apiVersion");
    if (api.startsWith("networking.istio.io/")) {
      throw new UnusableInputException(source, 0, 0, "an Istio " + api + " Gateway: its server ports are the gateway"
          + " Service's ports, and Envoy binds the Service's targetPort", "pass the gateway's Service with --service");
    }
    List<BindPort> ports = new ArrayList<>();
    int i = 0;
    for (Map<String, Object> l : KubeObjects.maps(gw, "spec", "listeners")) {
      int port = number(source, KubeObjects.at(l, "port"), "spec.listeners[" + i + "].port", hint);
      ports.add(new BindPort(i, KubeObjects.string(l, "name"), port, port, "", false));
      i++;
    }
    if (ports.isEmpty()) {
      throw new UnusableInputException(source, 0, 0, "the Gateway has no spec.listeners", hint);
    }
    return new GatewayPorts(Kind.GATEWAY_API, name(source, gw, hint), namespace(source, gw, hint), ports);
  }

  /** fromList reads --ports, e.g. {@code 80,443} or {@code 8080 8443}. */
  public static GatewayPorts fromList(String list) {
    List<BindPort> ports = new ArrayList<>();
    for (String s : list.trim().split("[,\\s]+")) {
      if (s.isEmpty()) {
        continue;
      }
      int p;
      try {
        p = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        p = -1;
      }
      if (p < 1 || p > 65535) {
        throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.ports.not-a-port", s));
      }
      ports.add(new BindPort(-1, "", p, p, "", false));
    }
    if (ports.isEmpty()) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.ports.none"));
    }
    return new GatewayPorts(Kind.LIST, "", "", ports);
  }

  /** resolveNamed returns these ports with named targetPorts looked up in the proxy container's ports. */
  public GatewayPorts resolveNamed(Map<String, Integer> containerPorts) {
    List<BindPort> out = new ArrayList<>();
    for (BindPort p : ports) {
      Integer n = p.namedTarget().isEmpty() ? null : containerPorts.get(p.namedTarget());
      out.add(n == null ? p : new BindPort(p.index(), p.name(), p.port(), n, p.namedTarget(), p.targetPortSet()));
    }
    return new GatewayPorts(kind, name, namespace, out);
  }

  static Map<String, Object> single(String source, String text, String kind, String hint) {
    List<Map<String, Object>> objects = KubeObjects.load(source, text, hint);
    List<Map<String, Object>> matching = objects.stream()
        .filter(o -> KubeObjects.string(o, "kind").equals(kind)).toList();
    if (matching.size() != 1) {
      throw new UnusableInputException(source, 0, 0, (matching.isEmpty() ? "no " + kind : matching.size()
          + " " + kind + " objects") + " in the file, expected one", hint);
    }
    return matching.get(0);
  }

  static String name(String source, Map<String, Object> o, String hint) {
    String name = KubeObjects.string(o, "metadata", "name");
    if (!KubernetesNames.isSubdomain(name)) {
      throw new UnusableInputException(source, 0, 0, "metadata.name \"" + name
          + "\" is not a Kubernetes object name", hint);
    }
    return name;
  }

  static String namespace(String source, Map<String, Object> o, String hint) {
    String ns = KubeObjects.string(o, "metadata", "namespace");
    if (!ns.isEmpty() && !KubernetesNames.isLabel(ns)) {
      throw new UnusableInputException(source, 0, 0, "metadata.namespace \"" + ns
          + "\" is not a namespace name", hint);
    }
    return ns;
  }

  private static int number(String source, Object v, String field, String hint) {
    int n = KubeObjects.integer(v);
    if (n < 1 || n > 65535) {
      throw new UnusableInputException(source, 0, 0, field + " is " + (v == null ? "missing" : "\"" + v + "\"")
          + ", not a port (1-65535)", hint);
    }
    return n;
  }
}
