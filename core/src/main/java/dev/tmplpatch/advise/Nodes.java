package dev.tmplpatch.advise;

import dev.tmplpatch.emit.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Nodes reads the nodes of {@code kubectl get nodes -o json} (or -o yaml, a List or one Node). */
public final class Nodes {
  static final String HINT = "save the nodes with: kubectl get nodes -o json > nodes.json";

  private Nodes() {}

  /** read returns the nodes in the order of the file; anything that is not a Node is refused. */
  public static List<ClusterNode> read(String source, String text) {
    List<ClusterNode> out = new ArrayList<>();
    for (Map<String, Object> o : KubeObjects.load(source, text, HINT)) {
      String kind = KubeObjects.string(o, "kind");
      if (!kind.equals("Node")) {
        throw new UnusableInputException(source + ": "
            + (kind.isEmpty() ? "an object without kind" : "a " + kind) + " is not a Node; hint: " + HINT);
      }
      String name = KubeObjects.string(o, "metadata", "name");
      if (!KubernetesNames.isSubdomain(name)) {
        throw new UnusableInputException(source + ": " + (name.isEmpty() ? "a Node without metadata.name"
            : "node name \"" + name + "\" is not a Kubernetes object name") + "; hint: " + HINT);
      }
      Map<String, Object> info = KubeObjects.map(o, "status", "nodeInfo");
      String os = KubeObjects.string(info, "operatingSystem");
      if (os.isEmpty()) {
        os = KubeObjects.string(KubeObjects.map(o, "metadata", "labels"), "kubernetes.io/os");
      }
      out.add(new ClusterNode(name, os, KubeObjects.string(info, "kernelVersion"),
          KubeObjects.string(info, "osImage"), KubeObjects.string(info, "containerRuntimeVersion"),
          "true".equals(KubeObjects.string(o, "spec", "unschedulable"))));
    }
    if (out.isEmpty()) {
      throw new UnusableInputException(source + ": no nodes in the file; hint: " + HINT);
    }
    return out;
  }
}
