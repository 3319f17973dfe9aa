package dev.tmplpatch.advise;

/** NodeVerdict is what a node's kernel means for the gateway's pod sysctl. */
public enum NodeVerdict {
  /** OK: Linux 4.11 or later, the sysctl exists. */
  OK,
  /** TOO_OLD: Linux older than 4.11, gateway pods with the sysctl never start here. */
  TOO_OLD,
  /** UNKNOWN: a Linux node whose kernel string does not read as MAJOR.MINOR. */
  UNKNOWN,
  /** NOT_LINUX: Windows and other systems; gateway pods are Linux pods and do not run here. */
  NOT_LINUX;

  /** id is the verdict's stable name in JSON output. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
