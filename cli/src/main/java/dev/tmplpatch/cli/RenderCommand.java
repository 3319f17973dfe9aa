package dev.tmplpatch.cli;

import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import dev.tmplpatch.render.ExecException;
import dev.tmplpatch.render.FuncMap;
import dev.tmplpatch.render.GoTemplate;
import dev.tmplpatch.render.IstiodData;
import dev.tmplpatch.render.IstiodFunctions;
import dev.tmplpatch.render.IstiodTypes;
import dev.tmplpatch.render.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * RenderCommand renders an Istio template as istiod does, in Java: Go's text/template execution,
 * sprig's and Istio's functions of the chosen istiod release, and istiod's data object.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render an injection template as istiod does and print what it produces (the pod overlay YAML).",
      "The data object is istiod's SidecarTemplateData for the first Deployment or Pod of --pod"
          + " (default: a sample gateway Deployment), the istiod chart's default values overlaid with"
          + " each --values file, and --mesh-config (default: a default install's). With --kind"
          + " kube-gateway it is the deployment controller's input for the Gateway of --gateway.",
      "Exit 0 with the output, 1 with Go's parse or execution error on one line, 2 on a usage error."
    })
final class RenderCommand implements Callable<Integer> {
  /** RENDER is the rule of render's refusals: a template Go's text/template rejects. */
  private static final String RENDER = "render";

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Mixin OutputOption output;
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "template file; - reads standard input")
  String template;

  @Option(names = "--pod", paramLabel = "FILE",
      description = "YAML whose first Deployment or Pod is the pod being injected (default: a sample gateway Deployment)")
  String pod;

  @Option(names = "--values", paramLabel = "FILE",
      description = "injector values (YAML or JSON) over the istiod chart's defaults; repeat to overlay, later files win key by key")
  List<String> values = new ArrayList<>();

  @Option(names = "--mesh-config", paramLabel = "FILE",
      description = "mesh config fixture: trustDomain and defaultConfig (default: a default install's)")
  String meshConfig;

  @Option(names = "--istio", paramLabel = "X.Y.Z",
      description = "istiod release whose template functions to offer (default: the newest; e.g. omitNil needs 1.28.6+)")
  String istio;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "sidecar",
      description = "sidecar (injection templates, --pod) or kube-gateway (Gateway API templates, --gateway); default: ${DEFAULT-VALUE}")
  String kind;

  @Option(names = "--gateway", paramLabel = "FILE",
      description = "kube-gateway: the Gateway fixture (metadata, spec and the controller's derived inputs)")
  String gateway;

  @Option(names = "--revision", paramLabel = "REV", defaultValue = "default",
      description = "istiod revision (.Revision; default: ${DEFAULT-VALUE})")
  String revision;

  @Option(names = "--native-sidecars",
      description = "sidecar: .NativeSidecars is true (istiod found the cluster supports native sidecars)")
  boolean nativeSidecars;

  @Override
  public Integer call() {
    if (!kind.equals("sidecar") && !kind.equals("kube-gateway")) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.render.kind-unknown", kind));
    }
    if (kind.equals("kube-gateway") && gateway == null) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.render.kind-needs-gateway"));
    }
    if (kind.equals("sidecar") && gateway != null) {
      throw UserError.usage(dev.tmplpatch.i18n.Text.of("cli.render.gateway-needs-kind"));
    }
    Inputs.Text in = Inputs.read(template, main, limit.bytes);
    String text = kind.equals("kube-gateway") ? IstiodData.chartTrimmed(in.text()) : in.text();
    FuncMap funcs = IstiodFunctions.forRelease(istio, IstiodTypes.ISTIOD, k -> null);
    GoTemplate t;
    try {
      t = GoTemplate.parse("inject", text, funcs);
    } catch (TemplateSyntaxException e) {
      // Go's words stay Go's, placed in the input as the user named it; the hint is the bundle's.
      dev.tmplpatch.diag.Diagnostic d = e.diagnostic();
      throw new dev.tmplpatch.diag.DiagnosticException(new dev.tmplpatch.diag.Diagnostic(d.severity(), RENDER,
          in.source(), e.line(), e.column(), d.text(), d.hintText()), e);
    }
    List<IstiodData.Source> valueFiles = new ArrayList<>();
    valueFiles.add(IstiodData.chartDefaultValues());
    for (String v : values) {
      valueFiles.add(source(v));
    }
    IstiodData.Source mesh = meshConfig == null ? IstiodData.chartDefaultMesh() : source(meshConfig);
    Value data;
    try {
      if (kind.equals("kube-gateway")) {
        data = IstiodData.kubeGateway(IstiodTypes.ISTIOD, source(gateway), valueFiles, mesh,
            new IstiodData.GatewayOptions(128, revision, "", 1337, 1337));
      } else {
        IstiodData.Source workload = pod == null ? IstiodData.sampleDeployment() : source(pod);
        data = IstiodData.sidecar(IstiodTypes.ISTIOD, workload, valueFiles, mesh,
            IstiodData.SidecarOptions.defaults().withRevision(revision)
                .withNativeSidecars(nativeSidecars));
      }
    } catch (IstiodData.InputException e) {
      throw UserError.input(e.getMessage());
    }
    String rendered;
    try {
      rendered = t.execute(data);
    } catch (ExecException e) {
      throw UserError.input(e.getMessage());
    }
    output.write(spec.commandLine().getOut(), rendered);
    return 0;
  }

  private IstiodData.Source source(String file) {
    Inputs.Text t = Inputs.read(file, main, limit.bytes);
    return new IstiodData.Source(t.source(), t.text());
  }
}
