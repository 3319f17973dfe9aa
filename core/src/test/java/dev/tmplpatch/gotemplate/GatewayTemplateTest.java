package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.gotemplate.Delimited.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed gateway injection template (Istio 1.26) seen through the parser. */
class GatewayTemplateTest {
  private static ParsedTemplate template;

  @BeforeAll
  static void parseSeed() throws IOException {
    Path file = Corpus.seed("gateway-injection-template.original.yaml");
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    template = GoTemplateParser.parse(text, ParseOptions.named("inject"));
  }

  private static String text(int action) {
    Delimited d = template.actions().get(action);
    return template.source().substring(d.start(), d.end());
  }

  private static String body(Branch b) {
    return template.source().substring(b.start(), b.end());
  }

  private static ControlNode topLevelIf(String header) {
    return template.root().branches().get(0).children().stream()
        .filter(n -> text(n.open()).equals(header))
        .findFirst().orElseThrow();
  }

  @Test
  void splitsTheSecurityContextIfIntoAToYamlBranchAndASysctlBranch() {
    ControlNode sc = topLevelIf("{{- if .Values.gateways.securityContext }}");
    Branch custom = sc.branches().get(0);
    Branch fallback = sc.branches().get(1);
    Delimited header = template.actions().get(sc.open());
    assertAll(
        () -> assertEquals(ControlNode.Type.IF, sc.type()),
        () -> assertEquals(2, sc.branches().size()),
        () -> assertEquals(19, header.line()),
        () -> assertEquals(3, header.column()),
        () -> assertTrue(header.trimLeft()),
        () -> assertEquals("\n    {{- toYaml .Values.gateways.securityContext | nindent 4 }}\n  ",
            body(custom)),
        () -> assertEquals(List.of(), custom.children()),
        () -> assertEquals("{{- else }}", text(fallback.header())),
        () -> assertEquals(Kind.ELSE, template.actions().get(fallback.header()).kind()),
        () -> assertEquals("\n    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n"
            + "      value: \"0\"\n  ", body(fallback)),
        () -> assertEquals("{{- end }}", text(sc.end())),
        () -> assertEquals(25, template.actions().get(sc.end()).line()));
  }

  @Test
  void flattensTheMeshIdElseIfChain() {
    ControlNode mesh = topLevelIf("{{- if .Values.global.meshID }}");
    assertEquals(2, mesh.branches().size());
    assertEquals("else if", template.actions().get(mesh.branches().get(1).header()).detail());
  }

  @Test
  void listsTheFunctionsGoSeesInTheTemplate() {
    // The list Go 1.24.4's parse tree holds (IdentifierNodes of all trees).
    assertEquals(List.of("and", "annotation", "append", "contains", "default", "eq", "ge",
        "indent", "index", "isset", "join", "len", "list", "nindent", "not", "printf",
        "protoToJSON", "quote", "structToJSON", "toLower", "toYaml", "valueOrDefault"),
        List.copyOf(template.functions()));
  }

  @Test
  void findsEveryActionInSourceOrder() {
    List<Delimited> a = template.actions();
    assertEquals(124, a.size());
    for (int i = 1; i < a.size(); i++) {
      assertTrue(a.get(i - 1).end() <= a.get(i).start(), "action " + i);
    }
    assertEquals("{{- $containers := list }}", text(0));
  }
}
