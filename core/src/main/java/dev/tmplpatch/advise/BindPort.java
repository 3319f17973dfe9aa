package dev.tmplpatch.advise;

/**
 * BindPort is one port of the gateway: where it is declared and the port Envoy binds in the pod.
 *
 * @param index the position in spec.ports (Service) or spec.listeners (Gateway), 0-based; -1 for --ports
 * @param name the port's or listener's name, may be empty
 * @param port the Service port clients use, or the listener port
 * @param bind the port Envoy binds, 0 when a named targetPort cannot be resolved
 * @param namedTarget the targetPort when it is a name, else empty
 * @param targetPortSet whether a Service port sets targetPort (else it is the port)
 */
public record BindPort(int index, String name, int port, int bind, String namedTarget, boolean targetPortSet) {

  /** PRIVILEGED_BELOW is 1024: binding below it needs root, a capability, or the sysctl. */
  public static final int PRIVILEGED_BELOW = 1024;

  /** privileged tells whether the bind port is below 1024. */
  public boolean privileged() {
    return bind > 0 && bind < PRIVILEGED_BELOW;
  }
}
