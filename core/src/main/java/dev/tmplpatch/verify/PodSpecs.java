package dev.tmplpatch.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * PodSpecs finds every pod spec in a YAML document: a Pod's (or an injection template's, which has
 * no kind) {@code spec}, a workload's {@code spec.template.spec} and a CronJob's
 * {@code spec.jobTemplate.spec.template.spec}. A kind that an action makes could be any of them,
 * so all three places are looked at.
 */
final class PodSpecs {

  /** PodSpec is one pod spec found, with the path that leads to it. */
  record PodSpec(int document, String path, MappingNode spec) {}

  private static final Set<String> WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController");
  private static final List<String> POD = List.of("spec");
  private static final List<String> WORKLOAD = List.of("spec", "template", "spec");
  private static final List<String> CRONJOB = List.of("spec", "jobTemplate", "spec", "template", "spec");

  private PodSpecs() {}

  /** find returns the pod specs of one document, in the order the paths above are listed. */
  static List<PodSpec> find(int index, Node document) {
    List<PodSpec> out = new ArrayList<>();
    if (!(document instanceof MappingNode)) {
      return out;
    }
    Optional<Node> kindNode = RenderedYaml.get(document, "kind");
    Optional<String> kind = kindNode.flatMap(RenderedYaml::scalar);
    boolean unknown = kind.isEmpty() || kindNode.flatMap(RenderedYaml::action).isPresent();
    if (unknown || kind.get().equals("Pod")) {
      add(out, index, document, POD, unknown);
    }
    if (unknown || WORKLOADS.contains(kind.get())) {
      add(out, index, document, WORKLOAD, unknown);
    }
    if (unknown || kind.get().equals("CronJob")) {
      add(out, index, document, CRONJOB, unknown);
    }
    return out;
  }

  private static void add(List<PodSpec> out, int index, Node document, List<String> path, boolean needPodFields) {
    Node n = document;
    for (String key : path) {
      Optional<Node> next = RenderedYaml.get(n, key);
      if (next.isEmpty()) {
        return;
      }
      n = next.get();
    }
    if (!(n instanceof MappingNode m)) {
      return;
    }
    boolean looksLikePod = RenderedYaml.get(m, "containers").isPresent()
        || RenderedYaml.get(m, "initContainers").isPresent()
        || RenderedYaml.get(m, "securityContext").isPresent();
    if (needPodFields && !looksLikePod) {
      return;
    }
    if (!needPodFields || looksLikePod) {
      out.add(new PodSpec(index, String.join(".", path), m));
    }
  }
}
