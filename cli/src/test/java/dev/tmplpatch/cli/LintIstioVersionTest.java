package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LintIstioVersionTest {

  static String kubeGateway(String release) {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve("istio").resolve(release).resolve("kube-gateway.yaml")
        .toString();
  }

  @Test
  void the12810KubeGatewayTemplateFailsOn1290AndOn1285ButNotOn1286() {
    Cli.Result r1290 = Cli.run("lint", kubeGateway("1.28.10"), "--istio-version", "1.29.0");
    assertEquals(1, r1290.exitCode(), r1290.err());
    assertEquals("kube-gateway.yaml:95:23: error: istiod 1.29.0 has no function \"omitNil\" (it is in 1.28.6 to 1.28.x,"
        + " 1.29.1 to 1.29.x, 1.30.0 and later; not 1.28.0-1.28.5 nor 1.29.0): istiod refuses the whole injector"
        + " configuration (`function \"omitNil\" not defined`) and keeps its previous templates; a restarting istiod"
        + " exits [function-unavailable]\n  hint: use the template of your istiod's release (tmplpatch istio-patch"
        + " --from-injector-configmap edits the one it runs), or upgrade istiod\n", r1290.out());
    assertEquals(1, Cli.run("lint", kubeGateway("1.28.10"), "--istio-version", "1.28.5").exitCode());
    Cli.Result r1286 = Cli.run("lint", kubeGateway("1.28.10"), "--istio-version", "1.28.6");
    assertEquals(0, r1286.exitCode(), r1286.out());
    assertEquals("kube-gateway.yaml: ok\n", r1286.out());
  }

  @Test
  void withoutAVersionTheNoteNamesThePatchReleases() {
    Cli.Result r = Cli.run("lint", kubeGateway("1.28.10"));
    assertEquals(0, r.exitCode(), r.out());
    assertEquals("kube-gateway.yaml:95:1: info: \"omitNil\" exists only in istiod 1.28.6 to 1.28.x, 1.29.1 to 1.29.x,"
        + " 1.30.0 and later [function-since]\n  hint: older istiod refuses the template; check the release you run\n",
        r.out());
  }

  @Test
  void jsonListsTheFindingsWithRuleIdsAndPositions() {
    Cli.Result r = Cli.run("lint", kubeGateway("1.28.10"), "--istio-version", "1.28.0", "--json");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("{\n  \"template\": \"kube-gateway.yaml\",\n  \"errors\": 1,\n  \"findings\": [\n    {\n"
        + "      \"severity\": \"error\",\n      \"rule\": \"function-unavailable\",\n      \"file\": \"kube-gateway.yaml\",\n"
        + "      \"line\": 95,\n      \"column\": 23,\n      \"message\": \"istiod 1.28.0 has no function \\\"omitNil\\\" (it is"
        + " in 1.28.6 to 1.28.x, 1.29.1 to 1.29.x, 1.30.0 and later; not 1.28.0-1.28.5 nor 1.29.0): istiod refuses the"
        + " whole injector configuration (`function \\\"omitNil\\\" not defined`) and keeps its previous templates; a"
        + " restarting istiod exits\",\n      \"hint\": \"use the template of your istiod's release (tmplpatch istio-patch"
        + " --from-injector-configmap edits the one it runs), or upgrade istiod\"\n    }\n  ]\n}\n", r.out());
  }

  @Test
  void aMinorReleaseAloneIsAUsageError() {
    Cli.Result r = Cli.run("lint", kubeGateway("1.28.10"), "--istio-version", "1.28");
    r.assertUserError(2);
    assertEquals("tmplpatch: --istio-version: \"1.28\" is not an Istio release X.Y.Z; give the patch release, e.g."
        + " 1.28.6: functions differ between patch releases (omitNil is in 1.28.6 but not 1.28.5); hint: see"
        + " 'tmplpatch lint --help'\n", r.err());
  }
}
