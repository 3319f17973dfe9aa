package dev.tmplpatch.emit;

import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.source.InputException;

import dev.tmplpatch.k8s.KubernetesNames;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * IstioMergePatch is the JSON merge patch that puts an injection template into a Sail operator
 * {@code Istio} resource at {@code spec.values.sidecarInjectorWebhook.templates.NAME}.
 *
 * <p>The template is carried byte for byte, including its final newline, which the
 * documentation's {@code TEMPLATE_CONTENT=$(cat FILE)} silently drops.
 */
public record IstioMergePatch(String istioName, String templateName, String template) {
  /** DEFAULT_ISTIO_NAME is the name of the Istio resource the documentation patches. */
  public static final String DEFAULT_ISTIO_NAME = "default";
  /** DEFAULT_TEMPLATE_NAME is the injection template gateways select with their annotation. */
  public static final String DEFAULT_TEMPLATE_NAME = "gateway";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** IstioMergePatch validates both names and refuses an empty or blank template. */
  public IstioMergePatch {
    KubernetesNames.requireSubdomain("Istio resource name", istioName);
    KubernetesNames.requireConfigMapKey("template name", templateName);
    if (template == null || template.isBlank()) {
      String source = "template " + templateName; // names the input, as a file name would
      throw InputException.of(source, Text.of("emit.template.empty"), Text.of("emit.template.empty.hint"));
    }
  }

  /** of builds the patch for the {@code gateway} template of the Istio resource {@code default}. */
  public static IstioMergePatch of(String template) {
    return new IstioMergePatch(DEFAULT_ISTIO_NAME, DEFAULT_TEMPLATE_NAME, template);
  }

  /** of builds the patch for any template name and Istio resource. */
  public static IstioMergePatch of(String istioName, String templateName, String template) {
    return new IstioMergePatch(istioName, templateName, template);
  }

  /** json returns the patch pretty-printed like jq (2-space indent) with a final newline. */
  public String json() {
    return JqJson.pretty(MAPPER, tree());
  }

  /** compactJson returns the patch on one line, the form passed to {@code kubectl patch -p}. */
  public String compactJson() {
    try {
      return MAPPER.writeValueAsString(tree());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * kubectlCommands returns the shell commands that apply the patch and wait for the control
   * plane, one per line, with the patch single-quoted so no shell expansion can touch it.
   */
  public String kubectlCommands() {
    // The names are validated DNS-1123 values, which need no quoting in any POSIX shell.
    return "kubectl patch istio "
        + istioName
        + " --type=merge -p "
        + shellQuote(compactJson())
        + "\n"
        + "kubectl wait --for condition=Ready istio/"
        + istioName
        + " --timeout=3m\n";
  }

  /**
   * shellQuote wraps text in single quotes for POSIX shells, writing each {@code '} as
   * {@code '\''}; inside single quotes nothing else is special.
   */
  public static String shellQuote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private ObjectNode tree() {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("spec")
        .putObject("values")
        .putObject("sidecarInjectorWebhook")
        .putObject("templates")
        .put(templateName, template);
    return root;
  }
}
