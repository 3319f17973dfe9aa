package dev.tmplpatch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.diag.Diagnostic;
import dev.tmplpatch.edit.RunAsRoot;
import dev.tmplpatch.edit.Scenario;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobRequestTest {

  /** Plain names the fields by their enum names, so that a message shows which field it names. */
  private static final Spelling PLAIN = new Spelling() {
    @Override
    public String of(Field field) {
      return field.name();
    }

    @Override
    public String of(Field field, String value) {
      return field.name() + "=" + value;
    }

    @Override
    public dev.tmplpatch.i18n.Text help() {
      return dev.tmplpatch.i18n.Text.verbatim("see HELP");
    }
  };

  private static JobRequest.Builder request() {
    return JobRequest.builder(PLAIN);
  }

  @Test
  void aScenarioComesFirstThenTheExplicitEdits() {
    JobRequest r = request().scenario("2").runAsRoot(true).allowRoot(true).build();
    assertEquals("privileged-ports", r.recipe().name());
    assertEquals(List.of("drop-sysctl", "add-capabilities", "run-as-root"),
        r.recipe().edits().stream().map(e -> e.name()).toList());
    assertEquals(Scenario.PRIVILEGED_PORTS, r.scenario());
  }

  @Test
  void withoutEditsThereIsNoRecipe() {
    JobRequest r = request().build();
    assertNull(r.recipe());
    assertEquals("gateway", r.templateName());
    assertEquals(TemplateSource.Kind.BUNDLED, r.source().kind());
  }

  @Test
  void rootWithoutTheOptInNamesTheOptInField() {
    JobException e = assertThrows(JobException.class, () -> request().scenario("privileged-ports-root").build());
    assertEquals(JobException.Kind.USAGE, e.kind());
    assertEquals(Field.ALLOW_ROOT, e.field());
    assertEquals("SCENARIO=privileged-ports-root runs the proxy as root and needs ALLOW_ROOT; hint: " + RunAsRoot.COST
        + "; prefer ports 1024 or above (SCENARIO=privileged-ports keeps the proxy non-root)", e.getMessage());
  }

  @Test
  void aBadValueWithoutAHintGetsTheFrontEndsHelp() {
    JobException e = assertThrows(JobException.class, () -> request().scenario("4").build());
    assertEquals(Field.SCENARIO, e.field());
    assertEquals("unknown scenario \"4\"; accepted: " + Scenario.accepted() + "; hint: see HELP", e.getMessage());
  }

  @Test
  void aContainerWithoutAnEditIsRefusedRatherThanIgnored() {
    JobException e = assertThrows(JobException.class, () -> request().container("app").build());
    assertEquals(Field.CONTAINER, e.field());
    assertEquals("applies only with SCENARIO, ADD_CAPABILITIES or RUN_AS_ROOT; remove it or add one of those",
        e.getMessage());
  }

  @Test
  void oneSysctlAndAllSysctlsExcludeEachOther() {
    JobException e = assertThrows(JobException.class,
        () -> request().dropSysctls(true).dropSysctl("net.ipv4.ip_forward").build());
    assertEquals(Field.DROP_SYSCTL, e.field());
  }

  @Test
  void theRunnerReadsUnderTheLimitAndNamesTheInput() {
    byte[] big = "a: b\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    JobRequest r = request().source(TemplateSource.stdin(new ByteArrayInputStream(big), "stdin", "<stdin>"))
        .maxInputSize(100, "LIMIT").build();
    JobException e = assertThrows(JobException.class, () -> JobRunner.read(r));
    assertEquals(JobException.Kind.INPUT, e.kind());
    assertEquals("<stdin>: larger than the input limit of 100 bytes; hint: raise it with LIMIT 64M", e.getMessage());
  }

  @Test
  void anEmptyTemplateIsRefusedInTheFrontEndsWords() {
    JobRequest r = request().source(TemplateSource.stdin(new ByteArrayInputStream(new byte[0]), "stdin", "<stdin>"))
        .build();
    assertEquals("stdin: the template is empty; hint: pass the injection template file, or leave TEMPLATE out to use"
        + " the bundled one", assertThrows(JobException.class, () -> JobRunner.read(r)).getMessage());
  }

  @Test
  void theRunnerEditsProvesAndReportsFindings() {
    List<Diagnostic> findings = new ArrayList<>();
    JobResult result = JobRunner.run(request().scenario("1").build(), findings::add);
    assertEquals(List.of("values-branch"), findings.stream().map(Diagnostic::rule).toList());
    String before = result.input().text();
    assertEquals(before.replace("    sysctls:\n    - name: net.ipv4.ip_unprivileged_port_start\n      value: \"0\"\n",
        "    sysctls: []\n"), result.edited());
  }
}
