package dev.tmplpatch.advise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KernelVersion is the major and minor number of a Linux kernel release string, read loosely as
 * containerd and the kubelet do: {@code 3.10.0-1160.el7.x86_64} is 3.10, {@code 4.4.111+} is
 * 4.4, {@code 6.1} is 6.1; everything after the second number is ignored.
 */
public record KernelVersion(int major, int minor) implements Comparable<KernelVersion> {

  /** SYSCTL_SINCE is Linux 4.11, the first kernel with net.ipv4.ip_unprivileged_port_start. */
  public static final KernelVersion SYSCTL_SINCE = new KernelVersion(4, 11);

  // Like Kubernetes' versionMatchRE in generic mode: at least two numbers, find() not matches().
  private static final Pattern RELEASE = Pattern.compile("^\\s*v?(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d+))?");

  /** parse reads a uname -r string; empty when it does not start with MAJOR.MINOR. */
  public static Optional<KernelVersion> parse(String release) {
    if (release == null) {
      return Optional.empty();
    }
    Matcher m = RELEASE.matcher(release);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new KernelVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** hasUnprivilegedPortSysctl tells whether /proc/sys/net/ipv4/ip_unprivileged_port_start exists. */
  public boolean hasUnprivilegedPortSysctl() {
    return compareTo(SYSCTL_SINCE) >= 0;
  }

  @Override
  public int compareTo(KernelVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
