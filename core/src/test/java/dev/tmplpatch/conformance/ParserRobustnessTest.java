package dev.tmplpatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tmplpatch.Corpus;
import dev.tmplpatch.gotemplate.Delimited;
import dev.tmplpatch.gotemplate.GoTemplateParser;
import dev.tmplpatch.gotemplate.ParseOptions;
import dev.tmplpatch.gotemplate.ParsedTemplate;
import dev.tmplpatch.gotemplate.TemplateSyntaxException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ParserRobustnessTest checks, for generated and mutated text, that GoTemplateParser.parse either
 * returns a consistent result or throws only TemplateSyntaxException with a position inside the
 * text: never another exception, never a hang, never a stack overflow on deep nesting.
 *
 * <p>Seeded java.util.Random; the seed is printed and named on failure. Reproduce with
 * {@code -Dtmplpatch.seed=N}. The timeouts guard against hangs; they are not performance tests.
 */
class ParserRobustnessTest {
  private static final String NAME = "prop";
  private static final String[] FRAGMENTS = {
    "{{", "}}", "{{- ", " -}}", "{{-", "-}}", "{{/*", "*/}}", "/*", "*/", " ", "  ", "\t", "\n", "\r\n", "\r",
    "if", "else", "end", "range", "with", "define", "block", "template", "break", "continue", "nil", "true",
    " .X", ".Values.a", "$", "$x", " := ", " = ", "|", "(", ")", ",", "\"", "\"s\"", "\"}}\"", "`", "`r}}`",
    "'", "'a'", "'\\n'", "1", "-3", "0x1p-2", "1e", "3k", "1_000", "+", "-", ".", "..", "é", "中", "😀",
    "\u0001", "\\", "#", ":", "=", "x", "printf", "\"d\"", "toYaml", "nindent 8"
  };

  private static long seed() {
    return Long.getLong("tmplpatch.seed", new Random().nextLong());
  }

  @Test
  void generatedTextParsesOrFailsWithAPositionInsideIt() {
    long seed = seed();
    Random random = new Random(seed);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      inputs.add(random.nextInt(4) == 0 ? structured(random, 0) : soup(random));
    }
    checkAll(inputs, seed, "generated");
  }

  @Test
  void mutatedCorpusTextParsesOrFailsWithAPositionInsideIt() throws Exception {
    long seed = seed();
    Random random = new Random(seed);
    Path seedDir = Corpus.testdata().resolve("seed");
    Path istio = Corpus.testdata().resolve("istio/1.26.2");
    List<String> sources = new ArrayList<>();
    for (Path dir : List.of(seedDir, istio)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          sources.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    Mutator mutator = new Mutator(random);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      inputs.add(mutator.mutate(sources.get(random.nextInt(sources.size()))).text());
    }
    checkAll(inputs, seed, "mutated");
  }

  @Test
  void ifRangeAndWithNestedTenThousandDeepParseLikeGo() {
    // Go 1.24 parses all of these (checked with core/src/test/go/parsereport): 20,000 actions each.
    int n = 10_000;
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String open : List.of("{{if .}}", "{{range .}}", "{{with .}}")) {
        String text = open.repeat(n) + "x" + "{{end}}".repeat(n);
        assertEquals(2 * n, parse(text).actions().size(), open);
      }
      StringBuilder mixed = new StringBuilder();
      for (int i = 0; i < n; i++) {
        mixed.append(List.of("{{if .}}", "{{range .}}", "{{with .}}").get(i % 3));
      }
      assertEquals(2 * n, parse(mixed + "x" + "{{end}}".repeat(n)).actions().size(), "mixed");
    });
  }

  @Test
  void parenthesesNestedTenThousandDeepParseLikeGo() {
    // Go 1.24 parses this (it has no expression depth limit at all; 100,000 deep also parses,
    // which GoConformanceTest compares). 10,000 is the depth the robustness contract names.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      String text = "{{ " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + " }}";
      assertEquals(1, parse(text).actions().size());
    });
  }

  @Test
  void parenthesesNestedFarDeeperFailOnlyWithOurSyntaxException() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      String text = "{{ " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + " }}";
      check(text, 0, "200,000 parens");
    });
  }

  @Test
  void tenThousandUnclosedIfsFailWithGosUnexpectedEof() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        parse("{{if .}}\n".repeat(10_000));
        fail("10,000 unclosed ifs parsed");
      } catch (TemplateSyntaxException e) {
        assertEquals("template: prop:10001: unexpected EOF", e.getMessage());
      }
    });
  }

  private static ParsedTemplate parse(String text) {
    return GoTemplateParser.parse(text, ParseOptions.named(NAME));
  }

  /** checkAll parses every input within a generous hang guard and checks each outcome. */
  private static void checkAll(List<String> inputs, long seed, String what) {
    System.out.println("parser robustness (" + what + "): seed=" + seed + " inputs=" + inputs.size());
    int[] current = {0};
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        for (int i = 0; i < inputs.size(); i++) {
          current[0] = i;
          check(inputs.get(i), seed, what + " #" + i);
        }
      });
    } catch (org.opentest4j.AssertionFailedError e) {
      if (e.getMessage() != null && e.getMessage().startsWith("execution timed out")) {
        fail("parse hung (" + what + " #" + current[0] + ", seed=" + seed + ") on "
            + Agreement.quote(inputs.get(current[0])), e);
      }
      throw e;
    }
  }

  private static void check(String text, long seed, String label) {
    String where = " (" + label + ", seed=" + seed + ", -Dtmplpatch.seed=" + seed + ") input: " + Agreement.quote(text);
    ParsedTemplate parsed;
    try {
      parsed = parse(text);
    } catch (TemplateSyntaxException e) {
      int lines = 1 + (int) text.chars().filter(c -> c == '\n').count();
      if (e.offset() < 0 || e.offset() > text.length()) {
        fail("offset " + e.offset() + " outside [0, " + text.length() + "] for " + e.getMessage() + where);
      }
      if (e.line() < 1 || e.line() > lines) {
        fail("line " + e.line() + " outside [1, " + lines + "] for " + e.getMessage() + where);
      }
      if (!e.getMessage().equals("template: " + NAME + ":" + e.line() + ": " + e.goMessage())) {
        fail("message not in Go's form: " + e.getMessage() + where);
      }
      return;
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      fail("parse threw " + t + where + "\n" + trace);
      return;
    }
    if (!parsed.source().equals(text)) {
      fail("source() is not the input" + where);
    }
    // Line and column are recomputed from the offset, walking forward once (linear in the text).
    int previousEnd = 0;
    int scanned = 0;
    int line = 1;
    int lineStart = 0;
    for (Delimited d : parsed.actions()) {
      if (d.start() < previousEnd || d.end() <= d.start() || d.end() > text.length()) {
        fail("action span out of order or outside the text: " + d + where);
      }
      String span = text.substring(d.start(), d.end());
      if (!span.startsWith("{{") || !span.endsWith("}}")) {
        fail("action span does not run from {{ to }}: " + Agreement.quote(span) + " " + d + where);
      }
      for (; scanned < d.start(); scanned++) {
        if (text.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      int column = 1 + text.codePointCount(lineStart, d.start());
      if (d.line() != line || d.column() != column) {
        fail("action at " + d.start() + " should be at " + line + ":" + column + ": " + d + where);
      }
      previousEnd = d.end();
    }
  }

  /** soup strings random fragments together: mostly invalid, full of lexer edge cases. */
  private static String soup(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return sb.toString();
  }

  /** structured builds well-formed nested control structures (damage comes from soup and Mutator). */
  private static String structured(Random random, int depth) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      switch (depth > 4 ? 0 : random.nextInt(6)) {
        case 0 -> sb.append("text: ").append(random.nextBoolean() ? "é中" : "a").append('\n');
        case 1 -> sb.append("{{- ").append(random.nextBoolean() ? ".X" : "\"}}\"").append(" -}}\n");
        case 2 -> sb.append("{{ if .A }}").append(structured(random, depth + 1))
            .append(random.nextBoolean() ? "{{ else if .B }}" + structured(random, depth + 1) : "")
            .append("{{ end }}");
        case 3 -> sb.append("{{ range $i, $v := .L }}").append(random.nextBoolean() ? "{{ break }}" : "{{ continue }}")
            .append(structured(random, depth + 1)).append("{{ else }}y{{ end }}");
        case 4 -> sb.append("{{ with .W }}").append(structured(random, depth + 1))
            .append(random.nextBoolean() ? "{{ else with .V }}z" : "").append("{{ end }}");
        default -> sb.append("{{/* c }} */}}\r\n");
      }
    }
    return sb.toString();
  }
}
