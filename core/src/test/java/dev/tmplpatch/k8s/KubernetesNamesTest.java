package dev.tmplpatch.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesNamesTest {
  // apimachinery's own regular expressions, used as the oracle for the random test below.
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  @ParameterizedTest
  @ValueSource(strings = {"istio-ingress", "a", "0", "gw-1", "a23456789012345678901234567890123456789012345678901234567890123"})
  void acceptsValidNamespaces(String ns) {
    assertEquals(ns, KubernetesNames.requireNamespace(ns));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Istio-Ingress|it contains the upper-case letter 'I' at position 1|try \"istio-ingress\"",
        "istio ingress|it contains a space at position 6|try \"istio-ingress\"",
        "-istio|it starts with '-'|try \"istio\"",
        "istio-|it ends with '-'|try \"istio\"",
        "istio.ingress|it contains '.', which a label may not at position 6|try \"istio-ingress\"",
        "ns: {x}|it contains the YAML syntax character ':' at position 3|try \"ns-x\"",
        "ns#x|it contains the YAML syntax character '#' at position 3|try \"ns-x\"",
      })
  void refusesBadNamespacesSayingWhatIsWrongTheRuleAndAHint(
      String ns, String problem, String hint) {
    InvalidNameException e =
        assertThrows(InvalidNameException.class, () -> KubernetesNames.requireNamespace(ns));
    assertEquals("namespace", e.what());
    assertEquals(ns, e.value());
    assertEquals(problem, e.problem());
    assertEquals(hint, e.hint());
    assertTrue(e.rule().startsWith("a DNS-1123 label: at most 63 characters"), e.rule());
    assertEquals(
        "namespace " + Shown.quoted(ns) + " is invalid: " + problem + "; it must be " + e.rule()
            + "; hint: " + hint,
        e.getMessage());
  }

  @Test
  void refusesANamespaceWithANewlineOnOneLineOfMessage() {
    InvalidNameException e =
        assertThrows(
            InvalidNameException.class, () -> KubernetesNames.requireNamespace("gw\nkind: Secret"));
    assertEquals("it contains a line break at position 3", e.problem());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().startsWith("namespace \"gw\\nkind: Secret\" is invalid"));
  }

  @Test
  void refusesANamespaceOver63CharactersButNotAName() {
    String long64 = "a".repeat(64);
    InvalidNameException e =
        assertThrows(InvalidNameException.class, () -> KubernetesNames.requireNamespace(long64));
    assertEquals("it is 64 characters long, more than 63", e.problem());
    assertEquals("try \"" + "a".repeat(63) + "\"", e.hint());
    assertEquals(long64, KubernetesNames.requireSubdomain("name", long64));
  }

  @Test
  void refusesASubdomainOver253Characters() {
    String name = ("a".repeat(50) + ".").repeat(5) + "abc"; // 258 characters
    InvalidNameException e =
        assertThrows(InvalidNameException.class, () -> KubernetesNames.requireSubdomain("name", name));
    assertEquals("it is 258 characters long, more than 253", e.problem());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a..b|it contains \"..\" (an empty part)",
        ".a|it starts with '.'",
        "a.|it ends with '.'",
        "a.-b|the part \"-b\" starts with '-'",
        "a-.b|the part \"a-\" ends with '-'",
        "My.Gateway|it contains the upper-case letter 'M' at position 1",
        "''|it is empty",
      })
  void refusesBadSubdomains(String name, String problem) {
    InvalidNameException e =
        assertThrows(InvalidNameException.class, () -> KubernetesNames.requireSubdomain("name", name));
    assertEquals(problem, e.problem());
  }

  @Test
  void acceptsDottedSubdomains() {
    assertEquals("istio.example.com", KubernetesNames.requireSubdomain("name", "istio.example.com"));
  }

  @Test
  void serviceNamesMustStartWithALetter() {
    InvalidNameException e =
        assertThrows(
            InvalidNameException.class, () -> KubernetesNames.requireServiceName("name", "1gw"));
    assertEquals("it starts with \"1\", not a letter", e.problem());
    assertEquals("gw1", KubernetesNames.requireServiceName("name", "gw1"));
  }

  @Test
  void configMapKeysAllowCapitalsAndUnderscoresButNoSlashOrDotDot() {
    assertEquals("My_Template.v2", KubernetesNames.requireConfigMapKey("template name", "My_Template.v2"));
    assertThrows(InvalidNameException.class, () -> KubernetesNames.requireConfigMapKey("k", "a/b"));
    assertThrows(InvalidNameException.class, () -> KubernetesNames.requireConfigMapKey("k", "..a"));
    assertThrows(InvalidNameException.class, () -> KubernetesNames.requireConfigMapKey("k", "a,b"));
  }

  @Test
  void agreesWithApimachineryRegexesOnRandomStrings() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "abz09-.A _:\n";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(8);
      for (int j = 0; j < len; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(LABEL.matcher(s).matches(), KubernetesNames.isLabel(s), "seed " + seed + " label " + Shown.quoted(s));
      assertEquals(SUBDOMAIN.matcher(s).matches(), KubernetesNames.isSubdomain(s), "seed " + seed + " subdomain " + Shown.quoted(s));
      if (!KubernetesNames.isLabel(s)) {
        InvalidNameException e =
            assertThrows(InvalidNameException.class, () -> KubernetesNames.requireNamespace(s));
        String hint = e.hint();
        if (hint.startsWith("try ")) {
          String suggestion = hint.substring(5, hint.length() - 1);
          assertTrue(KubernetesNames.isLabel(suggestion), "seed " + seed + " hint " + hint);
        }
      }
    }
  }
}
