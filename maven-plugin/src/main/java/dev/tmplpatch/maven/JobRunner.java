package dev.tmplpatch.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JobRunner produces the outputs of one job in memory, keyed by absolute path; the goals only
 * decide whether to write them (generate) or compare them (check).
 *
 * <p>This is the one place to wire the edit engine and the emitters into: see {@link #edit},
 * {@link #istioPatch}, the gatewayOptions and installBundle cases of {@link #outputs}, and
 * {@link InjectorConfigMapReader}.
 */
final class JobRunner {

  /** The bundled default template, from tmplpatch-templates. */
  static final String BUNDLED_TEMPLATE = "dev/tmplpatch/templates/gateway-injection-template.yaml";

  private JobRunner() {}

  /** outputs regenerates every output of the job, in the order of {@link JobSpec.Output}. */
  static Map<Path, String> outputs(JobSpec job) throws JobFailedException {
    String template = template(job);
    String edited = edit(template, job);
    Map<Path, String> out = new LinkedHashMap<>();
    for (Map.Entry<JobSpec.Output, Path> e : job.outputs().entrySet()) {
      String text = switch (e.getKey()) {
        case EDITED_TEMPLATE -> edited;
        case ISTIO_PATCH -> istioPatch(job.templateName(), edited);
        // Wire GatewayOptionsConfigMap and the install-bundle emitter here when the emit branch lands.
        case GATEWAY_OPTIONS, INSTALL_BUNDLE -> throw new JobFailedException(job.where() + "." + e.getKey().parameter
            + ": not available yet in this version of tmplpatch-maven-plugin; use <editedTemplate> or <istioPatch>");
      };
      out.put(e.getValue(), text);
    }
    return out;
  }

  /** template reads the job's template text, byte-exact, from the bundled default, a file, or a ConfigMap dump. */
  static String template(JobSpec job) throws JobFailedException {
    JobSpec.TemplateSource source = job.source();
    return switch (source.kind()) {
      case BUNDLED -> bundled();
      case TEMPLATE_FILE -> utf8(source.file());
      case INJECTOR_CONFIGMAP -> InjectorConfigMapReader.template(source.file(), utf8(source.file()), job.templateName());
    };
  }

  /**
   * edit applies the job's edits to the template.
   *
   * <p>HOOK: until dev.tmplpatch.edit lands, only a job without edits can run (its edited template
   * is the template itself, as with {@code tmplpatch edit} without edit options); a job with edits
   * is refused rather than given an unedited template. Replace the body with the edit engine:
   * load the template (TemplateSyntaxException -> JobFailedException with file:line:col), apply
   * {@code Scenario} or the explicit edits from {@link JobSpec#edits()}, return the new text.
   */
  static String edit(String template, JobSpec job) throws JobFailedException {
    if (job.edits().isEmpty()) {
      return template;
    }
    throw new JobFailedException(job.where() + ": edits (<scenario>, <dropSysctls>, <addCapabilities>, <runAsRoot>)"
        + " are not available yet in this version of tmplpatch-maven-plugin; remove them to regenerate the template"
        + " as it is");
  }

  /**
   * istioPatch is the Istio merge patch that installs the template under its name, written by Jackson
   * in jq's layout (two-space indent, {@code "key": value}) with a final newline.
   *
   * <p>Replace by dev.tmplpatch.emit.IstioMergePatch when the emit branch lands.
   */
  static String istioPatch(String templateName, String template) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode patch = mapper.createObjectNode();
    patch.putObject("spec").putObject("values").putObject("sidecarInjectorWebhook").putObject("templates")
        .put(templateName, template);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(patch) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree of strings", e);
    }
  }

  private static String bundled() {
    try (InputStream in = JobRunner.class.getClassLoader().getResourceAsStream(BUNDLED_TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled template " + BUNDLED_TEMPLATE + " is missing from the plugin");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** utf8 reads a file strictly: bytes that are not UTF-8 are an error at file:line:col, never replaced. */
  static String utf8(Path file) throws JobFailedException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new JobFailedException(file + ": cannot read: " + e.getMessage(), e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new JobFailedException(String.format("%s:%d:%d: not UTF-8 text (byte 0x%02X); templates are read as UTF-8",
          file, line, at - lineStart + 1, bytes[at] & 0xFF));
    }
    return out.flip().toString();
  }
}
