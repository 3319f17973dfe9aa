package dev.tmplpatch.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.tmplpatch.k8s.DidYouMean;
import dev.tmplpatch.k8s.Shown;

/**
 * Scenario is one of the vendor documentation's old-kernel fixes for Istio gateways, by the name
 * users pass to {@code --scenario}.
 *
 * <p>Every scenario removes the pod sysctl {@code net.ipv4.ip_unprivileged_port_start}, which
 * kernels before 4.11 do not have; the later ones add what binding ports below 1024 then needs.
 */
public enum Scenario {
  /** UNPRIVILEGED_PORTS is the seed's scenario 1: the gateway listens on ports 1024 and above. */
  UNPRIVILEGED_PORTS(
      "unprivileged-ports",
      List.of("1"),
      false,
      false,
      "kernel < 4.11, ports >= 1024: remove the pod sysctl net.ipv4.ip_unprivileged_port_start"),
  /** PRIVILEGED_PORTS is the seed's scenario 2: also give istio-proxy NET_BIND_SERVICE. */
  PRIVILEGED_PORTS(
      "privileged-ports",
      List.of("2"),
      true,
      false,
      "kernel < 4.11, ports < 1024: remove the sysctl and add NET_BIND_SERVICE to istio-proxy"),
  /** PRIVILEGED_PORTS_ROOT is scenario 2 plus running istio-proxy as root (explicit opt-in). */
  PRIVILEGED_PORTS_ROOT(
      "privileged-ports-root",
      List.of(),
      true,
      true,
      "like privileged-ports, and run istio-proxy as root (runAsUser 0, runAsGroup 0,"
          + " runAsNonRoot false); needs an explicit opt-in");

  /** BIND_CAPABILITY is the capability the privileged-port scenarios add to the container. */
  public static final String BIND_CAPABILITY = "NET_BIND_SERVICE";

  private final String id;
  private final List<String> aliases;
  private final boolean addsBindCapability;
  private final boolean runsAsRoot;
  private final String description;

  Scenario(
      String id,
      List<String> aliases,
      boolean addsBindCapability,
      boolean runsAsRoot,
      String description) {
    this.id = id;
    this.aliases = aliases;
    this.addsBindCapability = addsBindCapability;
    this.runsAsRoot = runsAsRoot;
    this.description = description;
  }

  /** id returns the name users type, for example {@code privileged-ports}. */
  public String id() {
    return id;
  }

  /** aliases returns the other accepted spellings, the seed's scenario numbers. */
  public List<String> aliases() {
    return aliases;
  }

  /** addsBindCapability tells whether istio-proxy gets {@code NET_BIND_SERVICE}. */
  public boolean addsBindCapability() {
    return addsBindCapability;
  }

  /** droppedSysctl is the pod sysctl every scenario removes (kernels before 4.11 lack it). */
  public String droppedSysctl() {
    return DropSysctl.UNPRIVILEGED_PORT_START;
  }

  /** addedCapabilities lists what the scenario adds to the container's capabilities. */
  public List<String> addedCapabilities() {
    return addsBindCapability ? List.of(BIND_CAPABILITY) : List.of();
  }

  /** rootFields returns the securityContext fields the scenario sets to run as root, or none. */
  public java.util.Map<String, Object> rootFields() {
    return runsAsRoot ? RunAsRoot.ROOT_FIELDS : java.util.Map.of();
  }

  /** runsAsRoot tells whether istio-proxy runs as root, which callers must have opted into. */
  public boolean runsAsRoot() {
    return runsAsRoot;
  }

  /** description says in one line when to use the scenario and what it changes. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * parse returns the scenario named by its id or an alias; case and {@code _} versus {@code -}
   * do not matter, anything else is refused with the closest name and the accepted list.
   */
  public static Scenario parse(String text) {
    if (text == null || text.isBlank()) {
      throw new dev.tmplpatch.diag.InvalidValueException(dev.tmplpatch.i18n.Text.of("value.scenario.empty", accepted()));
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Scenario s : values()) {
      if (s.id.equals(wanted) || s.aliases.contains(wanted)) {
        return s;
      }
    }
    String quoted = Shown.quoted(text);
    throw new dev.tmplpatch.diag.InvalidValueException(DidYouMean.closest(wanted, ids())
        .map(id -> dev.tmplpatch.i18n.Text.of("value.scenario.unknown.closest", quoted, id, accepted()))
        .orElse(dev.tmplpatch.i18n.Text.of("value.scenario.unknown", quoted, accepted())));
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Scenario s : values()) {
      ids.add(s.id);
    }
    return ids;
  }

  /** accepted lists the ids with their aliases, for help texts and errors. */
  public static String accepted() {
    List<String> parts = new ArrayList<>();
    for (Scenario s : values()) {
      parts.add(s.aliases.isEmpty() ? s.id : s.id + " (or " + String.join(", ", s.aliases) + ")");
    }
    return String.join(", ", parts);
  }
}
