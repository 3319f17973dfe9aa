package dev.tmplpatch.source;

import dev.tmplpatch.source.InputException;
import dev.tmplpatch.emit.YamlNodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmplpatch.Corpus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

class InjectorConfigMapTest {
  private static final Map<String, String> FILES =
      Map.of(
          "sidecar", "injection-template.yaml",
          "gateway", "gateway-injection-template.yaml",
          "grpc-simple", "grpc-simple.yaml",
          "grpc-agent", "grpc-agent.yaml",
          "waypoint", "waypoint.yaml",
          "kube-gateway", "kube-gateway.yaml");

  /** istio126Templates returns the 1.26.2 templates as istiod's chart puts them: trimmed, one newline. */
  private static Map<String, String> istio126Templates(String... names) {
    Map<String, String> templates = new LinkedHashMap<>();
    for (String name : names) {
      templates.put(name, Corpus.read("istio/1.26.2/" + FILES.get(name)).strip() + "\n");
    }
    return templates;
  }

  /**
   * dump builds what {@code kubectl create configmap istio-sidecar-injector --from-file=config
   * --from-file=values --dry-run=client -o yaml} prints: keys sorted, {@code config} a block scalar.
   */
  static String dump(Map<String, String> templates) {
    return dump(templates, ScalarStyle.LITERAL);
  }

  /** dump with another style for data.config, as go-yaml picks when a line has trailing spaces. */
  static String dump(Map<String, String> templates, ScalarStyle configStyle) {
    List<Object> templateEntries = new ArrayList<>();
    templates.forEach((name, text) -> {
      templateEntries.add(name);
      templateEntries.add(YamlNodes.literal(text));
    });
    String config =
        YamlNodes.dump(
            YamlNodes.map(
                "defaultTemplates", YamlNodes.seq(YamlNodes.str("sidecar")),
                "policy", YamlNodes.str("enabled"),
                "alwaysInjectSelector", YamlNodes.seq(),
                "neverInjectSelector", YamlNodes.seq(),
                "injectedAnnotations", YamlNodes.map(),
                "template", YamlNodes.str("{{ Template_Version_And_Istio_Version_Mismatched_Check_Installation }}"),
                "templates", YamlNodes.map(templateEntries.toArray())));
    Node nullNode = new ScalarNode(Tag.NULL, "null", ScalarStyle.PLAIN);
    return YamlNodes.dump(
        YamlNodes.map(
            "apiVersion", YamlNodes.str("v1"),
            "data", YamlNodes.map(
                "config", new ScalarNode(Tag.STR, config, configStyle),
                "values", YamlNodes.literal("{\n  \"global\": {\n    \"proxy\": {}\n  }\n}\n")),
            "kind", YamlNodes.str("ConfigMap"),
            "metadata", YamlNodes.map(
                "creationTimestamp", nullNode,
                "name", YamlNodes.str("istio-sidecar-injector"),
                "namespace", YamlNodes.str("istio-system"))));
  }

  @Test
  void readsEveryTemplateOfARealisticDumpByteForByte() {
    Map<String, String> templates =
        istio126Templates("sidecar", "gateway", "grpc-simple", "grpc-agent", "waypoint", "kube-gateway");
    String dump = dump(templates);
    assertTrue(dump.contains("\ndata:\n  config: |\n    defaultTemplates:\n    - sidecar\n"), dump.substring(0, 200));
    assertTrue(dump.contains("\n    templates:\n      sidecar: |\n"), "templates are nested block scalars");

    InjectorConfigMap cm = InjectorConfigMap.parse("injector.yaml", dump);
    assertEquals(List.copyOf(templates.keySet()), List.copyOf(cm.templates().keySet()));
    templates.forEach((name, text) -> assertEquals(text, cm.template(name), name));
    assertEquals(
        Corpus.read("istio/1.26.2/gateway-injection-template.yaml"), cm.template("gateway"));
  }

  @Test
  void readsATemplateWithTrailingSpacesThatForcesAQuotedConfig() {
    // go-yaml (kubectl) never writes a string with trailing spaces as a literal block, so with
    // the seed's scenario 1 (`sysctls: []  `) installed, data.config comes back double-quoted.
    String scenario1 = Corpus.read("seed/scenario1.expected.yaml");
    String dump = dump(Map.of("gateway", scenario1), ScalarStyle.DOUBLE_QUOTED);
    assertTrue(dump.contains("  config: \""), "config is double-quoted");
    assertEquals(scenario1, InjectorConfigMap.parse("injector.yaml", dump).template("gateway"));
  }

  @Test
  void reportsBadYamlInsideAQuotedConfigByItsLineInsideConfig() {
    String text = "kind: ConfigMap\ndata:\n  config: \"templates:\\n  gateway: [x\\n\"\n";
    InputException e = assertThrows(InputException.class, () -> InjectorConfigMap.parse("cm.yaml", text));
    assertEquals("cm.yaml data.config", e.source().orElseThrow());
    assertEquals(3, e.line());
  }

  @Test
  void refusesADumpWithoutTheTemplateNamingItAndListingThosePresent() {
    String dump = dump(istio126Templates("waypoint", "sidecar"));
    InputException e =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("cm.yaml", dump).template("gateway"));
    assertEquals(
        "data.config has no template \"gateway\"; templates present: sidecar, waypoint", e.problem());
    assertTrue(e.getMessage().startsWith("cm.yaml: data.config has no template"), e.getMessage());
    assertTrue(e.hint().orElseThrow().contains("--template-name"));
  }

  @Test
  void reportsBadYamlWithLineAndColumn() {
    String text = "apiVersion: v1\nkind: ConfigMap\ndata:\n  config: [unclosed\n";
    InputException e = assertThrows(InputException.class, () -> InjectorConfigMap.parse("cm.yaml", text));
    assertEquals("cm.yaml", e.source().orElseThrow());
    assertEquals(5, e.line());
    assertEquals(1, e.column());
    assertTrue(e.problem().startsWith("invalid YAML: "), e.problem());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void reportsBadYamlInsideALiteralConfigAtItsPositionInTheFile() {
    String text =
        "apiVersion: v1\n"
            + "data:\n"
            + "  config: |\n"
            + "    policy: enabled\n"
            + "    templates:\n"
            + "      gateway: x\n"
            + "     bad: indentation\n"
            + "kind: ConfigMap\n";
    InputException e = assertThrows(InputException.class, () -> InjectorConfigMap.parse("cm.yaml", text));
    assertEquals("cm.yaml:7:6", e.source().orElseThrow() + ":" + e.line() + ":" + e.column());
  }

  @Test
  void refusesDuplicateKeysInsideConfig() {
    String text =
        "apiVersion: v1\ndata:\n  config: |\n    templates:\n      gateway: a\n      gateway: b\nkind: ConfigMap\n";
    InputException e = assertThrows(InputException.class, () -> InjectorConfigMap.parse("cm.yaml", text));
    assertTrue(e.problem().contains("duplicate key gateway"), e.problem());
    assertEquals(6, e.line());
  }

  @Test
  void refusesOtherKindsMissingConfigAndMultipleDocuments() {
    InputException kind =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("s.yaml", "kind: Secret\ndata:\n  config: x\n"));
    assertEquals("expected kind ConfigMap, found \"Secret\"", kind.problem());
    assertEquals(1, kind.line());

    InputException noConfig =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("c.yaml", "kind: ConfigMap\ndata:\n  mesh: x\n  values: y\n"));
    assertEquals("data has no config key (keys present: mesh, values)", noConfig.problem());

    InputException twoDocs =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("c.yaml", "kind: ConfigMap\n---\nkind: ConfigMap\n"));
    assertEquals(3, twoDocs.line());

    InputException empty = assertThrows(InputException.class, () -> InjectorConfigMap.parse("c.yaml", "# nothing\n"));
    assertEquals("the file is empty, expected a ConfigMap", empty.problem());

    InputException noTemplates =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("c.yaml", "kind: ConfigMap\ndata:\n  config: |\n    policy: enabled\n"));
    assertEquals("data.config has no templates", noTemplates.problem());
  }

  @Test
  void refusalsReadInChinese() {
    dev.tmplpatch.i18n.Messages zh = dev.tmplpatch.i18n.Messages.of(dev.tmplpatch.i18n.Messages.Language.ZH);
    InputException kind =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("s.yaml", "kind: Secret\ndata:\n  config: x\n"));
    assertEquals("s.yaml:1:7: kind 应为 ConfigMap，实际为 \"Secret\"；提示：用以下命令保存：kubectl -n istio-system get"
        + " configmap istio-sidecar-injector -o yaml", kind.diagnostic().oneLine(zh));
    InputException noConfig =
        assertThrows(InputException.class, () -> InjectorConfigMap.parse("c.yaml", "kind: ConfigMap\ndata:\n  mesh: x\n"));
    assertEquals("data 中没有 config 键（现有的键：mesh）", noConfig.diagnostic().message(zh));
    assertEquals("这里必须是 istio-sidecar-injector ConfigMap；用以下命令保存：kubectl -n istio-system get configmap"
        + " istio-sidecar-injector -o yaml", noConfig.diagnostic().hint(zh));
    InputException yaml = assertThrows(InputException.class,
        () -> InjectorConfigMap.parse("cm.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  config: [unclosed\n"));
    assertTrue(yaml.diagnostic().oneLine(zh).startsWith("cm.yaml:"), yaml.diagnostic().oneLine(zh));
    assertTrue(yaml.diagnostic().message(zh).startsWith("无效的 YAML："), yaml.diagnostic().message(zh));
  }
}
