package dev.tmplpatch.edit;

import dev.tmplpatch.document.TemplateDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Recipe is a named sequence of edits: the vendor documentation's scenarios ({@link Scenario})
 * or any list of edits a caller puts together. Applying it applies each edit to the result of
 * the one before; it is idempotent because each of its edits is.
 */
public final class Recipe implements Edit {

  /** PROXY is the container the gateway recipes change. */
  public static final String PROXY = "istio-proxy";

  private final String name;
  private final String description;
  private final List<Edit> edits;

  private Recipe(String name, String description, List<Edit> edits) {
    this.name = name;
    this.description = description;
    this.edits = List.copyOf(edits);
  }

  /**
   * forScenario returns the scenario's edits: drop the sysctl; then for the root scenario run
   * istio-proxy as root (allowRoot must be true); then add NET_BIND_SERVICE. Root goes before
   * the capability so that the capability edit sees the root user and does not warn.
   */
  public static Recipe forScenario(Scenario scenario, boolean allowRoot) {
    List<Edit> edits = new ArrayList<>();
    edits.add(DropSysctl.clearWhereSet(DropSysctl.UNPRIVILEGED_PORT_START));
    if (scenario.runsAsRoot()) {
      edits.add(RunAsRoot.forContainer(PROXY, allowRoot));
    }
    if (scenario.addsBindCapability()) {
      edits.add(AddCapabilities.to(PROXY, List.of("NET_BIND_SERVICE")));
    }
    return new Recipe(scenario.id(), scenario.description(), edits);
  }

  /** named resolves a scenario name or alias ({@code 1}, {@code 2}) to its recipe. */
  public static Recipe named(String name, boolean allowRoot) {
    return forScenario(Scenario.parse(name), allowRoot);
  }

  /** of makes a recipe of the caller's own edits. */
  public static Recipe of(String name, String description, List<Edit> edits) {
    return new Recipe(name, description, edits);
  }

  /** edits returns the edits in the order they are applied. */
  public List<Edit> edits() {
    return edits;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public EditResult apply(TemplateDocument doc) {
    EditResult result = EditResult.unchanged(doc, List.of());
    for (Edit e : edits) {
      result = result.then(e);
    }
    return result;
  }
}
