package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * ParseCommandTest runs {@code tmplpatch parse} through Main's command line with captured streams.
 * Expected error texts and spans were printed by Go 1.24 (core/src/test/go/parsereport).
 */
class ParseCommandTest {
  @TempDir Path dir;

  private static Cli.Result run(String... args) {
    return Cli.run(args);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void saysOkForEachFileThatLoadsAndExitsZero() throws Exception {
    Path a = file("a.yaml", "a: {{ .Values.a }}\n");
    Path b = file("b.yaml", "{{- if .X }}\nb: 1\n{{- end }}\n");
    Cli.Result r = run("parse", a.toString(), b.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(a + ": ok" + System.lineSeparator() + b + ": ok" + System.lineSeparator(), r.out());
  }

  @Test
  void printsGoErrorTheLineAndACaretAndExitsOne() throws Exception {
    Path ok = file("ok.yaml", "a: 1\n");
    Path bad = file("paren.yaml", "x: {{ len .Values) }}\n");
    Cli.Result r = run("parse", ok.toString(), bad.toString());
    assertEquals(1, r.exitCode());
    String[] lines = r.out().split("\\R");
    assertEquals(ok + ": ok", lines[0]);
    assertEquals(bad + ": template: paren.yaml:1: unexpected right paren", lines[1]);
    assertTrue(lines[2].endsWith("| x: {{ len .Values) }}"), lines[2]);
    assertTrue(lines[3].trim().matches("\\| *\\^"), lines[3]);
  }

  @Test
  void namesTheTemplateWithNameOption() throws Exception {
    Path bad = file("bad.yaml", "a: 1\nb: {{ .Values.x\n  more\n");
    Cli.Result r = run("parse", "--name", "inject", bad.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().startsWith(bad + ": template: inject:4: unclosed action started at inject:2"), r.out());
  }

  @Test
  void jsonListsActionsWithUtf8ByteOffsetsAndCodePointColumns() throws Exception {
    Path mb = file("mb.yaml", "é{{ if .X }}中{{- /* c */ -}}\n\t😀{{ else if .Y }}{{ end }}\n");
    Cli.Result r = run("parse", "--json", mb.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode expected = new ObjectMapper().readTree("{\"files\":[{\"file\":\"" + mb + "\",\"ok\":true,\"error\":\"\",\"actions\":["
        + "{\"start\":2,\"end\":13,\"line\":1,\"col\":2,\"kind\":\"if\",\"detail\":\"\",\"trim_left\":false,\"trim_right\":false},"
        + "{\"start\":16,\"end\":31,\"line\":1,\"col\":14,\"kind\":\"comment\",\"detail\":\"\",\"trim_left\":true,\"trim_right\":true},"
        + "{\"start\":37,\"end\":53,\"line\":2,\"col\":3,\"kind\":\"else\",\"detail\":\"else if\",\"trim_left\":false,\"trim_right\":false},"
        + "{\"start\":53,\"end\":62,\"line\":2,\"col\":19,\"kind\":\"end\",\"detail\":\"\",\"trim_left\":false,\"trim_right\":false}]}]}");
    assertEquals(expected, new ObjectMapper().readTree(r.out()));
  }

  @Test
  void jsonReportsGoErrorAndExitsOne() throws Exception {
    Path tab = file("tab.yaml", "x:\n\t{{ \"abc }}\n");
    Cli.Result r = run("parse", "--json", tab.toString());
    assertEquals(1, r.exitCode());
    JsonNode f = new ObjectMapper().readTree(r.out()).get("files").get(0);
    assertFalse(f.get("ok").asBoolean());
    assertEquals("template: tab.yaml:2: unterminated quoted string", f.get("error").asText());
    assertEquals(0, f.get("actions").size());
  }

  @Test
  void readsStandardInputForDashNamedStdin() {
    Cli.Result r = Cli.runWithStdin("a\r\n{{- if .X }}b{{ end -}}\r\n{{ end }}".getBytes(StandardCharsets.UTF_8), "parse", "-");
    assertEquals(1, r.exitCode());
    assertTrue(r.out().startsWith("-: template: stdin:3: unexpected {{end}}"), r.out());
  }

  @Test
  void refusesInvalidUtf8NamingTheByte() throws Exception {
    Path inv = dir.resolve("inv.yaml");
    Files.write(inv, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, '\n'});
    Cli.Result r = run("parse", inv.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.out().startsWith(inv + ": template: inv.yaml:2: invalid UTF-8 at byte 8"), r.out());
  }

  @Test
  void aMissingFileIsAnInputErrorExitOneAsInEveryCommand() {
    Path nope = dir.resolve("nope.yaml");
    Cli.Result r = run("parse", nope.toString()).assertUserError(1);
    assertEquals("tmplpatch: cannot read " + nope + ": no such file or directory; hint: check the path and its permissions\n", r.err());
  }

  @Test
  void noFileIsAUsageError() {
    Cli.Result r = run("parse");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("FILE"), r.err());
  }

  @Test
  void followsAnOlderGoReleaseWhenAsked() throws Exception {
    Path f = file("w.yaml", "{{ with .A }}a{{ else with .B }}b{{ end }}\n");
    assertEquals(0, run("parse", f.toString()).exitCode());
    Cli.Result old = run("parse", "--go", "1.22", f.toString());
    assertEquals(1, old.exitCode());
    assertTrue(old.out().contains("template: w.yaml:1: unexpected <with> in else"), old.out());
    assertEquals(2, run("parse", "--go", "1.21", f.toString()).exitCode());
  }
}
