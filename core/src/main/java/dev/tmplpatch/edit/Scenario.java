package dev.tmplpatch.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
      throw new IllegalArgumentException("empty scenario; accepted: " + accepted());
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Scenario s : values()) {
      if (s.id.equals(wanted) || s.aliases.contains(wanted)) {
        return s;
      }
    }
    StringBuilder msg = new StringBuilder("unknown scenario ").append(quoted(text));
    closest(wanted).ifPresent(s -> msg.append("; did you mean \"").append(s.id).append("\"?"));
    msg.append(" accepted: ").append(accepted());
    throw new IllegalArgumentException(msg.toString());
  }

  /** accepted lists the ids with their aliases, for help texts and errors. */
  public static String accepted() {
    List<String> parts = new ArrayList<>();
    for (Scenario s : values()) {
      parts.add(s.aliases.isEmpty() ? s.id : s.id + " (or " + String.join(", ", s.aliases) + ")");
    }
    return String.join(", ", parts);
  }

  // closest suggests a scenario only when the typo is small relative to the name, so that
  // "root" does not turn into a confident suggestion of something unrelated.
  private static java.util.Optional<Scenario> closest(String wanted) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    Scenario best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Scenario s : values()) {
      int d = distance.apply(wanted, s.id);
      if (d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, best.id.length() / 4);
    return bestDistance <= allowed ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  // quoted shows user text in an error with control characters made visible.
  private static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    text.codePoints()
        .limit(80)
        .forEach(
            c -> {
              if (c == '\n') {
                b.append("\\n");
              } else if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append(text.codePointCount(0, text.length()) > 80 ? "...\"" : "\"").toString();
  }
}
