package dev.tmplpatch.edit;

import java.util.regex.Pattern;

/** ContainerName validates container names as Kubernetes does: a DNS-1123 label. */
final class ContainerName {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private ContainerName() {}

  static String validate(String name) {
    if (name == null || name.isEmpty() || name.length() > 63 || !LABEL.matcher(name).matches()) {
      String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
      throw new IllegalArgumentException("'" + shown + "' is not a container name: Kubernetes wants a DNS-1123 label"
          + " (lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)"
          + "; e.g. istio-proxy");
    }
    return name;
  }
}
