package dev.tmplpatch.k8s;


/** ContainerName validates container names as Kubernetes does: a DNS-1123 label ({@link KubernetesNames}). */
public final class ContainerName {

  private ContainerName() {}

  public static String validate(String name) {
    if (!KubernetesNames.isLabel(name)) {
      String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.container", shown));
    }
    return name;
  }
}
