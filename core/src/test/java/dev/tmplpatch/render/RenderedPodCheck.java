package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RenderedPodCheck renders an original and an edited injection template with real Go and checks
 * the edit did what its scenario promises in the pod istiod would inject, and nothing else.
 *
 * <p>The checks (issue 3, "How it is checked"): no {@value #SYSCTL} anywhere in the edited pod;
 * for privileged-ports {@value #CAPABILITY} in the {@value #PROXY} container's
 * securityContext.capabilities.add; for privileged-ports-root runAsUser 0, runAsGroup 0 and
 * runAsNonRoot false there; the edited template renders and loads as strict YAML (no duplicate
 * keys); and the two pods are equal once exactly the expected paths are removed from both: the
 * sysctl's entry in spec.securityContext.sysctls, NET_BIND_SERVICE in the container's
 * capabilities.add, and the three root fields. A list left empty (or null) by that removal counts
 * as absent, so {@code sysctls: []} and no {@code sysctls} key compare equal.
 */
public final class RenderedPodCheck {
  /** SYSCTL is the sysctl every scenario removes. */
  public static final String SYSCTL = "net.ipv4.ip_unprivileged_port_start";
  /** PROXY is the container that gets the capability and the root settings. */
  public static final String PROXY = "istio-proxy";
  /** CAPABILITY is the capability scenario 2 adds. */
  public static final String CAPABILITY = "NET_BIND_SERVICE";

  private static final String PROXY_PATH = "spec.containers[name=" + PROXY + "]";

  private RenderedPodCheck() {}

  /**
   * assertScenario renders both templates with every fixture of {@link RenderFixture#all()} (chart
   * defaults, a user securityContext, every other branch) and fails with every problem found;
   * scenarioName is unprivileged-ports, privileged-ports or privileged-ports-root (or 1 and 2).
   */
  public static void assertScenario(String scenarioName, String originalTemplate, String editedTemplate) {
    assertScenario(scenarioName, originalTemplate, editedTemplate, RenderFixture.all());
  }

  /** assertScenario is {@link #assertScenario(String, String, String)} with one fixture. */
  public static void assertScenario(String scenarioName, String originalTemplate, String editedTemplate,
      RenderFixture fixture) {
    assertScenario(scenarioName, originalTemplate, editedTemplate, List.of(fixture));
  }

  /** assertScenario is {@link #assertScenario(String, String, String)} with the given fixtures. */
  public static void assertScenario(String scenarioName, String originalTemplate, String editedTemplate,
      List<RenderFixture> fixtures) {
    Scenario scenario = Scenario.named(scenarioName);
    List<String> problems = new ArrayList<>();
    for (RenderFixture fixture : fixtures) {
      for (String problem : problems(scenario, originalTemplate, editedTemplate, fixture)) {
        problems.add(fixtures.size() == 1 ? problem : "[" + fixture.name() + "] " + problem);
      }
    }
    if (!problems.isEmpty()) {
      fail("the edited template does not render the pod scenario " + scenario.recipe() + " promises ("
          + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
          + String.join("\n  - ", problems));
    }
  }

  /**
   * problems renders both templates and lists what is wrong with the edited pod; an original that
   * does not render fails the test at once, because then there is nothing to compare with.
   */
  public static List<String> problems(Scenario scenario, String originalTemplate, String editedTemplate,
      RenderFixture fixture) {
    GoRenderer go = GoRenderer.shared();
    RenderedPod original;
    try {
      original = go.render(originalTemplate, fixture);
    } catch (RenderFailure f) {
      fail("the original template does not render (" + f.kind() + ") with fixture " + fixture.name()
          + ", so there is nothing to compare:\n" + f.getMessage());
      throw new AssertionError("unreachable");
    }
    try {
      return problems(scenario, original, go.render(editedTemplate, fixture));
    } catch (RenderFailure f) {
      return List.of("the edited template does not render (" + f.kind() + "): " + f.getMessage());
    }
  }

  /** problems lists what is wrong with an edited pod compared with the original pod. */
  public static List<String> problems(Scenario scenario, RenderedPod original, RenderedPod edited) {
    List<String> problems = new ArrayList<>();
    for (String path : PodDiff.mentions(edited.pod(), SYSCTL)) {
      problems.add(path + ": still mentions " + SYSCTL);
    }
    ObjectNode proxy = container(edited.pod());
    if (proxy == null) {
      problems.add(PROXY_PATH + ": no such container in the edited pod");
    } else {
      JsonNode context = proxy.path("securityContext");
      if (scenario.addsNetBindService()) {
        JsonNode add = context.path("capabilities").path("add");
        if (!contains(add, CAPABILITY)) {
          problems.add(PROXY_PATH + ".securityContext.capabilities.add: expected to contain " + CAPABILITY
              + ", found " + (add.isMissingNode() ? "nothing" : add.toString()));
        }
      }
      if (scenario.runsAsRoot()) {
        expectNumber(problems, context, "runAsUser", 0);
        expectNumber(problems, context, "runAsGroup", 0);
        JsonNode nonRoot = context.path("runAsNonRoot");
        if (!nonRoot.isBoolean() || nonRoot.asBoolean()) {
          problems.add(PROXY_PATH + ".securityContext.runAsNonRoot: expected false, found "
              + (nonRoot.isMissingNode() ? "nothing" : nonRoot.toString()));
        }
      }
    }
    JsonNode before = withoutExpectedChanges(scenario, original.pod());
    JsonNode after = withoutExpectedChanges(scenario, edited.pod());
    for (String difference : PodDiff.between(before, after)) {
      problems.add("unexpected difference at " + difference);
    }
    return problems;
  }

  /**
   * withoutExpectedChanges returns a copy of the pod without the paths the scenario may change.
   * Both securityContexts are then written as objects even when absent or null, so that whatever
   * else an edit puts there is reported at its own path (spec.securityContext.capabilities).
   */
  static JsonNode withoutExpectedChanges(Scenario scenario, JsonNode pod) {
    JsonNode copy = pod.deepCopy();
    if (copy.path("spec").isObject()) {
      ObjectNode podContext = objectAt((ObjectNode) copy.get("spec"), "securityContext");
      removeFromList(podContext, "sysctls", item -> SYSCTL.equals(item.path("name").asText(null)));
    }
    ObjectNode proxy = container(copy);
    if (proxy != null) {
      ObjectNode context = objectAt(proxy, "securityContext");
      if (scenario.addsNetBindService() && context.path("capabilities").isObject()) {
        ObjectNode capabilities = (ObjectNode) context.get("capabilities");
        removeFromList(capabilities, "add", item -> CAPABILITY.equals(item.asText(null)));
        removeIfEmpty(context, "capabilities");
      }
      if (scenario.runsAsRoot()) {
        context.remove(List.of("runAsUser", "runAsGroup", "runAsNonRoot"));
      }
    }
    return copy;
  }

  /** objectAt returns parent.field as an object, putting an empty one there if it is absent or null. */
  private static ObjectNode objectAt(ObjectNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return parent.putObject(field);
    }
    return value.isObject() ? (ObjectNode) value : parent.objectNode();
  }

  private static ObjectNode container(JsonNode pod) {
    for (JsonNode c : pod.path("spec").path("containers")) {
      if (c.isObject() && PROXY.equals(c.path("name").asText(null))) {
        return (ObjectNode) c;
      }
    }
    return null;
  }

  private static boolean contains(JsonNode list, String value) {
    for (JsonNode item : list) {
      if (value.equals(item.asText(null)) && item.isTextual()) {
        return true;
      }
    }
    return false;
  }

  private static void expectNumber(List<String> problems, JsonNode context, String field, long expected) {
    JsonNode value = context.path(field);
    if (!value.isIntegralNumber() || value.asLong() != expected) {
      problems.add(PROXY_PATH + ".securityContext." + field + ": expected " + expected + ", found "
          + (value.isMissingNode() ? "nothing" : value.toString()));
    }
  }

  private interface ItemTest {
    boolean matches(JsonNode item);
  }

  private static void removeFromList(ObjectNode parent, String field, ItemTest test) {
    JsonNode list = parent.get(field);
    if (list instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) list;
      for (int i = array.size() - 1; i >= 0; i--) {
        if (test.matches(array.get(i))) {
          array.remove(i);
        }
      }
    }
    removeIfEmpty(parent, field);
  }

  private static void removeIfEmpty(ObjectNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value != null && (value.isNull() || value.isContainerNode() && value.size() == 0)) {
      parent.remove(field);
    }
  }
}
