package dev.tmplpatch.job;

import dev.tmplpatch.templates.BundledTemplates;
import dev.tmplpatch.templates.ReleaseTemplate;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * TemplateSource says where a job's template comes from: the bundled default, a file, standard
 * input, a bundled Istio release, or an injector ConfigMap dump (itself a file or standard input).
 *
 * @param kind which of those
 * @param file the file to read, or null
 * @param stdin the stream to read, or null
 * @param name how messages about the template name it
 * @param readName how messages about reading and decoding the input name it (a path as given)
 * @param release the release template, or null
 */
public record TemplateSource(Kind kind, Path file, InputStream stdin, String name, String readName,
    ReleaseTemplate release) {

  /** Kind is where the text is. */
  public enum Kind {
    BUNDLED,
    FILE,
    STDIN,
    RELEASE,
    INJECTOR_CONFIGMAP
  }

  /** bundled is the bundled default template (Istio 1.26's gateway template). */
  public static TemplateSource bundled() {
    String name = String.valueOf(Path.of(BundledTemplates.GATEWAY_INJECTION_TEMPLATE).getFileName());
    return new TemplateSource(Kind.BUNDLED, null, null, name, name, null);
  }

  /** file is a template file: reading errors name the path as given, the template is called name. */
  public static TemplateSource file(Path file, String name) {
    return file(file, name, file.toString());
  }

  /** file is a template file whose reading errors name it readName (e.g. the path as typed). */
  public static TemplateSource file(Path file, String name, String readName) {
    return new TemplateSource(Kind.FILE, file, null, name, readName, null);
  }

  /** stdin is a template on standard input: reading errors say readName, the template is called name. */
  public static TemplateSource stdin(InputStream in, String name, String readName) {
    return new TemplateSource(Kind.STDIN, null, in, name, readName, null);
  }

  /** release is the template of a bundled Istio release, named RELEASE/FILE. */
  public static TemplateSource release(ReleaseTemplate release) {
    String name = release.release() + "/" + release.file();
    return new TemplateSource(Kind.RELEASE, null, null, name, name, release);
  }

  /** injectorConfigMap takes the template from a ConfigMap dump read from a file or standard input. */
  public static TemplateSource injectorConfigMap(TemplateSource dump) {
    if (dump.kind() != Kind.FILE && dump.kind() != Kind.STDIN) {
      // A programming error of the front end, never shown to users: English (MessageSitesTest lists it).
      throw new IllegalArgumentException("a ConfigMap dump is a file or standard input");
    }
    return new TemplateSource(Kind.INJECTOR_CONFIGMAP, dump.file(), dump.stdin(), dump.name(), dump.readName(), null);
  }
}
