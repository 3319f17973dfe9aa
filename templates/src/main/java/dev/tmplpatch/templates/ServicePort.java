package dev.tmplpatch.templates;

/**
 * ServicePort is one port of the gateway Service, by name and number; the gateway listens on the
 * same number, so it is also the target port.
 */
public record ServicePort(String name, int port) {
  /** STATUS is the readiness port every injected gateway serves; it is always exposed. */
  public static final ServicePort STATUS = new ServicePort("status-port", 15021);

  /** ServicePort checks the name is an IANA service name and the number a TCP port. */
  public ServicePort {
    checkName(name);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "port " + port + " of " + name + " is out of range; hint: use 1-65535");
    }
  }

  /** parse reads {@code NAME:PORT}, for example {@code http2:80}. */
  public static ServicePort parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "port " + shown(text) + " is not NAME:PORT; hint: for example http2:80 or https:443");
    }
    String number = text.substring(colon + 1);
    if (!number.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(
          "port number " + shown(number) + " in " + shown(text) + " is not a number;"
              + " hint: for example http2:80");
    }
    return new ServicePort(text.substring(0, colon), Integer.parseInt(number));
  }

  // checkName applies apimachinery's IsValidPortName (IANA_SVC_NAME): Service port names are
  // also what Istio uses to pick the protocol (http2, https, tcp-...).
  private static void checkName(String name) {
    String rule =
        "it must be at most 15 characters of a-z, 0-9 and '-', contain a letter, and neither"
            + " start nor end with '-' nor contain \"--\"";
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("port name is empty; " + rule);
    }
    String problem = null;
    if (name.length() > 15) {
      problem = "is " + name.length() + " characters long";
    } else if (!name.matches("[a-z0-9-]+")) {
      problem = "contains characters other than a-z, 0-9 and '-'";
    } else if (!name.matches(".*[a-z].*")) {
      problem = "has no letter";
    } else if (name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
      problem = "has a misplaced '-'";
    }
    if (problem != null) {
      throw new IllegalArgumentException(
          "port name " + shown(name) + " " + problem + "; " + rule
              + "; hint: Istio reads the protocol from the prefix, e.g. http2, https, tcp-db");
    }
  }

  static String shown(String text) {
    StringBuilder b = new StringBuilder("\"");
    text.codePoints()
        .limit(40)
        .forEach(c -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", c));
          } else {
            if (c == '"' || c == '\\') {
              b.append('\\');
            }
            b.appendCodePoint(c);
          }
        });
    return b.append('"').toString();
  }
}
