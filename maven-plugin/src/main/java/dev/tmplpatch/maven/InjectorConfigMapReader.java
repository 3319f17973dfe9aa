package dev.tmplpatch.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * InjectorConfigMapReader takes one injection template out of a dump of Istio's
 * {@code istio-sidecar-injector} ConfigMap, so users edit the template their istiod runs.
 *
 * <p>Replace by dev.tmplpatch.emit.InjectorConfigMap when the emit branch lands.
 */
final class InjectorConfigMapReader {

  private InjectorConfigMapReader() {}

  /** template returns the text of {@code templates.NAME} in the dump's {@code data.config}. */
  static String template(Path file, String dump, String name) throws JobFailedException {
    Object root = load(file + "", dump);
    Object data = root instanceof Map<?, ?> m ? m.get("data") : null;
    Object config = data instanceof Map<?, ?> m ? m.get("config") : null;
    if (!(config instanceof String configText)) {
      throw new JobFailedException(file + ": no data.config text; expected a dump of"
          + " kubectl -n istio-system get configmap istio-sidecar-injector -o yaml");
    }
    Object parsed = load(file + ": data.config", configText);
    Object templates = parsed instanceof Map<?, ?> m ? m.get("templates") : null;
    if (!(templates instanceof Map<?, ?> byName)) {
      throw new JobFailedException(file + ": data.config has no templates; expected the injector's config with a"
          + " templates mapping");
    }
    Object template = byName.get(name);
    if (!(template instanceof String text)) {
      TreeSet<String> names = new TreeSet<>();
      byName.keySet().forEach(k -> names.add(String.valueOf(k)));
      throw new JobFailedException(file + ": data.config has no template named '" + name + "' (it has: "
          + String.join(", ", names) + "); set <templateName> to one of them");
    }
    return text;
  }

  private static Object load(String where, String yaml) throws JobFailedException {
    Load load = new Load(LoadSettings.builder().setLabel(where).build());
    try {
      return load.loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      String at = e.getProblemMark().map(InjectorConfigMapReader::position).orElse("");
      throw new JobFailedException(where + at + ": not valid YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new JobFailedException(where + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  private static String position(Mark mark) {
    return ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }
}
