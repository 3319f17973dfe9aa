package dev.tmplpatch.job;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.diag.DiagnosticException;
import dev.tmplpatch.edit.AddCapabilities;
import dev.tmplpatch.edit.DropSysctl;
import dev.tmplpatch.edit.Edit;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.RootNotAllowedException;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.emit.GatewayOptionsConfigMap;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.k8s.KubernetesNames;
import dev.tmplpatch.source.InputReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JobRequest is what a front end asks for, validated once: the template source, the edits (a
 * scenario and explicit edits, combined by one rule), the container, the root opt-in, the name of
 * the template, the lint rules accepted, and how much input may be read. {@link Builder#build}
 * refuses a request that cannot work with a {@link JobException} naming the {@link Field}.
 *
 * <p>The rule for a scenario with explicit edits: the scenario's edits come first, then the
 * explicit ones (drop a sysctl, run as root, add capabilities), all in one recipe proven once. A
 * container given without any edit that uses it is refused rather than ignored.
 */
public final class JobRequest {
  private final TemplateSource source;
  private final String templateName;
  private final Scenario scenario;
  private final Recipe recipe;
  private final boolean allowRoot;
  private final boolean explicitEdits;
  private final Set<String> accepted;
  private final InputReader reader;
  private final Spelling spelling;

  private JobRequest(Builder b, Scenario scenario, Recipe recipe, String templateName) {
    this.source = b.source;
    this.templateName = templateName;
    this.scenario = scenario;
    this.recipe = recipe;
    this.allowRoot = b.allowRoot;
    this.explicitEdits = b.explicitEdits();
    this.accepted = Set.copyOf(b.accepted);
    this.reader = new InputReader(b.maxInputSize, b.limitOption);
    this.spelling = b.spelling;
  }

  /** builder starts a request whose messages name fields as the front end's users write them. */
  public static Builder builder(Spelling spelling) {
    return new Builder(spelling);
  }

  /** source says where the template comes from. */
  public TemplateSource source() {
    return source;
  }

  /** templateName is the template's name in the injector ConfigMap and in the Istio patch. */
  public String templateName() {
    return templateName;
  }

  /** scenario is the scenario asked for, or null. */
  public Scenario scenario() {
    return scenario;
  }

  /** recipe is the edits to make, or null to leave the template as it is. */
  public Recipe recipe() {
    return recipe;
  }

  /** allowRoot is the user's opt-in to running the proxy as root. */
  public boolean allowRoot() {
    return allowRoot;
  }

  /** explicitEdits tells whether edits beside a scenario were asked for. */
  public boolean explicitEdits() {
    return explicitEdits;
  }

  /** accepted lists the lint rules whose ERROR findings do not refuse the result. */
  public Set<String> accepted() {
    return accepted;
  }

  /** reader reads the input under the request's size limit. */
  public InputReader reader() {
    return reader;
  }

  /** spelling names fields in the front end's words. */
  public Spelling spelling() {
    return spelling;
  }

  /**
   * gatewayOptions is the Gateway API options ConfigMap for the request's scenario (which the
   * caller checked is there), in a namespace, with a name, and referred to by a Gateway or not.
   */
  public GatewayOptionsConfigMap gatewayOptions(String namespace, String name, String gatewayName) {
    GatewayOptionsConfigMap cm = GatewayOptionsConfigMap.of(namespace, scenario, allowRoot).withName(name);
    return gatewayName == null ? cm : cm.withGateway(gatewayName);
  }

  /** Builder collects a front end's options; {@link #build} validates them all. */
  public static final class Builder {
    private final Spelling spelling;
    private TemplateSource source = TemplateSource.bundled();
    private String templateName;
    private String scenario;
    private boolean dropSysctls;
    private String dropSysctl;
    private List<String> capabilities = List.of();
    private String container;
    private boolean runAsRoot;
    private boolean allowRoot;
    private Set<String> accepted = Set.of();
    private long maxInputSize = InputReader.DEFAULT_LIMIT;
    private String limitOption;

    private Builder(Spelling spelling) {
      this.spelling = spelling;
    }

    /** source sets where the template comes from (default: the bundled template). */
    public Builder source(TemplateSource value) {
      this.source = value;
      return this;
    }

    /** templateName sets the template's name (default: gateway). */
    public Builder templateName(String value) {
      this.templateName = value;
      return this;
    }

    /** scenario names a scenario or its alias; null for none. */
    public Builder scenario(String value) {
      this.scenario = value;
      return this;
    }

    /** dropSysctls asks to set every pod sysctls list to []. */
    public Builder dropSysctls(boolean value) {
      this.dropSysctls = value;
      return this;
    }

    /** dropSysctl asks to remove one pod sysctl; null for none. */
    public Builder dropSysctl(String value) {
      this.dropSysctl = value;
      return this;
    }

    /** addCapabilities asks to add Linux capabilities to the container. */
    public Builder addCapabilities(List<String> value) {
      this.capabilities = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /** container names the container the edits change; null for istio-proxy. */
    public Builder container(String value) {
      this.container = value;
      return this;
    }

    /** runAsRoot asks to run the container as root. */
    public Builder runAsRoot(boolean value) {
      this.runAsRoot = value;
      return this;
    }

    /** allowRoot is the opt-in to running as root. */
    public Builder allowRoot(boolean value) {
      this.allowRoot = value;
      return this;
    }

    /** accept names lint rules whose ERROR findings do not refuse the result. */
    public Builder accept(Iterable<String> rules) {
      List<String> all = new ArrayList<>();
      if (rules != null) {
        rules.forEach(all::add);
      }
      this.accepted = Set.copyOf(all);
      return this;
    }

    /** maxInputSize limits what is read; option is how users raise it, or null where they cannot. */
    public Builder maxInputSize(long bytes, String option) {
      this.maxInputSize = bytes;
      this.limitOption = option;
      return this;
    }

    private boolean explicitEdits() {
      return dropSysctls || dropSysctl != null || runAsRoot || !capabilities.isEmpty();
    }

    /** build validates the request and makes its recipe. */
    public JobRequest build() {
      String name = templateName == null ? IstioMergePatch.DEFAULT_TEMPLATE_NAME : templateName.strip();
      check(Field.TEMPLATE_NAME, () -> KubernetesNames.requireConfigMapKey("template name", name));
      Scenario s = scenario == null ? null : check(Field.SCENARIO, () -> Scenario.parse(scenario));
      if (dropSysctls && dropSysctl != null) {
        throw refused(Field.DROP_SYSCTL,
            Text.of("job.drop-sysctl.exclusive", spelling.of(Field.DROP_SYSCTL), spelling.of(Field.DROP_SYSCTLS)), Text.EMPTY);
      }
      if (container != null && s == null && capabilities.isEmpty() && !runAsRoot) {
        throw refused(Field.CONTAINER, Text.of("job.container.unused", spelling.of(Field.SCENARIO),
            spelling.of(Field.ADD_CAPABILITIES), spelling.of(Field.RUN_AS_ROOT)), Text.EMPTY);
      }
      String target = container == null ? Recipe.PROXY : container.strip();
      List<Edit> edits = new ArrayList<>();
      String recipeName = "edit";
      String description = "the edits asked for";
      if (s != null) {
        requireRootOptIn(s.runsAsRoot(), spelling.of(Field.SCENARIO, s.id()));
        Recipe r = check(Field.CONTAINER, () -> Recipe.forScenario(s, target, allowRoot));
        edits.addAll(r.edits());
        recipeName = r.name();
        description = r.description();
      }
      if (dropSysctls) {
        edits.add(DropSysctl.clearAll());
      } else if (dropSysctl != null) {
        edits.add(check(Field.DROP_SYSCTL, () -> DropSysctl.named(dropSysctl.strip())));
      }
      if (runAsRoot) {
        requireRootOptIn(true, spelling.of(Field.RUN_AS_ROOT));
        edits.add(check(Field.CONTAINER, () -> RunAsRoot.forContainer(target, allowRoot)));
      }
      if (!capabilities.isEmpty()) {
        edits.add(check(Field.ADD_CAPABILITIES, () -> AddCapabilities.to(target, capabilities)));
      }
      Recipe recipe = edits.isEmpty() ? null : Recipe.of(recipeName, description, edits);
      return new JobRequest(this, s, recipe, name);
    }

    // requireRootOptIn asks the one root check, worded in the front end's terms.
    private void requireRootOptIn(boolean root, String what) {
      if (!root) {
        return;
      }
      try {
        RunAsRoot.requireOptIn(allowRoot, what, spelling.of(Field.ALLOW_ROOT),
            spelling.of(Field.SCENARIO, Scenario.PRIVILEGED_PORTS.id()));
      } catch (RootNotAllowedException e) {
        throw JobException.usage(Field.ALLOW_ROOT, e.diagnostic(), e);
      }
    }

    // check runs a library factory that validates a value, refusing it as the field's fault.
    private <T> T check(Field field, java.util.function.Supplier<T> step) {
      try {
        return step.get();
      } catch (IllegalArgumentException e) {
        throw refused(field, dev.tmplpatch.diag.InvalidValueException.textOf(e), spelling.help());
      } catch (DiagnosticException e) {
        Diagnostic d = e.diagnostic();
        throw JobException.usage(field, d.hint().isEmpty() ? d.withHint(spelling.help()) : d, e);
      }
    }

    private JobException refused(Field field, Text message, Text hint) {
      return JobException.usage(field, Diagnostic.error("usage", null, 0, 0, message, hint), null);
    }
  }
}
