package dev.tmplpatch.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scenario names the edit recipes of issue 3 and what each must change in the rendered pod; the
 * names and aliases are the recipe names of {@code tmplpatch edit --scenario}.
 */
public enum Scenario {
  /** Scenario 1 (kernel below 4.11, ports 1024 and up): the sysctl is gone, nothing else changes. */
  UNPRIVILEGED_PORTS("unprivileged-ports", List.of("1"), false, false),
  /** Scenario 2 (ports below 1024): also NET_BIND_SERVICE added to istio-proxy. */
  PRIVILEGED_PORTS("privileged-ports", List.of("2"), true, false),
  /** Scenario 2 plus istio-proxy running as root (runAsUser 0, runAsGroup 0, runAsNonRoot false). */
  PRIVILEGED_PORTS_ROOT("privileged-ports-root", List.of(), true, true);

  private final String recipe;
  private final List<String> aliases;
  private final boolean addsNetBindService;
  private final boolean runsAsRoot;

  Scenario(String recipe, List<String> aliases, boolean addsNetBindService, boolean runsAsRoot) {
    this.recipe = recipe;
    this.aliases = aliases;
    this.addsNetBindService = addsNetBindService;
    this.runsAsRoot = runsAsRoot;
  }

  /** named returns the scenario for a recipe name or alias, or fails listing the known names. */
  public static Scenario named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Scenario s : values()) {
      if (s.recipe.equals(wanted) || s.aliases.contains(wanted)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scenario \"" + name + "\"; expected one of "
        + Arrays.stream(values()).map(Scenario::recipe).collect(Collectors.joining(", ")));
  }

  /** recipe returns the recipe name, e.g. privileged-ports. */
  public String recipe() {
    return recipe;
  }

  /** addsNetBindService tells whether istio-proxy must get NET_BIND_SERVICE. */
  public boolean addsNetBindService() {
    return addsNetBindService;
  }

  /** runsAsRoot tells whether istio-proxy must run as root. */
  public boolean runsAsRoot() {
    return runsAsRoot;
  }
}
