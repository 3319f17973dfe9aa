package dev.tmplpatch.cli;

import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import picocli.CommandLine.Option;

/**
 * IstioReleaseOption is the {@code --istio X.Y[.Z]} mixin: instead of the bundled default (the
 * seed's template) take the injection template of a bundled Istio release.
 */
final class IstioReleaseOption {
  @Option(names = "--istio", paramLabel = "X.Y[.Z]",
      description = "use the bundled template of this Istio release (X.Y: its newest bundled patch; master)"
          + " instead of the default; see templates/README.md for the list")
  String istio;

  @Option(names = "--istio-template", paramLabel = "NAME", defaultValue = "gateway",
      description = "which template of the --istio release: gateway, kube-gateway or sidecar (default: ${DEFAULT-VALUE})")
  String templateName;

  /** given tells whether --istio was given. */
  boolean given() {
    return istio != null;
  }

  /** file maps --istio-template to the bundled file name, refusing unknown names. */
  String file() {
    return Releases.fileFor(templateName).orElseThrow(() -> UserError.usage(dev.tmplpatch.i18n.Text.of("cli.istio-template.unknown", templateName)));
  }

  /** selected returns the release template, or refuses a release that is not bundled (exit 2). */
  ReleaseTemplate selected() {
    try {
      return Releases.select(istio, file());
    } catch (IllegalArgumentException e) {
      throw UserError.usage(e.getMessage());
    }
  }

  /** source returns the selected release template as a source; TEMPLATE must not be given too. */
  dev.tmplpatch.job.TemplateSource source(String templateArg) {
    text(templateArg);
    return dev.tmplpatch.job.TemplateSource.release(selected());
  }

  /** text returns the selected template named RELEASE/FILE; TEMPLATE must not be given too. */
  Inputs.Text text(String templateArg) {
    if (templateArg != null) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.istio.and-template"));
    }
    ReleaseTemplate t = selected();
    return new Inputs.Text(t.release() + "/" + t.file(), t.text());
  }
}
