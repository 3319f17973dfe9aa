package dev.tmplpatch.cli;

import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.i18n.Messages;

import dev.tmplpatch.source.InjectorConfigMap;
import dev.tmplpatch.emit.UnifiedDiff;
import dev.tmplpatch.templates.ReleaseTemplate;
import dev.tmplpatch.templates.Releases;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.upgrade.TemplateComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * DriftCommand tells whether the cluster runs the template the repository holds, and whether that
 * template is based on the Istio release the cluster (or --istio) runs.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the customised template in your repository with what the cluster runs.",
      "It compares with the injector ConfigMap dump (or --istio) byte for byte and",
      "as a template (same Go actions, same YAML in every branch), and checks that",
      "it is based on the Istio release the cluster runs. Exit 0 when nothing",
      "drifted, 1 with the differences."
    })
final class DriftCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Spec CommandSpec spec;

  @Option(names = "--customised", required = true, paramLabel = "FILE", description = "the template your repository holds")
  String customised;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Against against;

  static final class Against {
    @Option(names = "--from-injector-configmap", paramLabel = "DUMP",
        description = "kubectl -n istio-system get configmap istio-sidecar-injector -o yaml")
    String dump;

    @Option(names = "--istio", paramLabel = "X.Y.Z", description = "the Istio release the cluster runs")
    String istio;
  }

  @Option(names = "--template-name", paramLabel = "NAME", defaultValue = IstioMergePatch.DEFAULT_TEMPLATE_NAME,
      description = "the template in the ConfigMap, and which bundled template to compare with:"
          + " gateway, kube-gateway or sidecar (default: ${DEFAULT-VALUE})")
  String templateName;

  @Override
  public Integer call() {
    Inputs.Text in = Inputs.read(customised, main, limit.bytes);
    String name = customised.equals("-") ? "stdin" : String.valueOf(Path.of(customised).getFileName());
    String file = Releases.fileFor(templateName).orElse(null);
    PrintWriter out = spec.commandLine().getOut();
    Messages m = main.session().messages();
    boolean drift = false;
    ReleaseBases bases = ReleaseBases.forFile(file == null ? Releases.GATEWAY : file);
    BaseMatch base = file == null ? null : bases.detect(in.text());

    ReleaseTemplate clusterRelease = null;
    if (against.dump != null) {
      Inputs.Text dump = Inputs.read(against.dump, main, limit.bytes);
      InjectorConfigMap cm = InjectorConfigMap.parse(dump.source(), dump.text());
      String cluster = cm.template(templateName);
      String clusterName = dump.source() + " templates." + templateName;
      TemplateComparison.Result r = TemplateComparison.compare(name, in.text(), clusterName, cluster);
      out.println(m.get(r.sameBytes() ? "cli.drift.bytes.same" : "cli.drift.bytes.different"));
      out.println(m.get(r.sameTemplate() ? "cli.drift.template.same" : "cli.drift.template.different", r.reason()));
      if (!r.sameTemplate()) {
        drift = true;
        out.print(UnifiedDiff.between(in.text(), cluster).describe(name, m.get("cli.drift.label.repository"),
            m.get("cli.drift.label.cluster")));
      }
      // The release the cluster runs shows in the templates nobody customises: the sidecar's.
      if (cm.templates().containsKey("sidecar")) {
        BaseMatch sidecar = ReleaseBases.forFile(Releases.SIDECAR).detect(cm.templates().get("sidecar"));
        if (sidecar.exact() && sidecar.edits().isEmpty()) {
          clusterRelease = ReleaseBases.forFile(Releases.SIDECAR).template(sidecar);
          out.println(m.get("cli.drift.cluster-runs", clusterRelease.sameContentText()));
        } else {
          out.println(m.get("cli.drift.cluster-runs.unknown", ReleaseBases.text(sidecar).in(m)));
        }
      }
    } else {
      try {
        clusterRelease = Releases.select(against.istio, file == null ? Releases.GATEWAY : file);
      } catch (IllegalArgumentException e) {
        throw UserError.usage(e.getMessage());
      }
    }
    if (base == null) {
      out.println(m.get("cli.drift.based-on.unknown", name, templateName));
    } else {
      out.println(m.get("cli.drift.based-on", name, bases.describeText(base).in(m)));
      if (clusterRelease != null) {
        ReleaseTemplate wanted = file.equals(clusterRelease.file()) ? clusterRelease
            : Releases.select(clusterRelease.release(), file);
        String baseText = base.upstream().text();
        if (!baseText.equals(wanted.text())) {
          drift = true;
          out.println(m.get("cli.drift.release.different", name, base.upstream().name(),
              against.istio != null ? against.istio : wanted.release(), file, customised, wanted.release()));
          out.print(UnifiedDiff.between(baseText, wanted.text()).describe(file, base.upstream().name(),
              ReleaseBases.name(wanted)));
        } else {
          out.println(m.get("cli.drift.release.same", file, wanted.sameContentText()));
        }
      }
    }
    out.println(m.get(drift ? "cli.drift.verdict.drift" : "cli.drift.verdict.none"));
    out.flush();
    return drift ? 1 : 0;
  }

}
