// Expected results were printed by a Go 1.24.4 program that parses each input with
// text/template/parse in ParseComments|SkipFuncCheck mode (Go's error text, or OK plus the sorted
// identifiers used as functions). Inputs: errorTests from Go's parse_test.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoErrorTestsTest {

  static Stream<ConformanceRow> goErrorTests() {
    return Stream.of(
      row("unclosed1", "line1\n{{", "template: unclosed1:2: unclosed action", ""),
      row("unclosed2", "line1\n{{define `x`}}line2\n{{", "template: unclosed2:3: unclosed action", ""),
      row("unclosed3", "line1\n{{\"x\"\n\"y\"\n", "template: unclosed3:4: unclosed action started at unclosed3:2", ""),
      row("unclosed4", "{{\n\n\n\n\n", "template: unclosed4:6: unclosed action started at unclosed4:1", ""),
      row("var1", "line1\n{{\nx\n}}", "OK", "x"),
      row("function", "{{foo}}", "OK", "foo"),
      row("comment1", "{{/*}}", "template: comment1:1: unclosed comment", ""),
      row("comment2", "{{/*\nhello\n}}", "template: comment2:1: unclosed comment", ""),
      row("lparen", "{{.X (1 2 3}}", "template: lparen:1: unclosed left paren", ""),
      row("rparen", "{{.X 1 2 3 ) }}", "template: rparen:1: unexpected right paren", ""),
      row("rparen2", "{{(.X 1 2 3", "template: rparen2:1: unclosed action", ""),
      row("space", "{{`x`3}}", "template: space:1: unexpected \"3\" in operand", ""),
      row("idchar", "{{a#}}", "template: idchar:1: bad character U+0023 '#'", ""),
      row("charconst", "{{'a}}", "template: charconst:1: unterminated character constant", ""),
      row("stringconst", "{{\"a}}", "template: stringconst:1: unterminated quoted string", ""),
      row("rawstringconst", "{{`a}}", "template: rawstringconst:1: unterminated raw quoted string", ""),
      row("number", "{{0xi}}", "template: number:1: illegal number syntax: \"0xi\"", ""),
      row("multidefine", "{{define `a`}}a{{end}}{{define `a`}}b{{end}}", "template: multidefine:1: template: multiple definition of template \"a\"", ""),
      row("eof", "{{range .X}}", "template: eof:1: unexpected EOF", ""),
      row("variable", "{{$x := 23}}{{with $x.y := 3}}{{$x 23}}{{end}}", "template: variable:1: unexpected \":=\" in operand", ""),
      row("multidecl", "{{$a,$b,$c := 23}}", "template: multidecl:1: too many declarations in command", ""),
      row("undefvar", "{{$a}}", "template: undefvar:1: undefined variable \"$a\"", ""),
      row("wrongdot", "{{true.any}}", "template: wrongdot:1: unexpected . after term \"true\"", ""),
      row("wrongpipeline", "{{12|false}}", "template: wrongpipeline:1: non executable command in pipeline stage 2", ""),
      row("emptypipeline", "{{ ( ) }}", "template: emptypipeline:1: missing value for parenthesized pipeline", ""),
      row("multilinerawstring", "{{ $v := `\n` }} {{", "template: multilinerawstring:2: unclosed action", ""),
      row("rangeundefvar", "{{range $k}}{{end}}", "template: rangeundefvar:1: undefined variable \"$k\"", ""),
      row("rangeundefvars", "{{range $k, $v}}{{end}}", "template: rangeundefvars:1: undefined variable \"$v\"", ""),
      row("rangemissingvalue1", "{{range $k,}}{{end}}", "template: rangemissingvalue1:1: missing value for range", ""),
      row("rangemissingvalue2", "{{range $k, $v := }}{{end}}", "template: rangemissingvalue2:1: missing value for range", ""),
      row("rangenotvariable1", "{{range $k, .}}{{end}}", "template: rangenotvariable1:1: range can only initialize variables", ""),
      row("rangenotvariable2", "{{range $k, 123 := .}}{{end}}", "template: rangenotvariable2:1: range can only initialize variables", ""));
  }

  private static ConformanceRow row(String name, String input, String expected, String functions) {
    return new ConformanceRow(name, "", "", input, expected, functions);
  }

  private static ConformanceRow row(String name, String left, String right, String input,
      String expected, String functions) {
    return new ConformanceRow(name, left, right, input, expected, functions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goErrorTests")
  void parsesLikeGo(ConformanceRow row) {
    row.assertParsesLikeGo();
  }
}
