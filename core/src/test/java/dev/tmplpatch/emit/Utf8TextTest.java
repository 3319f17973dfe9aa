package dev.tmplpatch.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  @Test
  void decodesValidUtf8KeepingTheByteOrderMark() {
    byte[] bytes = "\ufeffa: é中😀\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("\ufeffa: é中😀\r\n", Utf8Text.decode("t", bytes));
  }

  @Test
  void refusesAStrayByteNamingItsOffsetLineAndColumn() {
    byte[] bytes = {'a', '\n', (byte) 0xc3, (byte) 0xa9, 'x', (byte) 0xff, 'y'};
    InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode("inject", bytes));
    assertEquals("template: inject:2: invalid UTF-8 at byte 5", e.getMessage());
    assertEquals(5, e.byteOffset());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
  }

  @Test
  void refusesATruncatedSequenceAtTheEnd() {
    byte[] bytes = {'a', (byte) 0xe4, (byte) 0xb8};
    assertEquals(1, assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode("t", bytes)).byteOffset());
  }

  @Test
  void refusesEncodedSurrogatesAndOverlongForms() {
    assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode("t", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
    assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode("t", new byte[] {(byte) 0xc0, (byte) 0xaf}));
  }

  @Test
  void mapsCharIndexesToUtf8ByteOffsetsForOneTwoThreeAndFourByteCharacters() {
    String text = "aé中😀b";
    Utf8Text offsets = Utf8Text.offsets(text);
    int[] expected = {0, 1, 3, 6, -1, 10, 11};
    for (int i = 0; i <= text.length(); i++) {
      if (i == 4) {
        continue; // the middle of the surrogate pair is no character boundary
      }
      assertEquals(expected[i], offsets.byteOffset(i), "char index " + i);
    }
    assertEquals(3, offsets.byteOffset(2), "walking back restarts from the beginning");
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, offsets.byteOffset(text.length()));
  }

  @Test
  void rejectsIndexesOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class, () -> Utf8Text.offsets("ab").byteOffset(3));
    assertThrows(IndexOutOfBoundsException.class, () -> Utf8Text.offsets("ab").byteOffset(-1));
  }
}
