package dev.tmplpatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.cli.Main;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * FrontEndsAgreeTest runs each case through the tmplpatch command (in-process) and through the
 * plugin's job, and checks that both give the same result and the same message: the message of
 * a row is written once, with the names of options in braces, and each front end spells them its
 * own way ({@code {allowRoot}} is {@code --allow-root} on the command line and {@code <allowRoot>}
 * in a pom).
 */
class FrontEndsAgreeTest {

  @TempDir Path basedir;

  /** Outcome is what a row expects: success, a bad request (exit 2), or unusable input (exit 1). */
  enum Outcome {
    OK,
    USAGE,
    INPUT
  }

  /**
   * Case is one row: the edit command's arguments after {@code edit} (the template, if any, is
   * t.yaml in the project directory), the same request as a job, what to expect, the parameter a
   * pom mistake names, and the message.
   */
  record Case(String name, List<String> cli, Consumer<Job> job, String template, Outcome outcome, String parameter,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String ROOT_HINT = "; hint: " + RunAsRoot.COST
      + "; prefer ports 1024 or above ({scenario=privileged-ports} keeps the proxy non-root)";

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a scenario and explicit edits combine", List.of("--scenario", "1", "--add-capability",
            "NET_BIND_SERVICE"), j -> {
              j.scenario = "1";
              j.addCapabilities = List.of("NET_BIND_SERVICE");
            }, null, Outcome.OK, null, null),
        new Case("root without the opt-in", List.of("--run-as-root"), j -> j.runAsRoot = true, null, Outcome.USAGE,
            "allowRoot", "{runAsRoot} runs the proxy as root and needs {allowRoot}" + ROOT_HINT),
        new Case("the root scenario without the opt-in", List.of("--scenario", "privileged-ports-root"),
            j -> j.scenario = "privileged-ports-root", null, Outcome.USAGE, "allowRoot",
            "{scenario=privileged-ports-root} runs the proxy as root and needs {allowRoot}" + ROOT_HINT),
        new Case("an unknown scenario", List.of("--scenario", "3"), j -> j.scenario = "3", null, Outcome.USAGE,
            "scenario", "unknown scenario \"3\"; accepted: " + Scenario.accepted() + "{help}"),
        new Case("a capability that is not one", List.of("--add-capability", "NET_BIND_SERVIC"),
            j -> j.addCapabilities = List.of("NET_BIND_SERVIC"), null, Outcome.USAGE, "addCapabilities",
            "'NET_BIND_SERVIC' is not a Linux capability (did you mean NET_BIND_SERVICE?); Kubernetes names"
                + " capabilities without CAP_, e.g. NET_BIND_SERVICE{help}"),
        new Case("a container name that is not a name", List.of("--scenario", "2", "--container", "Istio_Proxy"), j -> {
              j.scenario = "2";
              j.container = "Istio_Proxy";
            }, null, Outcome.USAGE, "container",
            "'Istio_Proxy' is not a container name: Kubernetes wants a DNS-1123 label (lower-case letters, digits and"
                + " '-', starting and ending with a letter or digit, at most 63 characters); e.g. istio-proxy{help}"),
        new Case("a container without an edit", List.of("--container", "istio-proxy"),
            j -> j.container = "istio-proxy", null, Outcome.USAGE, "container",
            "applies only with {scenario}, {addCapabilities} or {runAsRoot}; remove it or add one of those"),
        new Case("a broken template", List.of("--scenario", "1"), j -> j.scenario = "1", "a: {{ if .X }}\n",
            Outcome.INPUT, null, "template: t.yaml:2: unexpected EOF; hint: an if, range, with, define or block is"
                + " missing its {{ end }}"),
        new Case("a missing container", List.of("--scenario", "2", "--container", "istio-prox"), j -> {
              j.scenario = "2";
              j.container = "istio-prox";
            }, null, Outcome.INPUT, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCommandAndThePluginGiveTheSameResultAndMessage(Case c) throws Exception {
    Job job = new Job();
    List<String> args = new ArrayList<>(List.of("edit"));
    if (c.template() != null) {
      Files.writeString(basedir.resolve("t.yaml"), c.template(), StandardCharsets.UTF_8);
      job.template = new File("t.yaml");
      args.add(basedir.resolve("t.yaml").toString());
    }
    args.addAll(c.cli());
    job.editedTemplate = new File("out.yaml");
    c.job().accept(job);

    Run cli = cli(args);
    Run plugin = plugin(job);

    assertEquals(c.outcome(), cli.outcome(), () -> "command: " + cli);
    assertEquals(c.outcome(), plugin.outcome(), () -> "plugin: " + plugin);
    // The same result: the same text and the same findings, or the same refusal.
    assertEquals(cli.out(), plugin.out());
    switch (c.outcome()) {
      case OK -> assertEquals(cli.err(), plugin.err());
      case USAGE -> {
        assertEquals("tmplpatch: " + spelt(c.message(), true) + "\n", cli.err());
        assertEquals("jobs[0]." + c.parameter() + ": " + spelt(c.message(), false), plugin.err());
      }
      case INPUT -> {
        // A refusal of the input names no parameter: the one message, as the library words it.
        if (c.message() != null) {
          assertEquals(c.message(), plugin.err());
        }
        assertEquals("tmplpatch: " + plugin.err() + "\n", cli.err());
      }
    }
  }

  /** A scenario and explicit edits give what the scenario that makes both gives. */
  @org.junit.jupiter.api.Test
  void scenarioOneWithTheBindCapabilityIsScenarioTwo() throws Exception {
    assertEquals(cli(List.of("edit", "--scenario", "2")).out(),
        cli(List.of("edit", "--scenario", "1", "--add-capability", "NET_BIND_SERVICE")).out());
  }

  /** Run is what a front end printed: the result and the findings, or the refusal. */
  record Run(Outcome outcome, String out, String err) {}

  private static Run cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine(new ByteArrayInputStream(new byte[0]));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = Main.execute(cmd, args.toArray(String[]::new));
    Outcome outcome = switch (code) {
      case 0 -> Outcome.OK;
      case 2 -> Outcome.USAGE;
      case 1 -> Outcome.INPUT;
      default -> throw new AssertionError("exit " + code + ": " + err);
    };
    return new Run(outcome, code == 0 ? out.toString() : "", err.toString());
  }

  private Run plugin(Job job) throws IOException {
    List<String> findings = new ArrayList<>();
    try {
      Map<Path, String> outputs = JobRunner.outputs(JobSpec.of(job, 0, basedir), f -> findings.add(f.format()));
      StringBuilder err = new StringBuilder();
      findings.forEach(f -> err.append(f).append('\n'));
      return new Run(Outcome.OK, outputs.get(basedir.resolve("out.yaml")), err.toString());
    } catch (JobConfigurationException e) {
      return new Run(Outcome.USAGE, "", e.getMessage());
    } catch (JobFailedException e) {
      return new Run(Outcome.INPUT, "", e.getMessage());
    }
  }

  /** spelt writes a row's message as the command line (cli) or a pom says it. */
  private static String spelt(String message, boolean cli) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      int open = message.indexOf('{', i);
      if (open < 0) {
        out.append(message, i, message.length());
        break;
      }
      out.append(message, i, open);
      int close = message.indexOf('}', open);
      String token = message.substring(open + 1, close);
      String[] nameValue = token.split("=", 2);
      out.append(token.equals("help") ? (cli ? "; hint: see 'tmplpatch edit --help'" : "")
          : cli ? option(nameValue[0]) + (nameValue.length > 1 ? " " + nameValue[1] : "")
          : "<" + nameValue[0] + ">" + (nameValue.length > 1 ? nameValue[1] + "</" + nameValue[0] + ">" : ""));
      i = close + 1;
    }
    return out.toString();
  }

  private static String option(String element) {
    return switch (element) {
      case "allowRoot" -> "--allow-root";
      case "runAsRoot" -> "--run-as-root";
      case "scenario" -> "--scenario";
      case "addCapabilities" -> "--add-capability";
      case "container" -> "--container";
      default -> throw new AssertionError("no option for <" + element + ">");
    };
  }
}
