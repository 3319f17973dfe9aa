package dev.tmplpatch.k8s;

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
    DNS1123_LABEL(
        LABEL_MAX_LENGTH,
        "a DNS-1123 label: at most 63 characters, only lower-case letters a-z, digits 0-9 and"
            + " '-', starting and ending with a letter or digit"),
    DNS1123_SUBDOMAIN(
        SUBDOMAIN_MAX_LENGTH,
        "a DNS-1123 subdomain: at most 253 characters, only lower-case letters a-z, digits 0-9,"
            + " '-' and '.', each dot-separated part starting and ending with a letter or digit"),
    DNS1035_LABEL(
        LABEL_MAX_LENGTH,
        "a DNS-1035 label: at most 63 characters, only lower-case letters a-z, digits 0-9 and"
            + " '-', starting with a letter and ending with a letter or digit"),
    CONFIGMAP_KEY(
        SUBDOMAIN_MAX_LENGTH,
        "at most 253 characters of letters, digits, '-', '_' and '.' (a ConfigMap key), not"
            + " starting with \"..\"");

    final int maxLength;
    final String text;

    Rule(int maxLength, String text) {
      this.maxLength = maxLength;
      this.text = text;
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
      throw new InvalidNameException(what, "", "it is missing", rule.text, "give a " + what);
    }
    String problem = problem(rule, value);
    if (problem == null) {
      return value;
    }
    throw new InvalidNameException(what, value, problem, rule.text, hint(rule, what, value));
  }

  // problem describes the first rule violation a reader would notice, or returns null.
  private static String problem(Rule rule, String value) {
    if (value.isEmpty()) {
      return "it is empty";
    }
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      position++;
      if (!allowed(rule, c)) {
        return describe(rule, c) + " at position " + position;
      }
      i += Character.charCount(c);
    }
    if (value.length() > rule.maxLength) {
      return "it is " + value.length() + " characters long, more than " + rule.maxLength;
    }
    if (rule == Rule.CONFIGMAP_KEY) {
      if (value.equals(".") || value.equals("..") || value.startsWith("..")) {
        return "it is or starts with a relative path element (\".\" or \"..\")";
      }
      return null;
    }
    if (rule == Rule.DNS1035_LABEL && !isLowerLetter(value.charAt(0))) {
      return "it starts with " + Shown.quoted(value.substring(0, 1)) + ", not a letter";
    }
    String[] parts = rule == Rule.DNS1123_SUBDOMAIN ? value.split("\\.", -1) : new String[] {value};
    for (String part : parts) {
      if (part.isEmpty()) {
        return value.startsWith(".")
            ? "it starts with '.'"
            : value.endsWith(".") ? "it ends with '.'" : "it contains \"..\" (an empty part)";
      }
      if (part.charAt(0) == '-') {
        return parts.length == 1 ? "it starts with '-'" : "the part \"" + part + "\" starts with '-'";
      }
      if (part.charAt(part.length() - 1) == '-') {
        return parts.length == 1 ? "it ends with '-'" : "the part \"" + part + "\" ends with '-'";
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

  private static String describe(Rule rule, int c) {
    if (c >= 'A' && c <= 'Z') {
      return "it contains the upper-case letter '" + (char) c + "'";
    }
    if (c == ' ') {
      return "it contains a space";
    }
    if (c == '\n' || c == '\r') {
      return "it contains a line break";
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "it contains white space (" + Shown.quoted(new String(Character.toChars(c))) + ")";
    }
    if (c == '.') {
      return "it contains '.', which " + (rule == Rule.DNS1123_LABEL ? "a label" : "it")
          + " may not";
    }
    if (":{}[]#&*!|>'\"%@`,?".indexOf(c) >= 0) {
      return "it contains the YAML syntax character '" + (char) c + "'";
    }
    if (c < 0x20 || c == 0x7f) {
      return "it contains the control character " + String.format("U+%04X", c);
    }
    return "it contains the character " + Shown.quoted(new String(Character.toChars(c)));
  }

  // hint proposes a cleaned-up value when one is valid, else restates the fix in words.
  private static String hint(Rule rule, String what, String value) {
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
      return "try " + Shown.quoted(suggestion);
    }
    return "choose a " + what + " that follows the rule, for example \"my-gateway\"";
  }
}
