package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;

class InjectorConfigMapReaderTest {

  private static final Path FILE = Path.of("istio-sidecar-injector.yaml");

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of(System.getProperty("tmplpatch.shared"), "corpus", "seed", name), StandardCharsets.UTF_8);
  }

  /** dump writes a ConfigMap the way kubectl does: config as a block scalar holding YAML with block-scalar templates. */
  private static String dump(Map<String, Object> templates) {
    DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
        .setDefaultScalarStyle(ScalarStyle.LITERAL).setWidth(1 << 20).build();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("policy", "enabled");
    config.put("templates", templates);
    String configText = new Dump(settings).dumpToString(config);
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("data", Map.of("config", configText));
    cm.put("kind", "ConfigMap");
    cm.put("metadata", Map.of("name", "istio-sidecar-injector", "namespace", "istio-system"));
    return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1 << 20).build()).dumpToString(cm);
  }

  @Test
  void takesTheGatewayTemplateOutByteForByte() throws Exception {
    String template = seed("gateway-injection-template.original.yaml");
    String dump = dump(Map.of("sidecar", "spec: {}\n", "gateway", template));
    assertEquals(template, InjectorConfigMapReader.template(FILE, dump, "gateway"));
  }

  @Test
  void readsAHandWrittenKubectlStyleDump() throws Exception {
    String dump = """
        apiVersion: v1
        data:
          config: |-
            defaultTemplates: [sidecar]
            policy: enabled
            templates:
              sidecar: |
                spec: {}
              gateway: |
                metadata:
                  annotations: {{ toJSON .ObjectMeta.Annotations }}
                spec:
                  containers:
                  - name: istio-proxy
        kind: ConfigMap
        metadata:
          name: istio-sidecar-injector
          namespace: istio-system
        """;
    assertEquals("metadata:\n  annotations: {{ toJSON .ObjectMeta.Annotations }}\nspec:\n  containers:\n"
        + "  - name: istio-proxy\n", InjectorConfigMapReader.template(FILE, dump, "gateway"));
  }

  @Test
  void aConfigMapWithoutTheTemplateIsRefusedByNameListingWhatItHas() {
    String dump = dump(Map.of("sidecar", "spec: {}\n", "grpc-agent", "spec: {}\n"));
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> InjectorConfigMapReader.template(FILE, dump, "gateway"));
    assertEquals(FILE + ": data.config has no template named 'gateway' (it has: grpc-agent, sidecar);"
        + " set <templateName> to one of them", e.getMessage());
  }

  @Test
  void aFileThatIsNotAnInjectorConfigMapSaysWhatWasExpected() {
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> InjectorConfigMapReader.template(FILE, "kind: Deployment\n", "gateway"));
    assertTrue(e.getMessage().contains("no data.config text; expected a dump of kubectl -n istio-system get configmap"),
        e.getMessage());
  }

  @Test
  void brokenYamlIsReportedWithLineAndColumn() {
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> InjectorConfigMapReader.template(FILE, "data:\n  config: [\n", "gateway"));
    assertTrue(e.getMessage().matches("istio-sidecar-injector\\.yaml:\\d+:\\d+: not valid YAML: .*"), e.getMessage());
  }
}
