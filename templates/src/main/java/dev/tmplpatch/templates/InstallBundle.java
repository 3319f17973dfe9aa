package dev.tmplpatch.templates;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.tmplpatch.i18n.Text;
import dev.tmplpatch.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * InstallBundle renders the manifests of seed 003's "Installing a gateway via gateway injection"
 * (ServiceAccount, Role and RoleBinding {@code secret-reader}, Deployment, Service, optional HPA
 * and PDB) from jinjava skeletons, the bundled ones or a user's copies with the same file names.
 *
 * <p>Jinjava runs sandboxed: unknown variables fail, output is capped, nested interpretation,
 * includes and imports are off, and the context holds only values validated by
 * {@link GatewayInstall}. Every rendered document is parsed again before it is returned.
 */
public final class InstallBundle {
  /** SERVICE_ACCOUNT is the name seed 003 gives the ServiceAccount, Role and RoleBinding. */
  public static final String SERVICE_ACCOUNT = "secret-reader";
  /** SKELETONS are the file names, in output order; hpa and pdb are rendered only when asked. */
  public static final List<String> SKELETONS =
      List.of("secret-reader.yaml.j2", "deployment.yaml.j2", "service.yaml.j2", "hpa.yaml.j2", "pdb.yaml.j2");
  /** BUNDLED_DIRECTORY is where the bundled skeletons live on the classpath. */
  public static final String BUNDLED_DIRECTORY = "dev/tmplpatch/templates/skeletons/";

  private static final long MAX_OUTPUT_BYTES = 1 << 20;
  private static final long MAX_SKELETON_BYTES = 256 * 1024;
  // A `---` line, optionally with a comment; content on the marker line is not split off, so
  // such a piece holds two documents and is refused by the single-document parse below.
  private static final Pattern DOCUMENT_SEPARATOR =
      Pattern.compile("(?m)^---(?:[ \t]+#[^\n]*)?[ \t]*(?:\r?\n|$)");

  private final Optional<Path> directory;
  private final Jinjava jinjava;

  private InstallBundle(Optional<Path> directory) {
    this.directory = directory;
    JinjavaConfig config =
        JinjavaConfig.newBuilder()
            .withFailOnUnknownTokens(true)
            .withMaxOutputSize(MAX_OUTPUT_BYTES)
            .withMaxStringLength(MAX_OUTPUT_BYTES)
            .withNestedInterpretationEnabled(false)
            .withRangeLimit(1000)
            .withMaxListSize(1000)
            .withMaxMapSize(1000)
            .withEnableRecursiveMacroCalls(false)
            .withTrimBlocks(true)
            .withLstripBlocks(true)
            .withDisabled(Map.of(Context.Library.TAG, Set.of("include", "import", "from", "extends")))
            .build();
    this.jinjava = new Jinjava(config);
    // Skeletons must not read other files or classpath resources.
    this.jinjava.setResourceLocator(
        (name, encoding, interpreter) -> {
          throw new ResourceNotFoundException("skeletons cannot load other files: " + name);
        });
  }

  /** bundled returns the renderer for the skeletons shipped in this jar. */
  public static InstallBundle bundled() {
    return new InstallBundle(Optional.empty());
  }

  /** fromDirectory returns the renderer for a user's skeleton copies (same file names). */
  public static InstallBundle fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw InputException.of(dir.toString(), Text.of("bundle.not-directory"),
          Text.of("bundle.not-directory.hint", listed(SKELETONS)));
    }
    return new InstallBundle(Optional.of(dir));
  }

  /** renderYaml returns all manifests as one multi-document YAML stream. */
  public String renderYaml(GatewayInstall install) {
    StringBuilder out = new StringBuilder();
    for (Manifest m : render(install)) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(m.yaml());
    }
    return out.toString();
  }

  /** render returns each rendered, re-parsed and checked document, in apply order. */
  public List<Manifest> render(GatewayInstall install) {
    Map<String, Object> context = context(install);
    List<String> wanted = new ArrayList<>(SKELETONS.subList(0, 3));
    install.autoscaling().ifPresent(h -> wanted.add("hpa.yaml.j2"));
    install.pdbMinAvailable().ifPresent(p -> wanted.add("pdb.yaml.j2"));
    List<Manifest> manifests = new ArrayList<>();
    for (String skeleton : wanted) {
      String source = sourceName(skeleton);
      String rendered = renderOne(source, read(skeleton), context);
      List<Manifest> docs = documents(source, rendered, install.namespace());
      if (docs.isEmpty()) {
        // An empty skeleton would silently drop its object (the Service, the PDB ...).
        throw InputException.of(source, Text.of("bundle.no-document"), Text.of("bundle.no-document.hint", skeleton));
      }
      manifests.addAll(docs);
    }
    return manifests;
  }

  // context exposes only plain strings, numbers, lists and maps built from validated values.
  private static Map<String, Object> context(GatewayInstall install) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", install.name());
    c.put("namespace", install.namespace());
    c.put("serviceType", install.serviceType().name());
    c.put("serviceAccount", SERVICE_ACCOUNT);
    List<Map<String, Object>> ports = new ArrayList<>();
    for (ServicePort p : install.allPorts()) {
      ports.add(Map.of("name", p.name(), "port", p.port()));
    }
    c.put("ports", ports);
    // Seed 003: sidecar.istio.io/inject "true" for the default revision, else istio.io/rev.
    c.put(
        "injectionLabel",
        install.revision()
            .map(r -> Map.of("key", "istio.io/rev", "value", r))
            .orElse(Map.of("key", "sidecar.istio.io/inject", "value", "true")));
    install.autoscaling().ifPresent(h -> c.put("hpa", Map.of(
        "minReplicas", h.minReplicas(),
        "maxReplicas", h.maxReplicas(),
        "cpuUtilizationPercent", h.cpuUtilizationPercent())));
    install.pdbMinAvailable().ifPresent(p -> c.put("pdb", Map.of(
        "minAvailable", p.endsWith("%") ? p : (Object) Integer.valueOf(p))));
    return c;
  }

  private String renderOne(String source, String skeleton, Map<String, Object> context) {
    RenderResult result;
    try {
      result = jinjava.renderForResult(skeleton, context);
    } catch (RuntimeException e) {
      throw InputException.of(source, Text.of("bundle.cannot-render", oneLine(e.getMessage())), hint());
    }
    if (!result.getErrors().isEmpty()) {
      TemplateError e = result.getErrors().get(0);
      return failAt(source, e);
    }
    return result.getOutput();
  }

  private static String failAt(String source, TemplateError e) {
    String message = oneLine(e.getMessage());
    if (e.getFieldName() != null && !e.getFieldName().isBlank() && !message.contains(e.getFieldName())) {
      message = message + " (" + e.getFieldName() + ")";
    }
    throw InputException.at(
        source, Math.max(0, e.getLineno()), Math.max(0, e.getStartPosition()),
        Text.of("bundle.cannot-render", message), hint());
  }

  private static Text hint() {
    return Text.of("bundle.cannot-render.hint");
  }

  // listed joins file names, which read the same in every language.
  private static String listed(List<String> names) {
    return String.join(", ", names);
  }

  // documents splits the rendered text at `---` lines, parses each piece strictly and checks
  // that it is a namespaced object in the requested namespace.
  private static List<Manifest> documents(String source, String rendered, String namespace) {
    List<Manifest> result = new ArrayList<>();
    String rsource = source + " (rendered)";
    int line = 0;
    for (String piece : DOCUMENT_SEPARATOR.split(rendered, -1)) {
      int firstLine = line;
      line += piece.split("\n", -1).length;
      Object doc;
      try {
        doc = new Load(LoadSettings.builder().setLabel(rsource).build()).loadFromString(piece);
      } catch (MarkedYamlEngineException e) {
        int l = e.getProblemMark().map(m -> m.getLine() + 1 + firstLine).orElse(0);
        int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
        throw InputException.at(rsource, l, col, Text.of("input.yaml.invalid", oneLine(e.getProblem())),
            Text.of("bundle.yaml.hint"));
      } catch (YamlEngineException e) {
        throw InputException.of(rsource, Text.of("input.yaml.invalid", oneLine(e.getMessage())),
            Text.of("bundle.yaml.hint"));
      }
      if (doc == null) {
        continue;
      }
      if (!(doc instanceof Map<?, ?> map)) {
        throw InputException.at(rsource, firstLine + 1, 1, Text.of("bundle.document.not-mapping", firstLine + 1),
            Text.of("bundle.document.hint"));
      }
      String kind = string(map, "kind");
      Map<?, ?> meta = map.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
      String name = string(meta, "name");
      String ns = string(meta, "namespace");
      if (string(map, "apiVersion") == null || kind == null || name == null) {
        throw InputException.at(rsource, firstLine + 1, 1,
            Text.of("bundle.document.not-object", firstLine + 1), Text.of("bundle.document.hint"));
      }
      if (!namespace.equals(ns)) {
        throw InputException.at(rsource, firstLine + 1, 1,
            ns == null ? Text.of("bundle.namespace.none", kind, name, namespace)
                : Text.of("bundle.namespace", kind, name, ns, namespace),
            Text.of("bundle.namespace.hint"));
      }
      String text = piece.endsWith("\n") ? piece : piece + "\n";
      result.add(new Manifest(source, kind, name, text));
    }
    return result;
  }

  private static String string(Map<?, ?> map, String key) {
    return map.get(key) instanceof String s ? s : null;
  }

  private String sourceName(String skeleton) {
    return directory.map(d -> d.resolve(skeleton).toString()).orElse("bundled " + skeleton);
  }

  private String read(String skeleton) {
    if (directory.isEmpty()) {
      return BundledTemplates.resource(BUNDLED_DIRECTORY + skeleton);
    }
    Path file = directory.get().resolve(skeleton);
    try {
      if (!Files.isRegularFile(file)) {
        throw InputException.of(file.toString(), Text.of("bundle.skeleton.missing"),
            Text.of("bundle.skeleton.missing.hint", BUNDLED_DIRECTORY, listed(SKELETONS)));
      }
      if (Files.size(file) > MAX_SKELETON_BYTES) {
        throw InputException.of(file.toString(), Text.of("bundle.skeleton.too-large"),
            Text.of("bundle.skeleton.too-large.hint"));
      }
      return dev.tmplpatch.document.TemplateDocument.decode(file.toString(), Files.readAllBytes(file));
    } catch (dev.tmplpatch.gotemplate.TemplateSyntaxException e) {
      throw InputException.of(file.toString(), Text.of("bundle.skeleton.utf8"), Text.of("bundle.skeleton.utf8.hint"));
    } catch (IOException e) {
      throw InputException.of(file.toString(), Text.of("bundle.skeleton.cannot-read", oneLine(String.valueOf(e.getMessage()))),
          Text.of("bundle.skeleton.cannot-read.hint"));
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
