package dev.tmplpatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Helm corpus templates that call only sprig's functions and Go's builtins, rendered by
 * dev.tmplpatch.render (with {@link SprigFunctions}) and by Go 1.24's text/template with
 * {@code sprig.TxtFuncMap()} (core/src/test/go/helmrender, one process for all cases), must give
 * the same output byte for byte, or fail with the same error text.
 *
 * <p>Templates: every {@code templates/} file (.yaml, .tpl) of the corpus's helm/ folder (its
 * MANIFEST.tsv names the source path, which is also the template's name). Kept are those that
 * parse with Java's sprig map and the builtins (a call of Helm's own {@code include},
 * {@code tpl}, {@code required}, {@code toYaml}, … or of a sprig function Java does not provide is
 * Go's and Java's "function not defined" parse error) and that call no template of another file:
 * a file that defines templates ({@code _helpers.tpl}) and calls only its own is kept, and each
 * template it defines is executed by name too (Go's ExecuteTemplate), as Helm's {@code include}
 * would.
 *
 * <p>Data: the corpus keeps only templates, not the charts' values.yaml, so {@code .Values} is
 * generated from the {@code .Values.a.b} paths the template names: each leaf is a seeded random
 * string, number, bool, null, short list, or missing, and now and then an inner map is missing or
 * a scalar. {@code .Release}, {@code .Chart}, {@code .Capabilities.KubeVersion} and
 * {@code .Template} are shaped as Helm's, as plain JSON (map[string]interface{} in Go).
 * -Dtmplpatch.helmrender.seed=N reruns one seed, -Dtmplpatch.helmrender.cases=N sets the cases per
 * template.
 */
@Tag("conformance")
class HelmCorpusRenderConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern TEMPLATE_ACTION =
      Pattern.compile("\\{\\{-?\\s*(define|template|block)\\b");
  private static final Pattern TEMPLATE_CALL =
      Pattern.compile("\\{\\{-?\\s*template\\s+\"([^\"]+)\"");
  private static final Pattern VALUES_PATH = Pattern.compile("\\.Values((?:\\.[A-Za-z_]\\w*)+)");
  private static final Pattern UNDEFINED = Pattern.compile("function \"([^\"]+)\" not defined");

  /**
   * KNOWN_DIFFERENCES: cases left out, by entry label (source path, then {@code (define "X")} for a
   * defined template), each with the reason (a Java
   * difference from sprig too large to fix here). Empty: none is known.
   */
  private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

  private static final String[] WORDS = {"", "x", "nginx", "my-release", "1.2.3", "v1.28.0",
      "true", "false", "0", "42", "3.5", "a b", "Hello World", "with \"quotes\"", "line1\nline2",
      "ünïcode", "-", "{{ .X }}", "https://example.com:8443/path", "  spaced  ", "UPPER_snake",
      "IfNotPresent", "ClusterIP", "100m", "128Mi", "key=value", "a,b,c", "null", "\t"};
  private static final double[] NUMBERS = {0, 1, -1, 3, 80, 8080, 65536, 1.5, -0.25, 1e21,
      2.5e-7, 1234567, 0.1};

  record Template(String name, String text) {
  }

  /** Entry is one template to execute: the file itself (entry null) or a template it defines. */
  record Entry(Template template, String entry) {
    String label() {
      return template.name() + (entry == null ? "" : " (define \"" + entry + "\")");
    }
  }

  @Test
  void helmTemplatesRenderLikeGo() throws Exception {
    long seed = Long.getLong("tmplpatch.helmrender.seed", 20261202L);
    int perTemplate = Integer.getInteger("tmplpatch.helmrender.cases", 32);
    System.out.println("HelmCorpusRenderConformanceTest seed=" + seed + " cases per template="
        + perTemplate);
    Path helm = dev.tmplpatch.Corpus.conformanceCorpus().resolve("helm");
    FuncMap sprig = SprigFunctions.funcMap();

    List<Template> all = templates(helm);
    List<Template> eligible = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> undefined = new TreeMap<>();
    int otherFiles = 0;
    int withDefines = 0;
    for (Template t : all) {
      boolean templateActions = TEMPLATE_ACTION.matcher(t.text()).find();
      List<String> defined = new ArrayList<>();
      try {
        GoTemplate parsed = GoTemplate.parse(t.name(), t.text(), sprig);
        parsed.templateNames().stream().filter(n -> !n.equals(t.name())).sorted()
            .forEach(defined::add);
      } catch (TemplateSyntaxException e) {
        Matcher m = UNDEFINED.matcher(e.getMessage());
        if (m.find()) {
          undefined.merge(m.group(1), 1, Integer::sum);
          continue;
        }
        if (templateActions) {
          otherFiles++; // which templates it defines is unknown: left out with those below
          continue;
        }
        // Any other parse error stays a case: Go must refuse it with the same text.
      }
      if (templateActions) {
        Matcher call = TEMPLATE_CALL.matcher(t.text());
        boolean own = true;
        while (call.find()) {
          own &= defined.contains(call.group(1));
        }
        if (!own) {
          otherFiles++;
          continue;
        }
      }
      eligible.add(t);
      entries.add(new Entry(t, null));
      if (!defined.isEmpty()) {
        withDefines++;
      }
      for (String d : defined) {
        entries.add(new Entry(t, d));
      }
    }
    System.out.println("HelmCorpusRenderConformanceTest templates=" + all.size() + " eligible="
        + eligible.size() + " (" + withDefines + " defining their own templates; " + entries.size()
        + " entry points) calling a template of another file=" + otherFiles
        + " calling a function outside sprig+builtins=" + (all.size() - otherFiles
        - eligible.size()) + " (first such function: " + undefined + ")");
    assertTrue(!eligible.isEmpty(), "no eligible template in " + helm);

    Random random = new Random(seed);
    List<Entry> caseEntries = new ArrayList<>();
    List<String> caseData = new ArrayList<>();
    List<ObjectNode> requests = new ArrayList<>();
    int excluded = 0;
    for (Entry e : entries) {
      Template t = e.template();
      for (int i = 0; i < perTemplate; i++) {
        String data = JSON.writeValueAsString(data(t, random, i));
        if (KNOWN_DIFFERENCES.containsKey(e.label())) {
          excluded++;
          continue;
        }
        caseEntries.add(e);
        caseData.add(data);
        ObjectNode o = NODES.objectNode();
        o.put("n", t.name());
        o.put("t", t.text());
        o.put("d", data);
        if (e.entry() != null) {
          o.put("x", e.entry());
        }
        requests.add(o);
      }
    }
    List<GoExecReference.Result> go = GoExecReference.buildHelm().runRequests(requests);

    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> errors = new TreeMap<>();
    int failures = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < requests.size(); i++) {
      Entry t = caseEntries.get(i);
      GoExecReference.Result want = go.get(i);
      GoExecReference.Result got = java(t, caseData.get(i), sprig);
      kinds.merge(want.kind(), 1, Integer::sum);
      if (!want.error().isEmpty()) {
        errors.merge(want.error().replaceAll("^.*?>: ", "").replaceAll("[\\d\"].*", ""), 1,
            Integer::sum);
      }
      if (!want.equals(got)) {
        failures++;
        report.append("\n").append(t.label()).append(" case ").append(i).append(" (seed ")
            .append(seed).append(")\n data: ").append(caseData.get(i)).append('\n')
            .append(difference(want, got));
      }
    }
    System.out.println("HelmCorpusRenderConformanceTest cases=" + requests.size() + " " + kinds
        + " excluded (known differences)=" + excluded + " disagreements=" + failures);
    errors.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
    assertEquals(0, failures, failures + " of " + requests.size()
        + " Helm template cases differ from Go (seed " + seed + "):" + report);
  }

  /**
   * difference shows where two results part: kind and error of each, and around the first
   * differing character of the outputs (templates run to thousands of lines), as Java string
   * literals so whitespace shows.
   */
  static String difference(GoExecReference.Result want, GoExecReference.Result got) {
    String a = want.output();
    String b = got.output();
    int at = 0;
    while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 60);
    StringBuilder sb = new StringBuilder();
    sb.append(" go:   ").append(want.kind()).append(' ').append(want.error()).append('\n')
        .append(" java: ").append(got.kind()).append(' ').append(got.error()).append('\n');
    if (!a.equals(b)) {
      sb.append(" output differs at char ").append(at).append(" of ").append(a.length())
          .append(" (go) / ").append(b.length()).append(" (java)\n  go:   ")
          .append(NODES.textNode(a.substring(from, Math.min(a.length(), at + 60))).toString())
          .append("\n  java: ")
          .append(NODES.textNode(b.substring(Math.min(from, b.length()),
              Math.min(b.length(), at + 60))).toString()).append('\n');
    }
    return sb.toString();
  }

  /** templates reads the corpus's templates/ files, named by their source path, sorted. */
  private static List<Template> templates(Path helm) throws IOException {
    List<Template> out = new ArrayList<>();
    List<String> manifest = Files.readAllLines(helm.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    for (String line : manifest.subList(1, manifest.size())) {
      String[] f = line.split("\t");
      String source = f[0] + "/" + f[2];
      if (!source.contains("/templates/")
          || !(source.endsWith(".yaml") || source.endsWith(".tpl"))) {
        continue;
      }
      out.add(new Template(source,
          Files.readString(helm.resolve(f[3]), StandardCharsets.UTF_8)));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** data is one Helm-shaped data object for {@code t}: Values, Release, Chart, Capabilities. */
  private static ObjectNode data(Template t, Random r, int index) {
    ObjectNode d = NODES.objectNode();
    // Case 0 names every path with a string leaf, so each template renders at least once with
    // its values present; the others draw every leaf.
    d.set("Values", values(t.text(), r, index == 0));
    String chart = t.name().replaceAll("/templates/.*", "").replaceAll(".*/", "");
    ObjectNode release = d.putObject("Release");
    release.put("Name", pick(r, "my-release", "prod", "r", "release-with-a-rather-long-name"));
    release.put("Namespace", pick(r, "default", "kube-system", "team-a"));
    release.put("Service", "Helm");
    release.put("IsInstall", r.nextBoolean());
    release.put("IsUpgrade", r.nextBoolean());
    release.put("Revision", 1 + r.nextInt(5));
    ObjectNode c = d.putObject("Chart");
    c.put("Name", chart);
    c.put("Version", pick(r, "1.2.3", "0.1.0", "2.0.0-rc.1"));
    c.put("AppVersion", pick(r, "1.25.0", "v3.1", ""));
    String minor = pick(r, "25", "28", "30", "27+");
    ObjectNode kube = d.putObject("Capabilities").putObject("KubeVersion");
    kube.put("Version", "v1." + minor.replace("+", "") + ".2" + (minor.endsWith("+") ? "-gke.1" : ""));
    kube.put("Major", "1");
    kube.put("Minor", minor);
    ObjectNode tmpl = d.putObject("Template");
    tmpl.put("Name", t.name());
    tmpl.put("BasePath", t.name().replaceAll("/templates/.*", "/templates"));
    return d;
  }

  /** values builds .Values from the paths the template names, with seeded random leaves. */
  private static ObjectNode values(String text, Random r, boolean allPresent) {
    Map<String, Object> tree = new TreeMap<>();
    Matcher m = VALUES_PATH.matcher(text);
    while (m.find()) {
      Map<String, Object> node = tree;
      String[] parts = m.group(1).substring(1).split("\\.");
      for (String p : parts) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(p, k -> new TreeMap<>());
        node = child;
      }
    }
    ObjectNode out = NODES.objectNode();
    fill(out, tree, r, allPresent);
    return out;
  }

  private static void fill(ObjectNode out, Map<String, Object> tree, Random r, boolean allPresent) {
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> children = (Map<String, Object>) e.getValue();
      if (allPresent) {
        if (children.isEmpty()) {
          out.put(e.getKey(), WORDS[1 + r.nextInt(WORDS.length - 1)]);
        } else {
          fill(out.putObject(e.getKey()), children, r, true);
        }
        continue;
      }
      if (!children.isEmpty()) {
        int roll = r.nextInt(100);
        if (roll < 8) {
          continue; // missing map
        } else if (roll < 12) {
          scalar(out, e.getKey(), r);
        } else {
          fill(out.putObject(e.getKey()), children, r, false);
        }
        continue;
      }
      int roll = r.nextInt(100);
      if (roll < 15) {
        continue; // missing leaf
      } else if (roll < 20) {
        ArrayNode list = out.putArray(e.getKey());
        for (int i = r.nextInt(3); i > 0; i--) {
          list.add(WORDS[r.nextInt(WORDS.length)]);
        }
      } else if (roll < 23) {
        out.putObject(e.getKey()).put(WORDS[r.nextInt(WORDS.length)], r.nextBoolean());
      } else {
        scalar(out, e.getKey(), r);
      }
    }
  }

  private static void scalar(ObjectNode out, String key, Random r) {
    int kind = r.nextInt(20);
    if (kind < 9) {
      out.put(key, WORDS[r.nextInt(WORDS.length)]);
    } else if (kind < 13) {
      out.put(key, r.nextBoolean());
    } else if (kind < 19) {
      double n = NUMBERS[r.nextInt(NUMBERS.length)];
      if (n == Math.rint(n) && Math.abs(n) < 1e15) {
        out.put(key, (long) n);
      } else {
        out.put(key, n);
      }
    } else {
      out.putNull(key);
    }
  }

  private static String pick(Random r, String... choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static GoExecReference.Result java(Entry entry, String data, FuncMap funcs) {
    Template t = entry.template();
    GoTemplate parsed;
    try {
      parsed = GoTemplate.parse(t.name(), t.text(), funcs);
    } catch (TemplateSyntaxException e) {
      return new GoExecReference.Result("parse", "", e.getMessage());
    }
    Value value;
    try {
      value = JsonValues.fromJson(JSON.readValue(data, Object.class));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder out = new StringBuilder();
    try {
      if (entry.entry() == null) {
        parsed.execute(value, out);
      } else {
        parsed.executeTemplate(entry.entry(), value, out);
      }
      return new GoExecReference.Result("ok", out.toString(), "");
    } catch (ExecException x) {
      return new GoExecReference.Result("exec", out.toString(), x.getMessage());
    } catch (IOException x) {
      throw new IllegalStateException(x);
    } catch (RuntimeException | StackOverflowError x) {
      java.io.StringWriter sw = new java.io.StringWriter();
      x.printStackTrace(new java.io.PrintWriter(sw));
      return new GoExecReference.Result("crash", out.toString(), sw.toString().lines()
          .limit(6).reduce("", (a, b) -> a + "\n" + b));
    }
  }
}
