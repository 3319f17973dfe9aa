package dev.tmplpatch.cli;

import dev.tmplpatch.document.TemplateDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * TemplateSource reads the template a command works on: a file, standard input ({@code -}) or,
 * with neither, the bundled default gateway template (Istio 1.26, as the vendor docs print it).
 */
final class TemplateSource {

  /** DEFAULT_RESOURCE is the bundled template on the classpath (module tmplpatch-templates). */
  static final String DEFAULT_RESOURCE = "dev/tmplpatch/templates/gateway-injection-template.yaml";

  /** DEFAULT_NAME is how errors name the bundled template. */
  static final String DEFAULT_NAME = "gateway-injection-template.yaml";

  private TemplateSource() {}

  /** Loaded is a template's name (for errors) and bytes. */
  record Loaded(String name, byte[] bytes) {
    TemplateDocument load() {
      return TemplateDocument.load(name, bytes);
    }
  }

  /** read returns the named template; arg null means the bundled default. */
  static Loaded read(String arg) {
    try {
      if (arg == null) {
        try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("bundled template missing from the jar: " + DEFAULT_RESOURCE);
          }
          return new Loaded(DEFAULT_NAME, in.readAllBytes());
        }
      }
      if (arg.equals("-")) {
        return new Loaded("stdin", System.in.readAllBytes());
      }
      Path p = Path.of(arg);
      byte[] bytes = Files.readAllBytes(p);
      if (bytes.length == 0) {
        throw UserError.input(arg + " is empty", "give the injection template file, e.g. gateway-injection-template.yaml");
      }
      return new Loaded(p.getFileName().toString(), bytes);
    } catch (NoSuchFileException e) {
      throw UserError.usage("cannot read " + arg + ": no such file", "check the path; with no TEMPLATE, the bundled default is used");
    } catch (IOException e) {
      throw UserError.usage("cannot read " + arg + ": " + e.getMessage(), "");
    }
  }
}
