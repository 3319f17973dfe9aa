package dev.tmplpatch.lint;

import dev.tmplpatch.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmplpatch.document.TemplateDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IstiodReleaseTest {

  /**
   * LACKING is istio-funcs-by-release.md §2 written out per patch release the tables name: the
   * version-dependent functions each release does NOT define.
   */
  static final Map<String, Set<String>> LACKING = Map.ofEntries(
      Map.entry("1.17.8", Set.of("strdict", "toJsonMap", "mergeMaps", "sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.18.7", Set.of("mergeMaps", "sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.19.10", Set.of("mergeMaps", "sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.20.8", Set.of("mergeMaps", "sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.21.0", Set.of("sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.21.6", Set.of("sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.22.8", Set.of("sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.23.6", Set.of("sha512sum", "omitNil", "otelResourceAttributes")),
      Map.entry("1.24.0", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.24.6", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.25.5", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.26.8", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.27.9", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.28.0", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.28.5", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.28.6", Set.of("otelResourceAttributes")),
      Map.entry("1.28.10", Set.of("otelResourceAttributes")),
      Map.entry("1.29.0-beta.0", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.29.0", Set.of("omitNil", "otelResourceAttributes")),
      Map.entry("1.29.1", Set.of("otelResourceAttributes")),
      Map.entry("1.29.6", Set.of("otelResourceAttributes")),
      Map.entry("1.30.0-alpha.1", Set.of()),
      Map.entry("1.30.0", Set.of()),
      Map.entry("1.30.3", Set.of()),
      Map.entry("1.31.0-rc.0", Set.of()));

  static Path istio() {
    String root = System.getProperty("tmplpatch.testdata");
    return Path.of(root == null ? "../testdata" : root).resolve("istio");
  }

  /**
   * needs is what istio-funcs-by-release.md §3 says each corpus template needs of the
   * version-dependent functions: omitNil in the 1.28.10+ kube-gateway, injection, waypoint,
   * grpc-agent and agentgateway templates, otelResourceAttributes in injection-template 1.30.3+,
   * strdict and toJsonMap in every kube-gateway and waypoint template. (The research does not list
   * the agentgateway templates' strdict and toJsonMap; they call them like kube-gateway does.)
   */
  static Set<String> needs(String release, String file) {
    Set<String> out = new TreeSet<>();
    boolean from12810 = !release.matches("1\\.(1[89]|2[0-7])\\..*");
    String name = file.replace(".yaml", "");
    if (from12810 && (name.equals("kube-gateway") || name.equals("injection-template") || name.equals("waypoint")
        || name.equals("grpc-agent") || name.startsWith("agentgateway"))) {
      out.add("omitNil");
    }
    if (name.equals("injection-template") && (release.startsWith("1.30") || release.startsWith("1.31")
        || release.startsWith("master"))) {
      out.add("otelResourceAttributes");
    }
    if (name.equals("kube-gateway") || name.equals("waypoint") || name.startsWith("agentgateway")) {
      out.add("strdict");
      out.add("toJsonMap");
    }
    return out;
  }

  @Test
  void everyCorpusTemplateAgainstEveryReleaseOfTheTablesInBothDirections() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> dirs = Files.list(istio())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            TemplateDocument doc = TemplateDocument.load(file);
            String corpus = dir.getFileName() + "/" + file.getFileName();
            Set<String> needs = needs(dir.getFileName().toString(), file.getFileName().toString());
            Set<String> calls = new TreeSet<>(doc.functions());
            calls.retainAll(IstiodFunctions.VERSIONED.keySet());
            if (!calls.equals(needs)) {
              wrong.add(corpus + " calls " + calls + ", the research says " + needs);
            }
            for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(LACKING).entrySet()) {
              Set<String> expected = new TreeSet<>(needs);
              expected.retainAll(e.getValue());
              Set<String> reported = new TreeSet<>();
              for (Diagnostic f : IstiodRelease.of(e.getKey()).check(doc)) {
                if (f.rule().equals("function-unavailable")) {
                  reported.add(f.message().replaceAll("^.*has no function \"(\\w+)\".*$", "$1"));
                }
              }
              if (!reported.equals(expected)) {
                wrong.add(corpus + " on istiod " + e.getKey() + ": reported " + reported + ", expected " + expected);
              }
              checked++;
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(true, checked > 1000, "checked " + checked);
  }

  static final List<String> RELEASES = List.of("1.18.0", "1.18.7", "1.19.0", "1.19.7", "1.19.8", "1.19.10", "1.20.0",
      "1.20.3", "1.20.4", "1.20.8", "1.21.0", "1.21.6", "1.22.0", "1.22.8", "1.26.8", "1.27.9", "1.28.0", "1.28.5",
      "1.28.6", "1.28.10", "1.29.0", "1.29.1", "1.29.6", "1.30.3", "1.31.0-rc.0");

  /**
   * works is istio-funcs-by-release.md §5's tables: which istiod releases can run the gateway
   * injection template and kube-gateway.yaml of each corpus release, functions and fields both.
   */
  static boolean works(String corpus, String file, IstioVersion r) {
    if (file.equals("gateway-injection-template.yaml")) {
      return switch (corpus) {
        case "1.18.7" -> r.atLeast(1, 18, 0);
        case "1.19.10" -> r.isMinor(1, 19) ? r.patch() >= 8 : r.isMinor(1, 20) ? r.patch() >= 4 : r.atLeast(1, 21, 0);
        default -> r.atLeast(1, 20, 4);
      };
    }
    return switch (corpus) {
      case "1.18.7" -> r.atLeast(1, 18, 0) && !r.atLeast(1, 22, 0);
      case "1.19.10" -> r.atLeast(1, 19, 0) && !r.atLeast(1, 22, 0);
      case "1.20.8" -> r.atLeast(1, 20, 0) && !r.atLeast(1, 22, 0);
      case "1.21.6" -> r.atLeast(1, 21, 0) && !r.atLeast(1, 22, 0);
      case "1.22.8", "1.23.6", "1.24.6", "1.25.5", "1.26.2", "1.26.8", "1.27.9" -> r.atLeast(1, 22, 0);
      default -> (r.isMinor(1, 28) && r.patch() >= 6) || (r.isMinor(1, 29) && r.patch() >= 1) || r.atLeast(1, 30, 0);
    };
  }

  @Test
  void gatewayTemplatesRunOnExactlyTheReleasesOfTheFieldTables() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(istio())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        for (String file : List.of("gateway-injection-template.yaml", "kube-gateway.yaml")) {
          TemplateDocument doc = TemplateDocument.load(dir.resolve(file));
          for (String release : RELEASES) {
            List<Diagnostic> errors = IstiodRelease.of(release).check(doc).stream()
                .filter(f -> f.severity() == Diagnostic.Severity.ERROR).toList();
            boolean expected = works(dir.getFileName().toString(), file, IstioVersion.parse(release));
            if (errors.isEmpty() != expected) {
              wrong.add(dir.getFileName() + "/" + file + " on " + release + ": expected " + (expected ? "ok" : "errors")
                  + ", got " + errors.stream().map(f -> f.rule() + ":" + f.message().replaceAll(" \\(it is in.*", ""))
                  .toList());
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aMissingFieldNamesTheStructAndWhatFailsAtRunTime() {
    TemplateDocument doc = TemplateDocument.load("gw.yaml", "env:\n- name: X\n  value: {{ .CompliancePolicy }}\n");
    assertEquals(List.of(new Diagnostic(Diagnostic.Severity.ERROR, "field-unavailable", "gw.yaml", 3, 13,
        "istiod 1.20.3 has no field .CompliancePolicy in SidecarTemplateData (it is in 1.19.8 to 1.19.x, 1.20.4 and"
            + " later; not 1.20.0-1.20.3): the template loads, but every time it runs it fails (`can't evaluate field"
            + " CompliancePolicy`), so the injection webhook denies every pod that uses it",
        "use the template of your istiod's release (tmplpatch istio-patch --from-injector-configmap edits the one it"
            + " runs), or upgrade istiod")), english(IstiodRelease.of("1.20.3").check(doc)));
    assertEquals(List.of(), IstiodRelease.of("1.19.8").check(doc));
    assertEquals(List.of(), IstiodRelease.of("1.20.4").check(doc));
    assertEquals(List.of(), IstiodRelease.of("1.20.4").check(
        TemplateDocument.load("gw.yaml", "a: {{ .Values.CompliancePolicy }}\n")));
  }

  @Test
  void omitNilIsMissingIn1290AndPresentIn1286() {
    TemplateDocument doc = TemplateDocument.load("gw.yaml", "a: {{ toYaml (omitNil .Values.x) }}\n");
    List<Diagnostic> f = IstiodRelease.of("1.29.0").check(doc);
    assertEquals(List.of(new Diagnostic(Diagnostic.Severity.ERROR, "function-unavailable", "gw.yaml", 1, 15,
        "istiod 1.29.0 has no function \"omitNil\" (it is in 1.28.6 to 1.28.x, 1.29.1 to 1.29.x, 1.30.0 and later;"
            + " not 1.28.0-1.28.5 nor 1.29.0): istiod refuses the whole injector configuration (`function \"omitNil\""
            + " not defined`) and keeps its previous templates; a restarting istiod exits",
        "use the template of your istiod's release (tmplpatch istio-patch --from-injector-configmap edits the one it"
            + " runs), or upgrade istiod")), english(f));
    assertEquals(List.of(), IstiodRelease.of("1.28.6").check(doc));
  }

  @ParameterizedTest(name = "{0}: else with accepted = {1}")
  @CsvSource({
      "1.18.7,false", "1.22.8,false", "1.23.5,false", "1.23.6,true", "1.24.3,false", "1.24.4,true",
      "1.25.0,true", "1.25.0-rc.0,true", "1.30.3,true"})
  void elseWithNeedsAnIstiodThatDeclaresGo123(String version, boolean accepted) {
    TemplateDocument doc = TemplateDocument.load("gw.yaml",
        "{{- with .A }}\na: {{ . }}\n{{- else with .B }}\nb: {{ . }}\n{{- end }}\n");
    List<String> rules = IstiodRelease.of(version).check(doc).stream().map(f -> f.rule() + "@" + f.line()).toList();
    assertEquals(accepted ? List.of() : List.of("else-with@3"), rules);
  }

  @Test
  void aTemplateWithoutElseWithIsFineOnEveryRelease() {
    TemplateDocument doc = TemplateDocument.load("gw.yaml", "{{- with .A }}\na: {{ . }}\n{{- else }}{{ with .B }}\nb: {{ . }}\n{{- end }}{{ end }}\n");
    assertEquals(List.of(), IstiodRelease.of("1.18.7").check(doc));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.28|--istio-version: \"1.28\" is not an Istio release X.Y.Z; give the patch release, e.g. 1.28.6: functions differ between patch releases (omitNil is in 1.28.6 but not 1.28.5)",
      "latest|--istio-version: \"latest\" is not an Istio release X.Y.Z; e.g. 1.28.6 or 1.29.0-rc.1"})
  void aReleaseMustBeXyz(String version, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IstiodRelease.of(version));
    assertEquals(message, e.getMessage());
  }

  @Test
  void readsImageTagsAndOrdersPreReleasesFirst() {
    assertEquals(new IstioVersion(1, 26, 2, ""), IstioVersion.parse("1.26.2-distroless"));
    assertEquals(new IstioVersion(1, 29, 0, "rc.1"), IstioVersion.parse("v1.29.0-rc.1"));
    assertEquals(-1, Integer.signum(IstioVersion.parse("1.29.0-rc.1").compareTo(IstioVersion.parse("1.29.0"))));
  }

  // english compares what the findings say in English (their keys and arguments aside).
  private static List<Diagnostic> english(List<Diagnostic> findings) {
    return findings.stream().map(Diagnostic::english).toList();
  }
}
