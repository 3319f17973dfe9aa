package dev.tmplpatch.verify;

import dev.tmplpatch.document.Projection;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.verify.PodSpecs.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Inspection says which of the kernel fixes a template already carries, per branch choice: the
 * pod sysctls each pod spec sets, and for the named container its capabilities and user. It reads
 * the same projections the {@link Verifier} proves on, so what it reports is what an edit's proof
 * would find.
 */
public final class Inspection {

  /** FROM_VALUES stands for a value an action prints from the user's values. */
  public static final String FROM_VALUES = "(from values)";
  /** COMPUTED stands for a value an inline action computes. */
  public static final String COMPUTED = "(computed by the template)";

  /**
   * Pod is what one pod spec of one branch choice sets.
   *
   * @param choice the branch choice in the user's words
   * @param path where the pod spec is (spec, spec.template.spec ...) and in which document (1-based)
   * @param sysctls the pod sysctl names, or [FROM_VALUES] / [COMPUTED]
   * @param container the container's name, or "" when the pod has none of that name
   * @param add its capabilities.add
   * @param drop its capabilities.drop
   * @param runAsUser its runAsUser as written ("" when absent)
   * @param runAsGroup its runAsGroup ("" when absent)
   * @param runAsNonRoot its runAsNonRoot ("" when absent)
   */
  public record Pod(String choice, String path, int document, List<String> sysctls, String container,
      List<String> add, List<String> drop, String runAsUser, String runAsGroup, String runAsNonRoot) {

    /** dropsSysctl reports whether the pod sets no net.ipv4.ip_unprivileged_port_start itself. */
    public boolean withoutUnprivilegedPortSysctl() {
      return !sysctls.contains("net.ipv4.ip_unprivileged_port_start");
    }
  }

  private Inspection() {}

  /** of reads every relevant branch choice of a template; the same pod seen twice is listed once. */
  public static List<Pod> of(TemplateDocument doc, String container) {
    Promise promise = Promise.of(new Promise.NoPodSysctl("net.ipv4.ip_unprivileged_port_start"),
        new Promise.ContainerAdds(container, List.of("NET_BIND_SERVICE")), new Promise.ContainerRunsAsRoot(container));
    BranchChoices choices = BranchChoices.of(doc, CheckedLines.of(doc, promise));
    List<BranchChoices.Choice> list;
    try {
      list = choices.choices();
    } catch (BranchChoices.TooMany e) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("inspect.too-many-branches",
          e.count, doc.actions().get(e.node.open()).line(), BranchChoices.LIMIT));
    }
    Map<String, Pod> out = new LinkedHashMap<>();
    for (BranchChoices.Choice c : list) {
      RenderedYaml r = RenderedYaml.read(Projection.of(doc, BranchChoices.chooser(doc, c.options()), ""));
      for (int i = 0; i < r.documents().size(); i++) {
        for (PodSpec p : PodSpecs.find(i, r.documents().get(i))) {
          int[] at = r.at(p.spec());
          Pod pod = pod(r, p, container, choices.describe(c.options(), at[0], at[2]));
          String key = pod.path() + pod.document() + pod.sysctls() + pod.container() + pod.add() + pod.drop()
              + pod.runAsUser() + pod.runAsGroup() + pod.runAsNonRoot();
          out.putIfAbsent(key, pod);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Pod pod(RenderedYaml r, PodSpec p, String container, String choice) {
    List<String> sysctls = new ArrayList<>();
    Optional<Node> sc = RenderedYaml.get(p.spec(), "securityContext");
    if (sc.isPresent() && (RenderedYaml.action(sc.get()).isPresent() || anyFromValues(r, sc.get()))) {
      sysctls.add(FROM_VALUES);
    } else {
      sc.flatMap(s -> RenderedYaml.get(s, "sysctls")).ifPresent(l -> {
        if (RenderedYaml.action(l).isPresent()) {
          sysctls.add(FROM_VALUES);
        }
        for (Node item : RenderedYaml.items(l)) {
          Optional<Node> name = RenderedYaml.get(item, "name");
          sysctls.add(r.fromValues(item) ? FROM_VALUES
              : name.flatMap(RenderedYaml::action).isPresent() ? COMPUTED
              : name.flatMap(RenderedYaml::scalar).orElse("?"));
        }
      });
    }
    Node item = null;
    for (String list : new String[] {"containers", "initContainers"}) {
      for (Node i : RenderedYaml.get(p.spec(), list).map(RenderedYaml::items).orElse(List.of())) {
        if (RenderedYaml.get(i, "name").flatMap(RenderedYaml::scalar).filter(container::equals).isPresent()) {
          item = i;
        }
      }
    }
    List<String> add = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    String[] user = {"", "", ""};
    if (item != null) {
      Optional<Node> csc = RenderedYaml.get(item, "securityContext");
      if (csc.isPresent() && (RenderedYaml.action(csc.get()).isPresent() || anyFromValues(r, csc.get()))) {
        add.add(FROM_VALUES);
        user = new String[] {FROM_VALUES, FROM_VALUES, FROM_VALUES};
      } else if (csc.isPresent() && csc.get() instanceof MappingNode m) {
        Optional<Node> caps = RenderedYaml.get(m, "capabilities");
        caps.flatMap(c -> RenderedYaml.get(c, "add")).ifPresent(l -> names(r, l, add));
        caps.flatMap(c -> RenderedYaml.get(c, "drop")).ifPresent(l -> names(r, l, drop));
        String[] keys = {"runAsUser", "runAsGroup", "runAsNonRoot"};
        for (int k = 0; k < 3; k++) {
          Optional<Node> v = RenderedYaml.get(m, keys[k]);
          user[k] = v.isEmpty() ? "" : RenderedYaml.action(v.get()).isPresent() ? COMPUTED
              : RenderedYaml.scalar(v.get()).orElse("");
        }
      }
    }
    return new Pod(choice, p.path(), p.document() + 1, sysctls, item == null ? "" : container, add, drop,
        user[0], user[1], user[2]);
  }

  private static void names(RenderedYaml r, Node list, List<String> out) {
    if (RenderedYaml.action(list).isPresent()) {
      out.add(FROM_VALUES);
      return;
    }
    for (Node n : RenderedYaml.items(list)) {
      out.add(r.fromValues(n) ? FROM_VALUES : RenderedYaml.action(n).isPresent() ? COMPUTED
          : RenderedYaml.scalar(n).orElse("?"));
    }
  }

  private static boolean anyFromValues(RenderedYaml r, Node mapping) {
    for (Node k : RenderedYaml.keys(mapping)) {
      if (r.fromValues(k)) {
        return true;
      }
    }
    return false;
  }
}
