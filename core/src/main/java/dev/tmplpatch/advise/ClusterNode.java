package dev.tmplpatch.advise;

import java.util.Optional;

/**
 * ClusterNode is what advise reads of one node's {@code status.nodeInfo} and {@code spec}.
 *
 * @param name metadata.name
 * @param operatingSystem nodeInfo.operatingSystem (or the kubernetes.io/os label), may be empty
 * @param kernelVersion nodeInfo.kernelVersion as reported, may be empty
 * @param osImage nodeInfo.osImage, decoration only (a CentOS 7 image may run a 4.19 kernel)
 * @param containerRuntime nodeInfo.containerRuntimeVersion, e.g. containerd://1.6.21
 * @param unschedulable spec.unschedulable (cordoned)
 */
public record ClusterNode(
    String name, String operatingSystem, String kernelVersion, String osImage, String containerRuntime,
    boolean unschedulable) {

  public ClusterNode {
    operatingSystem = operatingSystem == null ? "" : operatingSystem;
    kernelVersion = kernelVersion == null ? "" : kernelVersion;
    osImage = osImage == null ? "" : osImage;
    containerRuntime = containerRuntime == null ? "" : containerRuntime;
  }

  /** kernel is the parsed kernel version, empty when it cannot be read. */
  public Optional<KernelVersion> kernel() {
    return KernelVersion.parse(kernelVersion);
  }

  /** isLinux tells whether the node runs Linux; a node that does not say is taken as Linux. */
  public boolean isLinux() {
    return operatingSystem.isEmpty() || operatingSystem.equalsIgnoreCase("linux");
  }

  /**
   * verdict says what the kernel means for the sysctl. Windows kernels are never parsed:
   * 10.0.17763 would read as newer than 4.11.
   */
  public NodeVerdict verdict() {
    if (!isLinux()) {
      return NodeVerdict.NOT_LINUX;
    }
    return kernel().map(k -> k.hasUnprivilegedPortSysctl() ? NodeVerdict.OK : NodeVerdict.TOO_OLD)
        .orElse(NodeVerdict.UNKNOWN);
  }

  /** isContainerd2 tells whether the runtime is containerd 2.x, which needs its own setting on old kernels. */
  public boolean isContainerd2() {
    return containerRuntime.matches("containerd://v?2\\..*");
  }
}
