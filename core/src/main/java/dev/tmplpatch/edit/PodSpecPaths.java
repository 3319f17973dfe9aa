package dev.tmplpatch.edit;

import dev.tmplpatch.document.YamlPath;
import java.util.List;

/**
 * PodSpecPaths are where a pod spec sits in the YAML documents a template renders: a Pod's or an
 * injection template's {@code spec}, a workload's {@code spec.template.spec} (Deployment,
 * StatefulSet, DaemonSet, ReplicaSet, Job) and a CronJob's {@code spec.jobTemplate.spec.template.spec}.
 */
final class PodSpecPaths {

  static final List<YamlPath> PREFIXES = List.of(
      YamlPath.parse("spec"), YamlPath.parse("spec.template.spec"), YamlPath.parse("spec.jobTemplate.spec.template.spec"));

  private PodSpecPaths() {}

  /** isPodSpec reports whether a path is one of the pod spec locations. */
  static boolean isPodSpec(YamlPath p) {
    return PREFIXES.contains(p);
  }

  /** isContainerList reports whether a path is a pod spec's containers or initContainers list. */
  static boolean isContainerList(YamlPath p) {
    if (!(p.last() instanceof YamlPath.Key k)) {
      return false;
    }
    return (k.name().equals("containers") || k.name().equals("initContainers")) && isPodSpec(p.parent());
  }

  /** isPodSecurityContext reports whether a path is a pod spec's securityContext. */
  static boolean isPodSecurityContext(YamlPath p) {
    return p.last() instanceof YamlPath.Key k && k.name().equals("securityContext") && isPodSpec(p.parent());
  }

  /** isPodSysctls reports whether a path is a pod spec's securityContext.sysctls. */
  static boolean isPodSysctls(YamlPath p) {
    return p.last() instanceof YamlPath.Key k && k.name().equals("sysctls") && isPodSecurityContext(p.parent());
  }
}
