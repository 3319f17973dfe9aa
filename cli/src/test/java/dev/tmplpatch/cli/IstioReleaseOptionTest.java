package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmplpatch.document.TemplateDocument;
import dev.tmplpatch.edit.Recipe;
import dev.tmplpatch.edit.Scenario;
import dev.tmplpatch.emit.IstioMergePatch;
import dev.tmplpatch.templates.Releases;
import org.junit.jupiter.api.Test;

class IstioReleaseOptionTest {

  @Test
  void editTakesTheBundledTemplateOfTheRelease() {
    Cli.Result r = Cli.run("edit", "--istio", "1.27.9").assertSuccess();
    assertEquals(Releases.select("1.27.9", Releases.GATEWAY).text(), r.out());
    Cli.Result sidecar = Cli.run("edit", "--istio", "master", "--istio-template", "sidecar");
    assertEquals(Releases.select("master", Releases.SIDECAR).text(), sidecar.out());
  }

  @Test
  void istioPatchEditsTheReleasesTemplate() {
    Cli.Result r = Cli.run("istio-patch", "--istio", "1.29", "--scenario", "unprivileged-ports");
    assertEquals(0, r.exitCode(), r.err());
    String edited = Recipe.forScenario(Scenario.UNPRIVILEGED_PORTS, false)
        .apply(TemplateDocument.load("t", Releases.select("1.29.6", Releases.GATEWAY).text())).document().text();
    assertEquals(IstioMergePatch.of(edited).json(), r.out());
  }

  @Test
  void lintChecksTheReleasesTemplate() {
    Cli.Result r = Cli.run("lint", "--istio", "1.20.8").assertSuccess();
    assertEquals("1.20.8/gateway-injection-template.yaml: ok\n", r.out());
  }

  @Test
  void refusesReleasesThatAreNotBundledAndATemplateArgumentBeside() {
    Cli.Result r = Cli.run("edit", "--istio", "1.19.10").assertUserError(2);
    assertEquals("tmplpatch: Istio 1.19.10 is not bundled for gateway-injection-template.yaml; closest: 1.20.0;"
        + " bundled: 1.20.0, 1.20.3, 1.20.4, 1.20.8, 1.21.6, 1.22.0, 1.22.8, 1.23.0, 1.23.6, 1.24.6, 1.25.5, 1.26.2,"
        + " 1.26.8, 1.27.9, 1.28.10, 1.29.6, 1.30.3, 1.31.0-rc.0, master\n", r.err());
    Cli.run("lint", "x.yaml", "--istio", "1.27").assertUserError(2);
    Cli.run("istio-patch", "--istio", "1.27", "--from-injector-configmap", "x.yaml").assertUserError(2);
    Cli.run("edit", "--istio", "1.27", "--istio-template", "waypoint").assertUserError(2);
  }
}
