package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GoStringsTest {

  @ParameterizedTest
  @ValueSource(strings = {"\"\\q\"", "\"\\'\"", "\"\\400\"", "\"\\ud800\"", "\"\\x4\""})
  void rejectsBadStringEscapesLikeStrconvUnquote(String quoted) {
    assertEquals("invalid syntax", GoStrings.unquoteError(quoted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"a\\n\\t\\\"\\\\\"", "\"\\x41\\101\\u00e4\\U0001F600\"", "`a\\q`", "\"ä\""})
  void acceptsGoStringEscapes(String quoted) {
    assertNull(GoStrings.unquoteError(quoted));
  }

  @Test
  void unquotesToGoBytesSoEscapedAndLiteralNamesMatch() {
    assertArrayEquals("aä".getBytes(StandardCharsets.UTF_8), GoStrings.unquoteBytes("\"a\\xc3\\xa4\""));
    assertArrayEquals("aä".getBytes(StandardCharsets.UTF_8), GoStrings.unquoteBytes("`aä`"));
    assertArrayEquals(new byte[] {(byte) 0xff}, GoStrings.unquoteBytes("\"\\377\""));
    assertArrayEquals("a\nb".getBytes(StandardCharsets.UTF_8), GoStrings.unquoteBytes("`a\r\nb`"));
    assertNull(GoStrings.unquoteBytes("\"\\q\""));
  }

  @Test
  void readsOneCharacterLikeUnquoteChar() {
    int[] tail = new int[1];
    assertEquals(0x1F600, GoStrings.unquoteChar("'\\U0001F600'", 1, 12, '\'', tail));
    assertEquals(11, tail[0]);
    assertEquals(-1, GoStrings.unquoteChar("'\"'", 1, 3, '"', tail));
  }
}
