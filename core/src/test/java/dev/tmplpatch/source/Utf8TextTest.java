package dev.tmplpatch.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
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
