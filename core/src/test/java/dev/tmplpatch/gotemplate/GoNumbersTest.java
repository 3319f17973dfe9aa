// Inputs from numberTests in Go's parse_test.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoNumbersTest {

  private static ItemType typeOf(String text) {
    if (text.startsWith("'")) {
      return ItemType.CHAR_CONSTANT;
    }
    // Go's test asks fmt.Sscan; the lexer calls exactly the sign-inside texts complex.
    int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
    boolean complex = sign > 0 && text.endsWith("i")
        && "eEpP".indexOf(text.charAt(sign - 1)) < 0;
    return complex ? ItemType.COMPLEX : ItemType.NUMBER;
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "73", "7_3", "0b10_010_01", "0B10_010_01", "073", "0o73",
      "0O73", "0x73", "0X73", "0x7_3", "-73", "+73", "100", "1e9", "-1e9", "-1.2", "1e19",
      "1e1_9", "1E19", "-1e19", "0x_1p4", "0X_1P4", "0x_1p-4", "4i", "-1.2+4.2i", "073i", "0i",
      "-1.2+0i", "-12+0i", "13+0i", "0123", "-0x0", "0xdeadbeef", "'a'", "'\\n'", "'\\\\'",
      "'\\''", "'\\xFF'", "'パ'", "'\\u30d1'", "'\\U000030d1'", "0xef"})
  void acceptsGoNumberTestsThatParse(String text) {
    assertNull(GoNumbers.numberError(text, typeOf(text)), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+-2", "0x123.", "1e.", "0xi.", "1+2.", "'x", "'xx'",
      "'433937734937734969526500969526500'"})
  void rejectsGoNumberTestsThatFail(String text) {
    assertNotNull(GoNumbers.numberError(text, typeOf(text)), text);
  }

  // Messages checked with Go 1.24.4 ({{ TEXT }} parsed in ParseComments|SkipFuncCheck mode).
  static Stream<Arguments> goNumberErrors() {
    return Stream.of(
        Arguments.of("99999999999999999999", ItemType.NUMBER,
            "integer overflow: \"99999999999999999999\""),
        Arguments.of("08", ItemType.NUMBER, "integer overflow: \"08\""),
        Arguments.of("1e400", ItemType.NUMBER, "illegal number syntax: \"1e400\""),
        Arguments.of("'ab'", ItemType.CHAR_CONSTANT, "malformed character constant: 'ab'"),
        Arguments.of("''", ItemType.CHAR_CONSTANT, "invalid syntax"),
        Arguments.of("1__0+2i", ItemType.COMPLEX,
            "strconv.ParseFloat: parsing \"1__0\": invalid syntax"),
        Arguments.of("1+i", ItemType.COMPLEX, "syntax error scanning complex number"),
        Arguments.of("1e999+1i", ItemType.COMPLEX,
            "strconv.ParseFloat: parsing \"1e999\": value out of range"));
  }

  @ParameterizedTest
  @MethodSource("goNumberErrors")
  void wordsNumberErrorsLikeGo(String text, ItemType type, String message) {
    assertEquals(message, GoNumbers.numberError(text, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1_0+2i", "0x1p4+2i"})
  void acceptsComplexNumbersGoAccepts(String text) {
    assertNull(GoNumbers.numberError(text, ItemType.COMPLEX));
  }
}
