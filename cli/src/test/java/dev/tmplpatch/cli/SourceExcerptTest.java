package dev.tmplpatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceExcerptTest {
  private static final String NL = System.lineSeparator();

  @Test
  void putsTheCaretUnderTheColumnCountedInCodePoints() {
    assertEquals("    2 | é😀{{ x" + NL + "      |   ^" + NL, SourceExcerpt.of("a\né😀{{ x\nz", 2, 3));
  }

  @Test
  void copiesTabsSoTheCaretStaysAligned() {
    assertEquals("    1 | \t{{ x" + NL + "      | \t^" + NL, SourceExcerpt.of("\t{{ x\r\n", 1, 2));
  }

  @Test
  void dropsTheCarriageReturnOfACrlfLine() {
    assertEquals("    1 | ab" + NL + "      |  ^" + NL, SourceExcerpt.of("ab\r\ncd", 1, 2));
  }

  @Test
  void givesNothingForALineOutsideTheText() {
    assertEquals("", SourceExcerpt.of("one line", 3, 1));
    assertEquals("", SourceExcerpt.of("one line", 0, 1));
  }

  @Test
  void showsAnEmptyLastLineWithCaretAtColumnOne() {
    assertEquals("    2 | " + NL + "      | ^" + NL, SourceExcerpt.of("a\n", 2, 1));
  }

  @Test
  void showsAWindowOfALongLineAndNoControlCharacters() {
    String line = "x".repeat(1000) + "\u0000\u001b[31m" + "y".repeat(1000);
    String shown = SourceExcerpt.of(line, 1, 1001);
    assertEquals("    1 | " + "x".repeat(80) + "??[31m" + "y".repeat(74) + NL + "      | " + " ".repeat(80) + "^" + NL, shown);
  }
}
