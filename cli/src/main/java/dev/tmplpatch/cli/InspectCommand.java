package dev.tmplpatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.i18n.Messages;
import dev.tmplpatch.upgrade.BaseMatch;
import dev.tmplpatch.verify.Inspection;
import dev.tmplpatch.verify.Verifier;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * InspectCommand says which kernel fixes a template already carries: for each scenario whether
 * the verifier proves it on the template as it is, what every branch choice sets (pod sysctls,
 * the container's capabilities and user), the bundled Istio release it is closest to and the
 * functions it calls.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Say which of the fixes a template already carries, per branch: the pod sysctl, the",
      "container's capabilities and user; the closest bundled Istio release; the functions it calls."
    })
final class InspectCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Mixin InputLimit limit;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "template file; - reads standard input")
  String template;

  @Option(names = "--container", paramLabel = "NAME", defaultValue = Recipe.PROXY,
      description = "the container to report (default: ${DEFAULT-VALUE})")
  String container;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Mixin IstioReleaseOption bundled;

  @Override
  public Integer call() throws Exception {
    Inputs.Text in = bundled.given() ? bundled.text(template) : Inputs.templateText(template, main, limit, spec);
    main.session().source(in.text());
    TemplateDocument doc = TemplateDocument.load(in.source(), in.text());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("file", in.source());
    Map<String, Object> carries = new LinkedHashMap<>();
    for (Scenario s : Scenario.values()) {
      carries.put(s.id(), Verifier.verify(doc, doc, Recipe.forScenario(s, container, true).promise()).proven());
    }
    report.put("carries", carries);
    BaseMatch base = ReleaseBases.all().detect(in.text());
    report.put("closestRelease", base.describe());
    report.put("functions", new ArrayList<>(doc.functions()));
    List<Map<String, Object>> branches = new ArrayList<>();
    List<Inspection.Pod> pods = Inspection.of(doc, container);
    for (Inspection.Pod p : pods) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("branches", p.choice());
      b.put("document", p.document());
      b.put("podSpec", p.path());
      b.put("sysctls", p.sysctls());
      if (!p.container().isEmpty()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", p.container());
        c.put("add", p.add());
        c.put("drop", p.drop());
        c.put("runAsUser", p.runAsUser());
        c.put("runAsGroup", p.runAsGroup());
        c.put("runAsNonRoot", p.runAsNonRoot());
        b.put("container", c);
      }
      branches.add(b);
    }
    report.put("pods", branches);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      Messages m = main.session().messages();
      out.println(m.get("cli.inspect.file", in.source()));
      for (Scenario s : Scenario.values()) {
        out.println(m.get((Boolean) carries.get(s.id()) ? "cli.inspect.carried" : "cli.inspect.not-carried", s.id()));
      }
      out.println(m.get("cli.inspect.closest", ReleaseBases.text(base).in(m)));
      // Function names are Go's; the list's commas are punctuation.
      String functions = String.join(", ", doc.functions());
      out.println(m.get("cli.inspect.functions", functions));
      for (Inspection.Pod p : pods) {
        out.println(m.get("cli.inspect.branch", p.choice()));
        out.println(m.get("cli.inspect.pod", p.path(), p.document(), p.sysctls()));
        if (!p.container().isEmpty()) {
          out.println(m.get("cli.inspect.container", p.container(), p.add(), p.drop(),
              shown(p.runAsUser(), m), shown(p.runAsGroup(), m), shown(p.runAsNonRoot(), m)));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static String shown(Object v, Messages m) {
    return v == null || v.toString().isEmpty() ? m.get("cli.inspect.not-set") : v.toString();
  }
}
