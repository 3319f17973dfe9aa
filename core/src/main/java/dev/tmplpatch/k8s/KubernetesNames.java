package dev.tmplpatch.k8s;

import dev.tmplpatch.i18n.Text;

import java.util.Locale;

/**
 * KubernetesNames validates the names tmplpatch writes into manifests, so that a bad one is
 * refused with a clear message instead of being quoted or escaped into YAML.
 *
 * <p>The rules are apimachinery's {@code IsDNS1123Label}, {@code IsDNS1123Subdomain},
 * {@code IsDNS1035Label} and {@code IsConfigMapKey}.
 */
public final class KubernetesNames {
  /** LABEL_MAX_LENGTH is the longest DNS-1123 or DNS-1035 label. */
  public static final int LABEL_MAX_LENGTH = 63;
  /** SUBDOMAIN_MAX_LENGTH is the longest DNS-1123 subdomain (and ConfigMap key). */
  public static final int SUBDOMAIN_MAX_LENGTH = 253;

  private KubernetesNames() {}

  private enum Rule {
    DNS1123_LABEL(LABEL_MAX_LENGTH, "k8s.rule.dns1123-label"),
    DNS1123_SUBDOMAIN(SUBDOMAIN_MAX_LENGTH, "k8s.rule.dns1123-subdomain"),
    DNS1035_LABEL(LABEL_MAX_LENGTH, "k8s.rule.dns1035-label"),
    CONFIGMAP_KEY(SUBDOMAIN_MAX_LENGTH, "k8s.rule.configmap-key");

    final int maxLength;
    final Text text;

    Rule(int maxLength, String key) {
      this.maxLength = maxLength;
      this.text = Text.of(key);
    }
  }

  /** requireNamespace returns the namespace if it is a DNS-1123 label, else throws. */
  public static String requireNamespace(String value) {
    return requireLabel("namespace", value);
  }

  /** requireLabel returns value if it is a DNS-1123 label; {@code what} names it in errors. */
  public static String requireLabel(String what, String value) {
    return check(Rule.DNS1123_LABEL, what, value);
  }

  /** requireSubdomain returns value if it is a DNS-1123 subdomain (most object names). */
  public static String requireSubdomain(String what, String value) {
    return check(Rule.DNS1123_SUBDOMAIN, what, value);
  }

  /** requireServiceName returns value if it is a DNS-1035 label, as Service names must be. */
  public static String requireServiceName(String what, String value) {
    return check(Rule.DNS1035_LABEL, what, value);
  }

  /** requireConfigMapKey returns value if it may be a ConfigMap data key or a template name. */
  public static String requireConfigMapKey(String what, String value) {
    return check(Rule.CONFIGMAP_KEY, what, value);
  }

  /** isLabel tells whether value is a DNS-1123 label, without an error. */
  public static boolean isLabel(String value) {
    return value != null && problem(Rule.DNS1123_LABEL, value) == null;
  }

  /** isSubdomain tells whether value is a DNS-1123 subdomain, without an error. */
  public static boolean isSubdomain(String value) {
    return value != null && problem(Rule.DNS1123_SUBDOMAIN, value) == null;
  }

  private static String check(Rule rule, String what, String value) {
    if (value == null) {
      throw new InvalidNameException(what, "", Text.of("k8s.missing"), rule.text, Text.of("k8s.hint.give", what));
    }
    Text problem = problem(rule, value);
    if (problem == null) {
      return value;
    }
    throw new InvalidNameException(what, value, problem, rule.text, hint(rule, what, value));
  }

  // problem describes the first rule violation a reader would notice, or returns null.
  private static Text problem(Rule rule, String value) {
    if (value.isEmpty()) {
      return Text.of("k8s.empty");
    }
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      position++;
      if (!allowed(rule, c)) {
        return Text.of("k8s.at-position", describe(rule, c), position);
      }
      i += Character.charCount(c);
    }
    if (value.length() > rule.maxLength) {
      return Text.of("k8s.too-long", value.length(), rule.maxLength);
    }
    if (rule == Rule.CONFIGMAP_KEY) {
      if (value.equals(".") || value.equals("..") || value.startsWith("..")) {
        return Text.of("k8s.relative");
      }
      return null;
    }
    if (rule == Rule.DNS1035_LABEL && !isLowerLetter(value.charAt(0))) {
      return Text.of("k8s.not-letter", Shown.quoted(value.substring(0, 1)));
    }
    String[] parts = rule == Rule.DNS1123_SUBDOMAIN ? value.split("\\.", -1) : new String[] {value};
    for (String part : parts) {
      if (part.isEmpty()) {
        return Text.of(value.startsWith(".") ? "k8s.dot.start" : value.endsWith(".") ? "k8s.dot.end" : "k8s.dot.empty-part");
      }
      if (part.charAt(0) == '-') {
        return parts.length == 1 ? Text.of("k8s.dash.start") : Text.of("k8s.dash.part-start", part);
      }
      if (part.charAt(part.length() - 1) == '-') {
        return parts.length == 1 ? Text.of("k8s.dash.end") : Text.of("k8s.dash.part-end", part);
      }
    }
    return null;
  }

  private static boolean allowed(Rule rule, int c) {
    if (isLowerLetter(c) || (c >= '0' && c <= '9') || c == '-') {
      return true;
    }
    return switch (rule) {
      case DNS1123_SUBDOMAIN -> c == '.';
      case CONFIGMAP_KEY -> c == '.' || c == '_' || (c >= 'A' && c <= 'Z');
      default -> false;
    };
  }

  private static boolean isLowerLetter(int c) {
    return c >= 'a' && c <= 'z';
  }

  private static Text describe(Rule rule, int c) {
    if (c >= 'A' && c <= 'Z') {
      return Text.of("k8s.char.upper", (char) c);
    }
    if (c == ' ') {
      return Text.of("k8s.char.space");
    }
    if (c == '\n' || c == '\r') {
      return Text.of("k8s.char.line-break");
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return Text.of("k8s.char.white-space", Shown.quoted(new String(Character.toChars(c))));
    }
    if (c == '.') {
      return Text.of(rule == Rule.DNS1123_LABEL ? "k8s.char.dot.label" : "k8s.char.dot");
    }
    if (":{}[]#&*!|>'\"%@`,?".indexOf(c) >= 0) {
      return Text.of("k8s.char.yaml", (char) c);
    }
    if (c < 0x20 || c == 0x7f) {
      return Text.of("k8s.char.control", String.format("U+%04X", c));
    }
    return Text.of("k8s.char.other", Shown.quoted(new String(Character.toChars(c))));
  }

  // hint proposes a cleaned-up value when one is valid, else restates the fix in words.
  private static Text hint(Rule rule, String what, String value) {
    String s = rule == Rule.CONFIGMAP_KEY ? value : value.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean ok = allowed(rule, c) && !(c == '.' && rule != Rule.CONFIGMAP_KEY && dash);
      if (ok && c != '-') {
        b.appendCodePoint(c);
        dash = c == '.';
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    String suggestion = b.toString().replace("-.", ".").replace(".-", ".");
    if (suggestion.length() > rule.maxLength) {
      suggestion = suggestion.substring(0, rule.maxLength);
    }
    suggestion = suggestion.replaceAll("^[-.]+|[-.]+$", "");
    if (rule == Rule.DNS1035_LABEL && !suggestion.isEmpty() && !isLowerLetter(suggestion.charAt(0))) {
      suggestion = "";
    }
    if (!suggestion.isEmpty() && !suggestion.equals(value) && problem(rule, suggestion) == null) {
      return Text.of("k8s.hint.try", Shown.quoted(suggestion));
    }
    return Text.of("k8s.hint.choose", what);
  }
}
