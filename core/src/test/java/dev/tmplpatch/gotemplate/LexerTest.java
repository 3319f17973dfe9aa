// Ported from Go's text/template/parse/lex_test.go (BSD-3-Clause, Copyright The Go Authors).
// The tables were printed by a Go 1.24.4 program from Go's own lexTests, lexDelimTests and
// lexPosTests, so the expected items are Go's, not ours.
package dev.tmplpatch.gotemplate;

import static dev.tmplpatch.gotemplate.ItemType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {

  record Tok(ItemType type, String val, int pos, int line) {
    @Override
    public String toString() {
      return type + " " + GoText.quote(val) + " @" + pos + ":" + line;
    }
  }

  record LexCase(String name, String input, String left, String right, List<Tok> items) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Tok tok(ItemType type, String val, int pos, int line) {
    return new Tok(type, val, pos, line);
  }

  static LexCase lex(String name, String input, String left, String right, Tok... items) {
    return new LexCase(name, input, left, right, List.of(items));
  }

  /** collect gathers the emitted items, like Go's collect with all lexer options on. */
  static List<Item> collect(String input, String left, String right) {
    Lexer l = new Lexer(input, left, right, new ActionRecorder());
    List<Item> items = new ArrayList<>();
    while (true) {
      Item i = l.nextItem();
      items.add(i);
      if (i.type == EOF || i.type == ERROR) {
        return items;
      }
    }
  }

  static void assertItems(LexCase c, boolean checkPos) {
    List<Item> got = collect(c.input(), c.left(), c.right());
    List<Tok> actual = new ArrayList<>();
    for (Item i : got) {
      actual.add(checkPos ? tok(i.type, i.val(), i.pos, i.line) : tok(i.type, i.val(), 0, 0));
    }
    assertEquals(c.items(), actual, c.name());
  }

  static Stream<LexCase> goLexTests() {
    return Stream.of(
      lex("empty", "", "", "",
          tok(EOF, "", 0, 0)),
      lex("spaces", " \t\n", "", "",
          tok(TEXT, " \t\n", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("text", "now is the time", "", "",
          tok(TEXT, "now is the time", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("text with comment", "hello-{{/* this is a comment */}}-world", "", "",
          tok(TEXT, "hello-", 0, 0),
          tok(COMMENT, "/* this is a comment */", 0, 0),
          tok(TEXT, "-world", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("punctuation", "{{,@% }}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(CHAR, ",", 0, 0),
          tok(CHAR, "@", 0, 0),
          tok(CHAR, "%", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("parens", "{{((3))}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(LEFT_PAREN, "(", 0, 0),
          tok(LEFT_PAREN, "(", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(RIGHT_PAREN, ")", 0, 0),
          tok(RIGHT_PAREN, ")", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("empty action", "{{}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("for", "{{for}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(IDENTIFIER, "for", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("block", "{{block \"foo\" .}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(BLOCK, "block", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(STRING, "\"foo\"", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(DOT, ".", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("quote", "{{\"abc \\n\\t\\\" \"}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(STRING, "\"abc \\n\\t\\\" \"", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("raw quote", "{{`abc\\n\\t\\\" `}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(RAW_STRING, "`abc\\n\\t\\\" `", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("raw quote with newline", "{{`now is{{\n}}the time`}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(RAW_STRING, "`now is{{\n}}the time`", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("numbers", "{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(NUMBER, "1", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "02", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "0x14", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "0X14", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "-7.2i", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "1e3", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "1E3", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "+1.2e-4", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "4.2i", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(COMPLEX, "1+2i", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "1_2", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "0x1.e_fp4", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "0X1.E_FP4", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("characters", "{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '\u672c'}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(CHAR_CONSTANT, "'a'", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\\n'", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\\''", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\\\\'", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\\u00FF'", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\\xFF'", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR_CONSTANT, "'\u672c'", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("bools", "{{true false}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(BOOL, "true", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(BOOL, "false", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("dot", "{{.}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(DOT, ".", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("nil", "{{nil}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(NIL, "nil", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("dots", "{{.x . .2 .x.y.z}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(FIELD, ".x", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(DOT, ".", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, ".2", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(FIELD, ".x", 0, 0),
          tok(FIELD, ".y", 0, 0),
          tok(FIELD, ".z", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("keywords", "{{range if else end with}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(RANGE, "range", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(IF, "if", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(ELSE, "else", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(END, "end", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(WITH, "with", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("variables", "{{$c := printf $ $hello $23 $ $var.Field .Method}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(VARIABLE, "$c", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(DECLARE, ":=", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(IDENTIFIER, "printf", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$hello", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$23", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$var", 0, 0),
          tok(FIELD, ".Field", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(FIELD, ".Method", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("variable invocation", "{{$x 23}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(VARIABLE, "$x", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "23", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("pipeline", "intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "", "",
          tok(TEXT, "intro ", 0, 0),
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(IDENTIFIER, "echo", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(IDENTIFIER, "hi", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "1.2", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(IDENTIFIER, "noargs", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(IDENTIFIER, "args", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "1", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(STRING, "\"hi\"", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(TEXT, " outro", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("declaration", "{{$v := 3}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(VARIABLE, "$v", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(DECLARE, ":=", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("2 declarations", "{{$v , $w := 3}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(VARIABLE, "$v", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(CHAR, ",", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(VARIABLE, "$w", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(DECLARE, ":=", 0, 0),
          tok(SPACE, " ", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("field of parenthesized expression", "{{(.X).Y}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(LEFT_PAREN, "(", 0, 0),
          tok(FIELD, ".X", 0, 0),
          tok(RIGHT_PAREN, ")", 0, 0),
          tok(FIELD, ".Y", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("trimming spaces before and after", "hello- {{- 3 -}} -world", "", "",
          tok(TEXT, "hello-", 0, 0),
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(TEXT, "-world", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("trimming spaces before and after comment", "hello- {{- /* hello */ -}} -world", "", "",
          tok(TEXT, "hello-", 0, 0),
          tok(COMMENT, "/* hello */", 0, 0),
          tok(TEXT, "-world", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("badchar", "#{{\u0001}}", "", "",
          tok(TEXT, "#", 0, 0),
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "unrecognized character in action: U+0001", 0, 0)),
      lex("unclosed action", "{{", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "unclosed action", 0, 0)),
      lex("EOF in action", "{{range", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(RANGE, "range", 0, 0),
          tok(ERROR, "unclosed action", 0, 0)),
      lex("unclosed quote", "{{\"\n\"}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "unterminated quoted string", 0, 0)),
      lex("unclosed raw quote", "{{`xx}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "unterminated raw quoted string", 0, 0)),
      lex("unclosed char constant", "{{'\n}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "unterminated character constant", 0, 0)),
      lex("bad number", "{{3k}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(ERROR, "bad number syntax: \"3k\"", 0, 0)),
      lex("unclosed paren", "{{(3}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(LEFT_PAREN, "(", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(ERROR, "unclosed left paren", 0, 0)),
      lex("extra right paren", "{{3)}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(NUMBER, "3", 0, 0),
          tok(ERROR, "unexpected right paren", 0, 0)),
      lex("long pipeline deadlock", "{{|||||}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(PIPE, "|", 0, 0),
          tok(RIGHT_DELIM, "}}", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("text with bad comment", "hello-{{/*/}}-world", "", "",
          tok(TEXT, "hello-", 0, 0),
          tok(ERROR, "unclosed comment", 0, 0)),
      lex("text with comment close separated from delim", "hello-{{/* */ }}-world", "", "",
          tok(TEXT, "hello-", 0, 0),
          tok(ERROR, "comment ends before closing delimiter", 0, 0)),
      lex("unmatched right delimiter", "hello-{.}}-world", "", "",
          tok(TEXT, "hello-{.}}-world", 0, 0),
          tok(EOF, "", 0, 0)));
  }

  static Stream<LexCase> goLexDelimTests() {
    return Stream.of(
      lex("punctuation", "$$,@%{{}}@@", "$$", "@@",
          tok(LEFT_DELIM, "$$", 0, 0),
          tok(CHAR, ",", 0, 0),
          tok(CHAR, "@", 0, 0),
          tok(CHAR, "%", 0, 0),
          tok(CHAR, "{", 0, 0),
          tok(CHAR, "{", 0, 0),
          tok(CHAR, "}", 0, 0),
          tok(CHAR, "}", 0, 0),
          tok(RIGHT_DELIM, "@@", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("empty action", "$$@@", "$$", "@@",
          tok(LEFT_DELIM, "$$", 0, 0),
          tok(RIGHT_DELIM, "@@", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("for", "$$for@@", "$$", "@@",
          tok(LEFT_DELIM, "$$", 0, 0),
          tok(IDENTIFIER, "for", 0, 0),
          tok(RIGHT_DELIM, "@@", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("quote", "$$\"abc \\n\\t\\\" \"@@", "$$", "@@",
          tok(LEFT_DELIM, "$$", 0, 0),
          tok(STRING, "\"abc \\n\\t\\\" \"", 0, 0),
          tok(RIGHT_DELIM, "@@", 0, 0),
          tok(EOF, "", 0, 0)),
      lex("raw quote", "$$`abc\\n\\t\\\" `@@", "$$", "@@",
          tok(LEFT_DELIM, "$$", 0, 0),
          tok(RAW_STRING, "`abc\\n\\t\\\" `", 0, 0),
          tok(RIGHT_DELIM, "@@", 0, 0),
          tok(EOF, "", 0, 0)));
  }

  static Stream<LexCase> goLexPosTests() {
    return Stream.of(
      lex("empty", "", "", "",
          tok(EOF, "", 0, 1)),
      lex("punctuation", "{{,@%#}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 1),
          tok(CHAR, ",", 2, 1),
          tok(CHAR, "@", 3, 1),
          tok(CHAR, "%", 4, 1),
          tok(CHAR, "#", 5, 1),
          tok(RIGHT_DELIM, "}}", 6, 1),
          tok(EOF, "", 8, 1)),
      lex("sample", "0123{{hello}}xyz", "", "",
          tok(TEXT, "0123", 0, 1),
          tok(LEFT_DELIM, "{{", 4, 1),
          tok(IDENTIFIER, "hello", 6, 1),
          tok(RIGHT_DELIM, "}}", 11, 1),
          tok(TEXT, "xyz", 13, 1),
          tok(EOF, "", 16, 1)),
      lex("trimafter", "{{x -}}\n{{y}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 1),
          tok(IDENTIFIER, "x", 2, 1),
          tok(RIGHT_DELIM, "}}", 5, 1),
          tok(LEFT_DELIM, "{{", 8, 2),
          tok(IDENTIFIER, "y", 10, 2),
          tok(RIGHT_DELIM, "}}", 11, 2),
          tok(EOF, "", 13, 2)),
      lex("trimbefore", "{{x}}\n{{- y}}", "", "",
          tok(LEFT_DELIM, "{{", 0, 1),
          tok(IDENTIFIER, "x", 2, 1),
          tok(RIGHT_DELIM, "}}", 3, 1),
          tok(LEFT_DELIM, "{{", 6, 2),
          tok(IDENTIFIER, "y", 10, 2),
          tok(RIGHT_DELIM, "}}", 11, 2),
          tok(EOF, "", 13, 2)),
      lex("longcomment", "{{/*\n*/}}\n{{undefinedFunction \"test\"}}", "", "",
          tok(COMMENT, "/*\n*/", 2, 1),
          tok(TEXT, "\n", 9, 2),
          tok(LEFT_DELIM, "{{", 10, 3),
          tok(IDENTIFIER, "undefinedFunction", 12, 3),
          tok(SPACE, " ", 29, 3),
          tok(STRING, "\"test\"", 30, 3),
          tok(RIGHT_DELIM, "}}", 36, 3),
          tok(EOF, "", 38, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goLexTests")
  void lexesLikeGo(LexCase c) {
    assertItems(c, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goLexDelimTests")
  void lexesCustomDelimitersLikeGo(LexCase c) {
    assertItems(c, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goLexPosTests")
  void reportsPositionsAndLinesLikeGo(LexCase c) {
    assertItems(c, true);
  }

  @Test
  void acceptsRightDelimiterStartingWithALetter() {
    assertItems(lex("right delimiter with alphanumeric start", "{{hub .host hub}}", "{{hub", "hub}}",
        tok(LEFT_DELIM, "{{hub", 0, 0), tok(SPACE, " ", 0, 0), tok(FIELD, ".host", 0, 0),
        tok(SPACE, " ", 0, 0), tok(RIGHT_DELIM, "hub}}", 0, 0), tok(EOF, "", 0, 0)), false);
  }

  @Test
  void acceptsDelimitersThatLookLikeTrimMarkers() {
    assertItems(lex("delims that look like markers", "{{- .x -}} {{- - .x - -}}", "{{- ", " -}}",
        tok(LEFT_DELIM, "{{- ", 0, 0), tok(FIELD, ".x", 0, 0), tok(RIGHT_DELIM, " -}}", 0, 0),
        tok(LEFT_DELIM, "{{- ", 0, 0), tok(FIELD, ".x", 0, 0), tok(RIGHT_DELIM, " -}}", 0, 0),
        tok(EOF, "", 0, 0)), false);
  }

  @Test
  void formatsBadCharactersLikeGoPercentHashU() {
    assertEquals("bad character U+002D '-'", lastItem("{{.foo-bar}}"));
    assertEquals("bad character U+00A0", lastItem("{{ .X\u00a0}}"));
    assertEquals("unrecognized character in action: U+00A0", lastItem("{{ \u00a0}}"));
    assertEquals("unrecognized character in action: U+1F600 '\uD83D\uDE00'",
        lastItem("{{ \uD83D\uDE00 }}"));
    assertEquals("unrecognized character in action: U+007F", lastItem("{{ \u007f }}"));
  }

  private static String lastItem(String input) {
    List<Item> items = collect(input, "", "");
    return items.get(items.size() - 1).val();
  }

  @Test
  void countsLinesByLineFeedOnly() {
    List<Item> items = collect("a\r\r\n{{ x\r\n}}", "", "");
    assertEquals(2, items.get(1).line);
    assertEquals(3, items.get(items.size() - 2).line);
  }
}
