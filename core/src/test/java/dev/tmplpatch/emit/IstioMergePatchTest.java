package dev.tmplpatch.emit;

import dev.tmplpatch.source.InputException;

import dev.tmplpatch.k8s.InvalidNameException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IstioMergePatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsThePatchLikeJqWithTwoSpacesAndAFinalNewline() {
    assertEquals(
        "{\n"
            + "  \"spec\": {\n"
            + "    \"values\": {\n"
            + "      \"sidecarInjectorWebhook\": {\n"
            + "        \"templates\": {\n"
            + "          \"gateway\": \"a: \\\"b\\\"\\n\\tc\\\\d/e ü\\u0001\\n\"\n"
            + "        }\n"
            + "      }\n"
            + "    }\n"
            + "  }\n"
            + "}\n",
        IstioMergePatch.of("a: \"b\"\n\tc\\d/e ü\u0001\n").json());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenario1", "scenario2"})
  void equalsTheSeedPatchExceptForTheFinalNewlineTheSeedsCatDrops(String scenario) throws Exception {
    String template = Corpus.read("seed/" + scenario + ".expected.yaml");
    String seedJson = Corpus.read("seed/" + scenario + ".patch.json");
    JsonNode ours = JSON.readTree(IstioMergePatch.of(template).json());
    JsonNode seed = JSON.readTree(seedJson);

    String ourTemplate = gatewayOf(ours);
    String seedTemplate = gatewayOf(seed);
    assertTrue(template.endsWith("}\n") && !template.endsWith("\n\n"));
    assertEquals(template, ourTemplate, "our patch carries the file byte for byte");
    assertEquals(ourTemplate, seedTemplate + "\n", "the only difference is the final newline");
    templatesOf(ours).put("gateway", seedTemplate);
    assertEquals(seed, ours, "apart from that newline the two patches are the same JSON");

    // And our printer formats exactly like jq: the seed's bytes come back for its string.
    assertEquals(seedJson, IstioMergePatch.of(seedTemplate).json());
  }

  @Test
  void usesTheGivenTemplateAndIstioNames() throws Exception {
    IstioMergePatch patch = IstioMergePatch.of("istio-1-26", "my_gateway.v2", "x\n");
    assertEquals("x\n", JSON.readTree(patch.json()).at("/spec/values/sidecarInjectorWebhook/templates/my_gateway.v2").asText());
    assertTrue(patch.kubectlCommands().startsWith("kubectl patch istio istio-1-26 --type=merge -p '"));
    assertTrue(patch.kubectlCommands().endsWith("\nkubectl wait --for condition=Ready istio/istio-1-26 --timeout=3m\n"));
  }

  @Test
  void kubectlFormIsTwoCompleteCommandsWithTheCompactPatchSingleQuoted() {
    IstioMergePatch patch = IstioMergePatch.of("echo 'it''s' $HOME `id`\n");
    assertEquals(
        "kubectl patch istio default --type=merge -p '"
            + "{\"spec\":{\"values\":{\"sidecarInjectorWebhook\":{\"templates\":{\"gateway\":"
            + "\"echo '\\''it'\\'''\\''s'\\'' $HOME `id`\\n\"}}}}}'\n"
            + "kubectl wait --for condition=Ready istio/default --timeout=3m\n",
        patch.kubectlCommands());
  }

  @Test
  void shellQuoteEscapesOnlySingleQuotes() {
    assertEquals("''", IstioMergePatch.shellQuote(""));
    assertEquals("'a b $x \"q\" \\'", IstioMergePatch.shellQuote("a b $x \"q\" \\"));
    assertEquals("''\\'''", IstioMergePatch.shellQuote("'"));
  }

  @Test
  void refusesAnEmptyOrBlankTemplate() {
    InputException e = assertThrows(InputException.class, () -> IstioMergePatch.of(""));
    assertEquals("the template is empty", e.problem());
    assertEquals("template gateway: 模板为空；提示：空模板会使 istiod 不注入任何内容；请传入模板文件",
        e.diagnostic().oneLine(dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH)));
    assertThrows(InputException.class, () -> IstioMergePatch.of(" \n\t\n"));
  }

  @Test
  void refusesBadIstioAndTemplateNames() {
    InvalidNameException istio =
        assertThrows(InvalidNameException.class, () -> IstioMergePatch.of("Default", "gateway", "x"));
    assertEquals("Istio resource name", istio.what());
    InvalidNameException template =
        assertThrows(InvalidNameException.class, () -> IstioMergePatch.of("default", "gateway,sidecar", "x"));
    assertEquals("template name", template.what());
    assertFalse(template.getMessage().contains("\n"));
  }

  private static String gatewayOf(JsonNode patch) {
    return templatesOf(patch).get("gateway").asText();
  }

  private static ObjectNode templatesOf(JsonNode patch) {
    return (ObjectNode) patch.at("/spec/values/sidecarInjectorWebhook/templates");
  }
}
