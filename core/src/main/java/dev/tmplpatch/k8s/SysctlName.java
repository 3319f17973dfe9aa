package dev.tmplpatch.k8s;

import java.util.regex.Pattern;

/** SysctlName validates sysctl names as Kubernetes does (validation.IsValidSysctlName): '.' or '/' separated. */
public final class SysctlName {
  private static final Pattern SYSCTL =
      Pattern.compile("[a-z0-9]([-_a-z0-9]*[a-z0-9])?([./][a-z0-9]([-_a-z0-9]*[a-z0-9])?)*");

  private SysctlName() {}

  /** validate returns the name if Kubernetes accepts it, else refuses it with an example. */
  public static String validate(String sysctl, String example) {
    if (sysctl == null || sysctl.length() > KubernetesNames.SUBDOMAIN_MAX_LENGTH || !SYSCTL.matcher(sysctl).matches()) {
      String shown = sysctl == null ? "" : sysctl.replaceAll("\\p{Cntrl}", "?");
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.sysctl", shown, example));
    }
    return sysctl;
  }
}
