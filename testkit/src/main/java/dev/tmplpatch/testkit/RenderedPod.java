package dev.tmplpatch.testkit;

import dev.tmplpatch.render.GoTemplate;
import dev.tmplpatch.render.IstiodData;
import dev.tmplpatch.render.IstiodFunctions;
import dev.tmplpatch.render.IstiodTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RenderedPod renders an injection template as istiod does (as {@code tmplpatch render}: istiod's
 * functions, SidecarTemplateData for the pod of a Deployment or Pod file, the istiod chart's
 * default values overlaid with the given values files, a default install's mesh config) and
 * compares the output with a golden file, so a test fails when a template change changes the pod
 * istiod would inject.
 */
public final class RenderedPod {
  private RenderedPod() {
  }

  /**
   * render returns what the template renders for the first Deployment or Pod of {@code pod};
   * {@code istio} is the istiod release whose functions are offered (null: the newest).
   * Go's parse or execution error is thrown as it is (TemplateSyntaxException, ExecException).
   */
  public static String render(Path template, Path pod, String istio, Path... values) {
    List<IstiodData.Source> files = new ArrayList<>();
    for (Path v : values) {
      files.add(source(v));
    }
    return IstiodData.renderInjection(read(template), istio, source(pod), files, null,
        IstiodData.SidecarOptions.defaults());
  }

  /** assertMatches renders the template for the pod and compares it with the golden file. */
  public static void assertMatches(Path expected, Path template, Path pod, Path... values) {
    Golden.assertMatches(expected, render(template, pod, null, values));
  }

  private static IstiodData.Source source(Path p) {
    return new IstiodData.Source(p.toString(), read(p));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
