package dev.tmplpatch.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** BundledTemplates gives the data files tmplpatch ships on the classpath. */
public final class BundledTemplates {
  /** GATEWAY_INJECTION_TEMPLATE is the classpath resource of the default gateway template. */
  public static final String GATEWAY_INJECTION_TEMPLATE =
      "dev/tmplpatch/templates/gateway-injection-template.yaml";

  private BundledTemplates() {}

  /**
   * gatewayInjectionTemplate returns the bundled default gateway injection template (the seed's,
   * Istio 1.26.0-1.26.2) exactly as stored.
   */
  public static String gatewayInjectionTemplate() {
    return resource(GATEWAY_INJECTION_TEMPLATE);
  }

  /** resource reads a UTF-8 classpath resource of this module. */
  static String resource(String name) {
    try (InputStream in = BundledTemplates.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name + " (broken jar?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
