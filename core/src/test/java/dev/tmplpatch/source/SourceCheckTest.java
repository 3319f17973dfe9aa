package dev.tmplpatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceCheckTest {
  static final String TEMPLATE = "spec:\n  containers:\n  - name: istio-proxy\n";

  private static Optional<String> encoding(byte[] b) {
    return SourceCheck.encoding(b).map(p -> p.format("f"));
  }

  private static Optional<String> layout(String text) {
    return SourceCheck.layout(text).map(p -> p.format("f"));
  }

  @Test
  void utf8TextHasNoEncodingProblem() {
    assertEquals(Optional.empty(), encoding(("é😀 " + TEMPLATE).getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), encoding(new byte[0]));
  }

  @Test
  void namesUtf16AndUtf32ByTheirByteOrderMarkOrTheirNuls() {
    assertEquals(Optional.of("f:1:1: the file is UTF-16 little-endian (it starts with a UTF-16 byte order mark);"
        + " hint: save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE"),
        encoding(("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(Optional.of("f:1:1: the file is UTF-32 (it starts with a UTF-32 byte order mark); hint: save it"
        + " as UTF-8, e.g. iconv -f UTF-32 -t UTF-8 FILE"),
        encoding(("\uFEFF" + TEMPLATE).getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
    assertEquals(Optional.of("f:1:1: the file looks like UTF-16 big-endian without a byte order mark (every other"
        + " byte is NUL); hint: save it as UTF-8, e.g. iconv -f UTF-16BE -t UTF-8 FILE"),
        encoding(TEMPLATE.getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void aNulByteIsBinaryDataAtItsLineAndColumn() {
    assertEquals(Optional.of("f:2:4: binary data: a NUL byte, which no template or YAML text holds; hint: give the"
        + " template (or the ConfigMap dump) as a UTF-8 text file"),
        encoding("a: 1\né: \u0000\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLoneCarriageReturnIsNamedButCrlfIsFine() {
    assertEquals(Optional.empty(), layout(TEMPLATE.replace("\n", "\r\n")));
    assertEquals(Optional.of("f:2:14: a lone carriage return (old Mac line ending): Go reads the text as one line,"
        + " YAML as several; hint: use LF (or CRLF) line endings, e.g. tr '\\r' '\\n' < FILE"),
        layout("spec:\n  containers:\r  - name: x\n"));
  }

  @Test
  void aLineStartingWithATabOutsideAnActionIsTabIndentation() {
    assertEquals(Optional.of("f:3:1: line 3 is indented with a tab; YAML allows only spaces for indentation;"
        + " hint: indent with spaces, e.g. expand -t 2 FILE"), layout("spec:\n  containers:\n\t- name: x\n"));
    assertEquals(Optional.empty(), layout("spec:\n\t{{- if .X }}\n  a: 1\n\t{{- end }}\n"), "an action's indentation");
    assertEquals(Optional.empty(), layout("a: {{ if\n\t.X }}1{{ end }}\n"), "inside a multi-line action");
    assertEquals(Optional.empty(), layout("a: |\n  x\tb\n\t\n"), "tabs after the indentation or on blank lines");
  }
}
