package dev.tmplpatch.templates;

import dev.tmplpatch.i18n.Text;

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
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.port.range", port, name));
    }
  }

  /** parse reads {@code NAME:PORT}, for example {@code http2:80}. */
  public static ServicePort parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.port.syntax", shown(text)));
    }
    String number = text.substring(colon + 1);
    if (!number.matches("[0-9]{1,5}")) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.port.number", shown(number), shown(text)));
    }
    return new ServicePort(text.substring(0, colon), Integer.parseInt(number));
  }

  // checkName applies apimachinery's IsValidPortName (IANA_SVC_NAME): Service port names are
  // also what Istio uses to pick the protocol (http2, https, tcp-...).
  private static void checkName(String name) {
    Text rule = Text.of("value.port.name.rule");
    if (name == null || name.isEmpty()) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.port.name.empty", rule));
    }
    Text problem = null;
    if (name.length() > 15) {
      problem = Text.of("value.port.name.long", name.length());
    } else if (!name.matches("[a-z0-9-]+")) {
      problem = Text.of("value.port.name.characters");
    } else if (!name.matches(".*[a-z].*")) {
      problem = Text.of("value.port.name.no-letter");
    } else if (name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
      problem = Text.of("value.port.name.dash");
    }
    if (problem != null) {
      throw new dev.tmplpatch.diag.InvalidValueException(Text.of("value.port.name", shown(name), problem, rule));
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
