package dev.tmplpatch.edit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.verify.Verdict;
import dev.tmplpatch.verify.Verifier;
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
    return forScenario(scenario, PROXY, allowRoot);
  }

  /** forScenario returns the scenario's edits for another container than istio-proxy. */
  public static Recipe forScenario(Scenario scenario, String container, boolean allowRoot) {
    List<Edit> edits = new ArrayList<>();
    edits.add(DropSysctl.clearWhereSet(scenario.droppedSysctl()));
    if (scenario.runsAsRoot()) {
      edits.add(RunAsRoot.forContainer(container, allowRoot));
    }
    if (!scenario.addedCapabilities().isEmpty()) {
      edits.add(AddCapabilities.to(container, scenario.addedCapabilities()));
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
  public dev.tmplpatch.verify.Promise promise() {
    dev.tmplpatch.verify.Promise all = dev.tmplpatch.verify.Promise.NOTHING;
    for (Edit e : edits) {
      all = all.and(e.promise());
    }
    return all;
  }

  /**
   * apply applies each edit to the result of the one before, then accepts the result only when
   * the {@link Verifier} proves the recipe's promise on every branch projection of it; otherwise
   * it refuses with the first violation (branch choice, line, column, what was found and needed).
   * An unchanged result ("already applied") is accepted by the same proof.
   */
  /** change makes each edit's change on the result of the one before, unproven. */
  @Override
  public EditResult change(TemplateDocument doc) {
    EditResult result = EditResult.unchanged(doc, List.of());
    for (Edit e : edits) {
      result = result.then(e);
    }
    return result;
  }

  @Override
  public EditResult apply(TemplateDocument doc) {
    EditResult result = change(doc);
    if (result.changed()) {
      LineSplice.checkProjections(doc, result.document());
    }
    Verdict verdict = Verifier.verify(doc, result.document(), promise());
    if (!verdict.proven()) {
      Verdict.Violation v = verdict.violations().get(0);
      int more = verdict.violations().size() - 1;
      throw new EditException(v.file(), v.line(), v.column(),
          Text.of(result.changed() ? "edit.unproven.edited" : "edit.unproven.unchanged", v.text(),
              more > 0 ? Text.of("edit.unproven.more", more) : Text.EMPTY),
          Text.of("edit.unproven.hint"));
    }
    return result;
  }
}
