package dev.tmplpatch.advise;

import dev.tmplpatch.k8s.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Nodes reads the nodes of {@code kubectl get nodes -o json} (or -o yaml, a List or one Node). */
public final class Nodes {
  static final String HINT = "save the nodes with: kubectl get nodes -o json > nodes.json";

  private Nodes() {}

  /**
   * read returns the nodes in the order of the file; anything that is not a Node is refused.
   * Besides -o json and -o yaml it reads the table of {@code kubectl get nodes -o wide} and the
   * tab-separated lines of the jsonpath query name, OS, kernel, OS image, runtime.
   */
  public static List<ClusterNode> read(String source, String text) {
    String t = dev.tmplpatch.source.Utf8.withoutBom(text);
    List<String> lines = t.lines().filter(l -> !l.isBlank()).toList();
    if (!lines.isEmpty() && lines.get(0).startsWith("NAME") && lines.get(0).contains("KERNEL-VERSION")) {
      return checked(source, wide(lines));
    }
    if (!lines.isEmpty() && lines.stream().allMatch(l -> l.split("\t", -1).length >= 5)) {
      List<ClusterNode> out = new ArrayList<>();
      for (String l : lines) {
        String[] f = l.split("\t", -1);
        out.add(new ClusterNode(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), false));
      }
      return checked(source, out);
    }
    List<ClusterNode> out = new ArrayList<>();
    for (Map<String, Object> o : KubeObjects.load(source, text, HINT)) {
      String kind = KubeObjects.string(o, "kind");
      if (!kind.equals("Node")) {
        throw new UnusableInputException(source, 0, 0,
            (kind.isEmpty() ? "an object without kind" : "a " + kind) + " is not a Node", HINT);
      }
      String name = KubeObjects.string(o, "metadata", "name");
      if (!KubernetesNames.isSubdomain(name)) {
        throw new UnusableInputException(source, 0, 0, name.isEmpty() ? "a Node without metadata.name"
            : "node name \"" + name + "\" is not a Kubernetes object name", HINT);
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
      throw new UnusableInputException(source, 0, 0, "no nodes in the file", HINT);
    }
    return out;
  }

  /** wide reads kubectl's -o wide table by the header's column positions (kubectl aligns every row). */
  private static List<ClusterNode> wide(List<String> lines) {
    String header = lines.get(0);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(header);
    while (m.find()) {
      starts.add(m.start());
      names.add(m.group());
    }
    List<ClusterNode> out = new ArrayList<>();
    for (String row : lines.subList(1, lines.size())) {
      java.util.Map<String, String> cell = new java.util.HashMap<>();
      for (int i = 0; i < starts.size(); i++) {
        int from = Math.min(starts.get(i), row.length());
        int to = i + 1 < starts.size() ? Math.min(starts.get(i + 1), row.length()) : row.length();
        cell.put(names.get(i), row.substring(from, Math.max(from, to)).strip());
      }
      String image = cell.getOrDefault("OS-IMAGE", "");
      String os = image.startsWith("Windows") ? "windows" : "linux";
      out.add(new ClusterNode(cell.getOrDefault("NAME", ""), os, cell.getOrDefault("KERNEL-VERSION", ""), image,
          cell.getOrDefault("CONTAINER-RUNTIME", ""), cell.getOrDefault("STATUS", "").contains("SchedulingDisabled")));
    }
    return out;
  }

  private static List<ClusterNode> checked(String source, List<ClusterNode> nodes) {
    for (ClusterNode n : nodes) {
      if (!KubernetesNames.isSubdomain(n.name())) {
        throw new UnusableInputException(source, 0, 0, "node name \"" + n.name() + "\" is not a Kubernetes object name",
            HINT);
      }
    }
    if (nodes.isEmpty()) {
      throw new UnusableInputException(source, 0, 0, "no nodes in the file", HINT);
    }
    return List.copyOf(nodes);
  }
}
