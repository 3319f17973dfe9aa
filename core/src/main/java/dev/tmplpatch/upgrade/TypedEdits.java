package dev.tmplpatch.upgrade;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.AddCapabilities;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.Edit;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TypedEdits is a set of the edits tmplpatch can recognise in a customised template and make
 * again on another release: the pod sysctl {@code net.ipv4.ip_unprivileged_port_start} dropped,
 * istio-proxy run as root, and {@code NET_BIND_SERVICE} added to istio-proxy. Together they
 * are the scenarios; they are applied in the scenario recipe's order.
 */
public record TypedEdits(boolean dropSysctl, boolean runAsRoot, boolean addBindCapability) {

  /** NONE recognises nothing. */
  public static final TypedEdits NONE = new TypedEdits(false, false, false);

  /** CANDIDATES are every combination, the largest first, so recognition finds the most. */
  static final List<TypedEdits> CANDIDATES = List.of(
      new TypedEdits(true, true, true),
      new TypedEdits(true, false, true),
      new TypedEdits(true, true, false),
      new TypedEdits(false, true, true),
      new TypedEdits(true, false, false),
      new TypedEdits(false, false, true),
      new TypedEdits(false, true, false),
      NONE);

  /** ofScenario returns a scenario's edits. */
  public static TypedEdits ofScenario(Scenario s) {
    return new TypedEdits(true, s.runsAsRoot(), s.addsBindCapability());
  }

  /**
   * plausibleIn is a cheap filter before the real check: each edit leaves a word in its result
   * ({@code sysctls: []}, {@code runAsUser: 0}, {@code NET_BIND_SERVICE}).
   */
  boolean plausibleIn(String text) {
    return (!dropSysctl || text.contains("sysctls: []"))
        && (!runAsRoot || text.contains("runAsUser: 0"))
        && (!addBindCapability || text.contains("NET_BIND_SERVICE"));
  }

  /** isEmpty tells whether no edit was recognised. */
  public boolean isEmpty() {
    return !dropSysctl && !runAsRoot && !addBindCapability;
  }

  /** scenario names the scenario these edits are, when they are one. */
  public Optional<Scenario> scenario() {
    for (Scenario s : Scenario.values()) {
      if (dropSysctl && s.runsAsRoot() == runAsRoot && s.addsBindCapability() == addBindCapability) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * recipe returns the edits as core's recipe: the scenario's own recipe when they are a
   * scenario. Root is re-applied without asking again because the customised template already
   * runs the proxy as root.
   */
  public Recipe recipe() {
    Optional<Scenario> s = scenario();
    if (s.isPresent()) {
      return Recipe.forScenario(s.get(), true);
    }
    return Recipe.of("recognised-edits", describe(), edits());
  }

  /** edits lists the edits in the order the scenario recipe applies them. */
  List<Edit> edits() {
    List<Edit> out = new ArrayList<>();
    if (dropSysctl) {
      out.add(DropSysctl.clearWhereSet(DropSysctl.UNPRIVILEGED_PORT_START));
    }
    if (runAsRoot) {
      out.add(RunAsRoot.forContainer(Recipe.PROXY, true));
    }
    if (addBindCapability) {
      out.add(AddCapabilities.to(Recipe.PROXY, List.of("NET_BIND_SERVICE")));
    }
    return out;
  }

  /**
   * applyEach applies the edits one after the other and returns the document, or empty when an
   * edit refuses or changes nothing (then the template cannot be the result of these edits).
   * Results of shorter prefixes are taken from and put into memo (which maps NONE to the release).
   */
  Optional<TemplateDocument> applyEach(Map<TypedEdits, Optional<TemplateDocument>> memo) {
    Optional<TemplateDocument> known = memo.get(this);
    if (known != null) {
      return known;
    }
    List<Edit> edits = edits();
    TypedEdits prefix = new TypedEdits(dropSysctl && (runAsRoot || addBindCapability), runAsRoot && addBindCapability,
        false);
    Optional<TemplateDocument> before = prefix.applyEach(memo);
    Optional<TemplateDocument> out = Optional.empty();
    if (before.isPresent()) {
      try {
        EditResult r = edits.get(edits.size() - 1).apply(before.get());
        out = r.changed() ? Optional.of(r.document()) : Optional.empty();
      } catch (RuntimeException refused) {
        out = Optional.empty();
      }
    }
    memo.put(this, out);
    return out;
  }

  /** describe says what was recognised, e.g. {@code scenario privileged-ports}. */
  public String describe() {
    Optional<Scenario> s = scenario();
    if (s.isPresent()) {
      return "scenario " + s.get().id();
    }
    if (isEmpty()) {
      return "no typed edit";
    }
    List<String> parts = new ArrayList<>();
    if (dropSysctl) {
      parts.add("pod sysctl " + DropSysctl.UNPRIVILEGED_PORT_START + " dropped");
    }
    if (runAsRoot) {
      parts.add("istio-proxy runs as root");
    }
    if (addBindCapability) {
      parts.add("NET_BIND_SERVICE added to istio-proxy");
    }
    return String.join(", ", parts);
  }
}
