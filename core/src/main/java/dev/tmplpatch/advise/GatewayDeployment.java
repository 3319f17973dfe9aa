package dev.tmplpatch.advise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GatewayDeployment is what advise needs of the user's gateway Deployment: its name, the
 * istio-proxy container's {@code runAsNonRoot} (Istio re-applies the user's container over the
 * injected one, so {@code true} there defeats the root scenario) and whether the pod itself sets
 * the sysctl (the istio/gateway Helm chart does).
 *
 * @param name metadata.name
 * @param namespace metadata.namespace, may be empty
 * @param proxyIndex the index of the istio-proxy container in spec.template.spec.containers, -1 when absent
 * @param proxyRunAsNonRoot whether that container sets securityContext.runAsNonRoot: true
 * @param proxyRunAsUser that container's securityContext.runAsUser, -1 when not set
 * @param podSetsSysctl whether spec.template.spec.securityContext.sysctls names the sysctl
 * @param proxyPorts the istio-proxy container's named ports, to resolve a named targetPort
 */
public record GatewayDeployment(String name, String namespace, int proxyIndex, boolean proxyRunAsNonRoot, int proxyRunAsUser,
    boolean podSetsSysctl, Map<String, Integer> proxyPorts) {

  /** SYSCTL is the pod sysctl that kernels older than 4.11 lack. */
  public static final String SYSCTL = "net.ipv4.ip_unprivileged_port_start";

  /**
   * blocksRoot tells whether the Deployment's istio-proxy container keeps the proxy from running
   * as root: Istio merges the user's container back over the injected one, so its runAsNonRoot:
   * true and a non-zero runAsUser win over the template's root settings.
   */
  public boolean blocksRoot() {
    return proxyRunAsNonRoot || proxyRunAsUser > 0;
  }

  /** rootBlockers names the fields that block root, e.g. {@code runAsNonRoot: true, runAsUser: 1337}. */
  public String rootBlockers() {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (proxyRunAsNonRoot) {
      out.add("runAsNonRoot: true");
    }
    if (proxyRunAsUser > 0) {
      out.add("runAsUser: " + proxyRunAsUser);
    }
    return String.join(", ", out);
  }

  /** read reads the Deployment of the file. */
  public static GatewayDeployment read(String source, String text) {
    String hint = "save the gateway's Deployment with: kubectl -n NAMESPACE get deployment NAME -o yaml > deployment.yaml";
    Map<String, Object> d = GatewayPorts.single(source, text, "Deployment", hint);
    Map<String, Object> pod = KubeObjects.map(d, "spec", "template", "spec");
    boolean sysctl = false;
    for (Map<String, Object> s : KubeObjects.maps(pod, "securityContext", "sysctls")) {
      sysctl |= SYSCTL.equals(KubeObjects.string(s, "name"));
    }
    int index = -1;
    boolean nonRoot = false;
    int user = -1;
    Map<String, Integer> ports = new LinkedHashMap<>();
    List<Map<String, Object>> containers = KubeObjects.maps(pod, "containers");
    for (int i = 0; i < containers.size(); i++) {
      Map<String, Object> c = containers.get(i);
      if (KubeObjects.string(c, "name").equals("istio-proxy")) {
        index = i;
        nonRoot = "true".equals(KubeObjects.string(c, "securityContext", "runAsNonRoot"));
        user = KubeObjects.integer(KubeObjects.at(c, "securityContext", "runAsUser"));
        for (Map<String, Object> p : KubeObjects.maps(c, "ports")) {
          String n = KubeObjects.string(p, "name");
          int port = KubeObjects.integer(KubeObjects.at(p, "containerPort"));
          if (!n.isEmpty() && port > 0) {
            ports.put(n, port);
          }
        }
      }
    }
    return new GatewayDeployment(GatewayPorts.name(source, d, hint), GatewayPorts.namespace(source, d, hint),
        index, nonRoot, user, sysctl, Map.copyOf(ports));
  }
}
