package dev.tmplpatch.k8s;

import java.util.List;
import java.util.Locale;

/**
 * LinuxCapabilities knows the capability names Kubernetes accepts in
 * {@code securityContext.capabilities}: the kernel's names without their {@code CAP_} prefix
 * (containerd and CRI-O add the prefix themselves, so {@code CAP_NET_BIND_SERVICE} would become
 * {@code CAP_CAP_NET_BIND_SERVICE}), plus {@code ALL}.
 */
public final class LinuxCapabilities {

  /** NAMES lists capabilities 0 to 40 in kernel order (include/uapi/linux/capability.h). */
  public static final List<String> NAMES = List.of(
      "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID",
      "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW",
      "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT",
      "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
      "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG",
      "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

  private LinuxCapabilities() {}

  /**
   * normalise returns the Kubernetes spelling of a capability: upper case, without {@code CAP_}.
   * It refuses anything that is not a Linux capability (or {@code ALL}), suggesting the closest.
   */
  public static String normalise(String capability) {
    if (capability == null || capability.isBlank()) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.capability.empty"));
    }
    String c = capability.strip().toUpperCase(Locale.ROOT);
    if (c.startsWith("CAP_")) {
      c = c.substring(4);
    }
    if (c.equals("ALL") || NAMES.contains(c)) {
      return c;
    }
    String shown = capability.replaceAll("\\p{Cntrl}", "?");
    String closest = c;
    throw new dev.tmplpatch.diag.InvalidValueException(DidYouMean.closest(closest, NAMES)
        .map(n -> dev.tmplpatch.i18n.Text.of("value.capability.unknown.closest", shown, n))
        .orElse(dev.tmplpatch.i18n.Text.of("value.capability.unknown", shown)));
  }

  /** didYouMean returns " (did you mean X?)" for the closest name, or "". */
  public static String didYouMean(String c) {
    return DidYouMean.closest(c, NAMES).map(n -> " (did you mean " + n + "?)").orElse("");
  }
}
