package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ParseReportTest checks the JSON against documents printed by Go 1.24 (core/src/test/go/parsereport). */
class ParseReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ParseReport report(String file, String name, byte[] bytes) {
    return ParseReport.of(List.of(new ParseReport.Input(file, name, bytes)));
  }

  @Test
  void listsActionsWithUtf8ByteSpansInGosSchema() throws Exception {
    String text = "a: {{- if .X -}} b {{/* c }} */}}\n{{ else if .Y }}é{{ \"}}\" -}}\n{{- else }}{{- /* x */ -}}{{end}}\n{{-\n/* y */}}";
    String go = "{\"files\":[{\"file\":\"t1.yaml\",\"ok\":true,\"error\":\"\",\"actions\":["
        + "{\"start\":3,\"end\":16,\"line\":1,\"col\":4,\"kind\":\"if\",\"detail\":\"\",\"trim_left\":true,\"trim_right\":true},"
        + "{\"start\":19,\"end\":33,\"line\":1,\"col\":20,\"kind\":\"comment\",\"detail\":\"\",\"trim_left\":false,\"trim_right\":false},"
        + "{\"start\":34,\"end\":50,\"line\":2,\"col\":1,\"kind\":\"else\",\"detail\":\"else if\",\"trim_left\":false,\"trim_right\":false},"
        + "{\"start\":52,\"end\":63,\"line\":2,\"col\":18,\"kind\":\"action\",\"detail\":\"\",\"trim_left\":false,\"trim_right\":true},"
        + "{\"start\":64,\"end\":75,\"line\":3,\"col\":1,\"kind\":\"else\",\"detail\":\"\",\"trim_left\":true,\"trim_right\":false},"
        + "{\"start\":75,\"end\":90,\"line\":3,\"col\":12,\"kind\":\"comment\",\"detail\":\"\",\"trim_left\":true,\"trim_right\":true},"
        + "{\"start\":90,\"end\":97,\"line\":3,\"col\":27,\"kind\":\"end\",\"detail\":\"\",\"trim_left\":false,\"trim_right\":false},"
        + "{\"start\":98,\"end\":111,\"line\":4,\"col\":1,\"kind\":\"comment\",\"detail\":\"\",\"trim_left\":true,\"trim_right\":false}]}]}";
    ParseReport r = report("t1.yaml", "t1.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(JSON.readTree(go), JSON.readTree(r.toJson()));
    assertEquals(JSON.readTree(go), JSON.readTree(r.toPrettyJson()));
  }

  @Test
  void reportsGosErrorTextAndNoActionsWhenAFileDoesNotLoad() throws Exception {
    String go = "{\"files\":[{\"file\":\"dir/bad.yaml\",\"ok\":false,"
        + "\"error\":\"template: bad.yaml:4: unclosed action started at bad.yaml:2\",\"actions\":[]}]}";
    ParseReport r = report("dir/bad.yaml", "bad.yaml", "a: 1\nb: {{ .Values.x\n  more\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(JSON.readTree(go), JSON.readTree(r.toJson()));
  }

  @Test
  void reportsInvalidUtf8AsAnErrorInsteadOfGuessing() throws Exception {
    byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, '\n'};
    ParseReport.FileReport f = report("inv.yaml", "inject", bytes).files().get(0);
    assertEquals(ParseReport.failed("inv.yaml", "template: inject:2: invalid UTF-8 at byte 8"), f);
  }

  @Test
  void keepsFilesInTheOrderGiven() {
    ParseReport r = ParseReport.of(List.of(
        new ParseReport.Input("b", "b", "x".getBytes(StandardCharsets.UTF_8)),
        new ParseReport.Input("a", "a", "{{".getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of("b", "a"), r.files().stream().map(ParseReport.FileReport::file).toList());
    assertEquals("template: a:1: unclosed action", r.files().get(1).error());
  }
}
