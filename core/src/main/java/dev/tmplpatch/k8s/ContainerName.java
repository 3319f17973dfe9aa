package dev.tmplpatch.k8s;


/** ContainerName validates container names as Kubernetes does: a DNS-1123 label ({@link KubernetesNames}). */
public final class ContainerName {

  private ContainerName() {}

  public static String validate(String name) {
    if (!KubernetesNames.isLabel(name)) {
      String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
      throw new IllegalArgumentException("'" + shown + "' is not a container name: Kubernetes wants a DNS-1123 label"
          + " (lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)"
          + "; e.g. istio-proxy");
    }
    return name;
  }
}
