package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.AddCapabilities;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.Edit;
import dev.tmplpatch.edit.EditResult;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.lint.TemplateLint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * EditOptions are the edit options shared by {@code edit} and {@code istio-patch}: a scenario,
 * explicit edits, and the opt-in for root. They build one {@link Recipe}.
 */
final class EditOptions {

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root")
  String scenario;

  @ArgGroup(exclusive = true)
  SysctlChoice sysctl;

  static final class SysctlChoice {
    @Option(names = "--drop-sysctl", paramLabel = "NAME",
        description = "remove one pod sysctl and keep the others, e.g. net.ipv4.ip_unprivileged_port_start")
    String name;

    @Option(names = "--drop-sysctls", description = "set the pod's securityContext.sysctls to []")
    boolean all;
  }

  @Option(names = "--add-capability", paramLabel = "CAP",
      description = "add a Linux capability to the container (repeatable), e.g. NET_BIND_SERVICE")
  List<String> capabilities = new ArrayList<>();

  @Option(names = "--container", paramLabel = "NAME", defaultValue = Recipe.PROXY,
      description = "container the scenario, capability and root edits change (default: ${DEFAULT-VALUE})")
  String container;

  @Option(names = "--run-as-root", description = "run the container as root (needs --allow-root)")
  boolean runAsRoot;

  @Option(names = "--accept", paramLabel = "RULE",
      description = "keep a result although lint reports this ERROR rule about it (repeatable), e.g. cap-prefix")
  List<String> accepted = new ArrayList<>();

  @Option(names = "--allow-root", description = "opt in to running as root: " + RunAsRoot.COST)
  boolean allowRoot;

  /** recipe builds the edits asked for; null when none was. */
  Recipe recipe() {
    List<Edit> edits = new ArrayList<>();
    String name = "edit";
    String description = "the edits given on the command line";
    if (scenario != null) {
      Scenario s = Scenario.parse(scenario);
      requireRootOptIn(s.runsAsRoot(), "--scenario " + s.id());
      Recipe r = Recipe.forScenario(s, container, allowRoot);
      edits.addAll(r.edits());
      name = r.name();
      description = r.description();
    }
    if (sysctl != null && sysctl.all) {
      edits.add(DropSysctl.clearAll());
    } else if (sysctl != null && sysctl.name != null) {
      edits.add(DropSysctl.named(sysctl.name));
    }
    if (runAsRoot) {
      requireRootOptIn(true, "--run-as-root");
      edits.add(RunAsRoot.forContainer(container, allowRoot));
    }
    if (!capabilities.isEmpty()) {
      edits.add(AddCapabilities.to(container, capabilities));
    }
    return edits.isEmpty() ? null : Recipe.of(name, description, edits);
  }

  private void requireRootOptIn(boolean root, String what) {
    if (root && !allowRoot) {
      throw UserError.usage(what + " runs the proxy as root and needs --allow-root; hint: " + RunAsRoot.COST
          + "; prefer ports 1024 or above (--scenario privileged-ports keeps the proxy non-root)");
    }
  }

  /**
   * apply loads a template, applies the edits and returns the new text; findings go to err. A
   * template that does not parse fails here, before anything is written.
   */
  String apply(String name, String text, PrintWriter err) {
    ErrorReporting.SOURCE.set(text);
    Inputs.checkTemplate(name, text);
    return edit(TemplateDocument.load(name, text), err).document().text();
  }

  /** edit applies the recipe (if any) and prints its findings to err. */
  EditResult edit(TemplateDocument doc, PrintWriter err) {
    Recipe recipe = recipe();
    EditResult result = recipe == null ? EditResult.unchanged(doc, List.of()) : recipe.apply(doc);
    for (Diagnostic f : result.findings()) {
      err.println(ErrorReporting.printable(f.format()));
    }
    // What the edits did not touch may still be wrong (e.g. a pod-level capability left by hand).
    List<Diagnostic> lint = recipe == null ? TemplateLint.check(result.document())
        : TemplateLint.checkResult(doc, result.document(), java.util.Set.copyOf(accepted));
    for (Diagnostic f : lint) {
      err.println(ErrorReporting.printable(f.format()));
    }
    err.flush();
    return result;
  }
}
