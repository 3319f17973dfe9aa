// Expected results were printed by a Go 1.24.4 program that parses each input with
// text/template/parse in ParseComments|SkipFuncCheck mode (Go's error text, or OK plus the sorted
// identifiers used as functions). Inputs: parseTests from Go's parse_test.go (BSD-3-Clause, Copyright The Go Authors).
package dev.tmplpatch.gotemplate;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoParseTestsTest {

  static Stream<ConformanceRow> goParseTests() {
    return Stream.of(
      row("empty", "", "OK", ""),
      row("comment", "{{/*\n\n\n*/}}", "OK", ""),
      row("spaces", " \t\n", "OK", ""),
      row("text", "some text", "OK", ""),
      row("emptyAction", "{{}}", "template: emptyAction:1: missing value for command", ""),
      row("field", "{{.X}}", "OK", ""),
      row("simple command", "{{printf}}", "OK", "printf"),
      row("$ invocation", "{{$}}", "OK", ""),
      row("variable invocation", "{{with $x := 3}}{{$x 23}}{{end}}", "OK", ""),
      row("variable with fields", "{{$.I}}", "OK", ""),
      row("multi-word command", "{{printf `%d` 23}}", "OK", "printf"),
      row("pipeline", "{{.X|.Y}}", "OK", ""),
      row("pipeline with decl", "{{$x := .X|.Y}}", "OK", ""),
      row("nested pipeline", "{{.X (.Y .Z) (.A | .B .C) (.E)}}", "OK", ""),
      row("field applied to parentheses", "{{(.Y .Z).Field}}", "OK", ""),
      row("simple if", "{{if .X}}hello{{end}}", "OK", ""),
      row("if with else", "{{if .X}}true{{else}}false{{end}}", "OK", ""),
      row("if with else if", "{{if .X}}true{{else if .Y}}false{{end}}", "OK", ""),
      row("if else chain", "+{{if .X}}X{{else if .Y}}Y{{else if .Z}}Z{{end}}+", "OK", ""),
      row("simple range", "{{range .X}}hello{{end}}", "OK", ""),
      row("chained field range", "{{range .X.Y.Z}}hello{{end}}", "OK", ""),
      row("nested range", "{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}", "OK", ""),
      row("range with else", "{{range .X}}true{{else}}false{{end}}", "OK", ""),
      row("range over pipeline", "{{range .X|.M}}true{{else}}false{{end}}", "OK", ""),
      row("range []int", "{{range .SI}}{{.}}{{end}}", "OK", ""),
      row("range 1 var", "{{range $x := .SI}}{{.}}{{end}}", "OK", ""),
      row("range 2 vars", "{{range $x, $y := .SI}}{{.}}{{end}}", "OK", ""),
      row("range with break", "{{range .SI}}{{.}}{{break}}{{end}}", "OK", ""),
      row("range with continue", "{{range .SI}}{{.}}{{continue}}{{end}}", "OK", ""),
      row("constants", "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}", "OK", ""),
      row("template", "{{template `x`}}", "OK", ""),
      row("template with arg", "{{template `x` .Y}}", "OK", ""),
      row("with", "{{with .X}}hello{{end}}", "OK", ""),
      row("with with else", "{{with .X}}hello{{else}}goodbye{{end}}", "OK", ""),
      row("with with else with", "{{with .X}}hello{{else with .Y}}goodbye{{end}}", "OK", ""),
      row("with else chain", "{{with .X}}X{{else with .Y}}Y{{else with .Z}}Z{{end}}", "OK", ""),
      row("trim left", "x \r\n\t{{- 3}}", "OK", ""),
      row("trim right", "{{3 -}}\n\n\ty", "OK", ""),
      row("trim left and right", "x \r\n\t{{- 3 -}}\n\n\ty", "OK", ""),
      row("trim with extra spaces", "x\n{{-  3   -}}\ny", "OK", ""),
      row("comment trim left", "x \r\n\t{{- /* hi */}}", "OK", ""),
      row("comment trim right", "{{/* hi */ -}}\n\n\ty", "OK", ""),
      row("comment trim left and right", "x \r\n\t{{- /* */ -}}\n\n\ty", "OK", ""),
      row("block definition", "{{block \"foo\" .}}hello{{end}}", "OK", ""),
      row("newline in assignment", "{{ $x \n := \n 1 \n }}", "OK", ""),
      row("newline in empty action", "{{\n}}", "template: newline in empty action:2: missing value for command", ""),
      row("newline in pipeline", "{{\n\"x\"\n|\nprintf\n}}", "OK", "printf"),
      row("newline in comment", "{{/*\nhello\n*/}}", "OK", ""),
      row("newline in comment", "{{-\n/*\nhello\n*/\n-}}", "OK", ""),
      row("spaces around continue", "{{range .SI}}{{.}}{{ continue }}{{end}}", "OK", ""),
      row("spaces around break", "{{range .SI}}{{.}}{{ break }}{{end}}", "OK", ""),
      row("unclosed action", "hello{{range", "template: unclosed action:1: unclosed action", ""),
      row("unmatched end", "{{end}}", "template: unmatched end:1: unexpected {{end}}", ""),
      row("unmatched else", "{{else}}", "template: unmatched else:1: unexpected {{else}}", ""),
      row("unmatched else after if", "{{if .X}}hello{{end}}{{else}}", "template: unmatched else after if:1: unexpected {{else}}", ""),
      row("multiple else", "{{if .X}}1{{else}}2{{else}}3{{end}}", "template: multiple else:1: expected end; found {{else}}", ""),
      row("missing end", "hello{{range .x}}", "template: missing end:1: unexpected EOF", ""),
      row("missing end after else", "hello{{range .x}}{{else}}", "template: missing end after else:1: unexpected EOF", ""),
      row("undefined function", "hello{{undefined}}", "OK", "undefined"),
      row("undefined variable", "{{$x}}", "template: undefined variable:1: undefined variable \"$x\"", ""),
      row("variable undefined after end", "{{with $x := 4}}{{end}}{{$x}}", "template: variable undefined after end:1: undefined variable \"$x\"", ""),
      row("variable undefined in template", "{{template $v}}", "template: variable undefined in template:1: unexpected \"$v\" in template clause", ""),
      row("declare with field", "{{with $x.Y := 4}}{{end}}", "template: declare with field:1: undefined variable \"$x\"", ""),
      row("template with field ref", "{{template .X}}", "template: template with field ref:1: unexpected \".X\" in template clause", ""),
      row("template with var", "{{template $v}}", "template: template with var:1: unexpected \"$v\" in template clause", ""),
      row("invalid punctuation", "{{printf 3, 4}}", "template: invalid punctuation:1: unexpected \",\" in operand", ""),
      row("multidecl outside range", "{{with $v, $u := 3}}{{end}}", "template: multidecl outside range:1: too many declarations in with", ""),
      row("too many decls in range", "{{range $u, $v, $w := 3}}{{end}}", "template: too many decls in range:1: too many declarations in range", ""),
      row("dot applied to parentheses", "{{printf (printf .).}}", "template: dot applied to parentheses:1: unexpected <.> in operand", ""),
      row("adjacent args", "{{printf 3`x`}}", "template: adjacent args:1: unexpected \"`x`\" in operand", ""),
      row("adjacent args with .", "{{printf `x`.}}", "template: adjacent args with .:1: unexpected <.> in operand", ""),
      row("extra end after if", "{{if .X}}a{{else if .Y}}b{{end}}{{end}}", "template: extra end after if:1: unexpected {{end}}", ""),
      row("break outside range", "{{range .}}{{end}} {{break}}", "template: break outside range:1: {{break}} outside {{range}}", ""),
      row("continue outside range", "{{range .}}{{end}} {{continue}}", "template: continue outside range:1: {{continue}} outside {{range}}", ""),
      row("break in range else", "{{range .}}{{else}}{{break}}{{end}}", "template: break in range else:1: {{break}} outside {{range}}", ""),
      row("continue in range else", "{{range .}}{{else}}{{continue}}{{end}}", "template: continue in range else:1: {{continue}} outside {{range}}", ""),
      row("bug0a", "{{$x := 0}}{{$x}}", "OK", ""),
      row("bug0b", "{{$x += 1}}{{$x}}", "template: bug0b:1: undefined variable \"$x\"", ""),
      row("bug0c", "{{$x ! 2}}{{$x}}", "template: bug0c:1: undefined variable \"$x\"", ""),
      row("bug0d", "{{$x % 3}}{{$x}}", "template: bug0d:1: undefined variable \"$x\"", ""),
      row("bug0e", "{{range $x := $y := 3}}{{end}}", "template: bug0e:1: undefined variable \"$y\"", ""),
      row("bug1a", "{{$x:=.}}{{$x!2}}", "template: bug1a:1: bad character U+0021 '!'", ""),
      row("bug1b", "{{$x:=.}}{{$x+2}}", "template: bug1b:1: bad character U+002B '+'", ""),
      row("bug1c", "{{$x:=.}}{{$x +2}}", "OK", ""),
      row("bug2a", "{{range $x := 0}}{{$x}}{{end}}", "OK", ""),
      row("bug2b", "{{range $x = 0}}{{$x}}{{end}}", "OK", ""),
      row("dot after integer", "{{1.E}}", "template: dot after integer:1: illegal number syntax: \"1.E\"", ""),
      row("dot after float", "{{0.1.E}}", "template: dot after float:1: unexpected . after term \"0.1\"", ""),
      row("dot after boolean", "{{true.E}}", "template: dot after boolean:1: unexpected . after term \"true\"", ""),
      row("dot after char", "{{'a'.any}}", "template: dot after char:1: unexpected . after term \"'a'\"", ""),
      row("dot after string", "{{\"hello\".guys}}", "template: dot after string:1: unexpected . after term \"\\\"hello\\\"\"", ""),
      row("dot after dot", "{{..E}}", "template: dot after dot:1: unexpected . after term \".\"", ""),
      row("dot after nil", "{{nil.E}}", "template: dot after nil:1: unexpected . after term \"nil\"", ""),
      row("wrong pipeline dot", "{{12|.}}", "template: wrong pipeline dot:1: non executable command in pipeline stage 2", ""),
      row("wrong pipeline number", "{{.|12|printf}}", "template: wrong pipeline number:1: non executable command in pipeline stage 2", ""),
      row("wrong pipeline string", "{{.|printf|\"error\"}}", "template: wrong pipeline string:1: non executable command in pipeline stage 3", ""),
      row("wrong pipeline char", "{{12|printf|'e'}}", "template: wrong pipeline char:1: non executable command in pipeline stage 3", ""),
      row("wrong pipeline boolean", "{{.|true}}", "template: wrong pipeline boolean:1: non executable command in pipeline stage 2", ""),
      row("wrong pipeline nil", "{{'c'|nil}}", "template: wrong pipeline nil:1: non executable command in pipeline stage 2", ""),
      row("empty pipeline", "{{printf \"%d\" ( ) }}", "template: empty pipeline:1: missing value for parenthesized pipeline", ""),
      row("block definition", "{{block \"foo\"}}hello{{end}}", "template: block definition:1: missing value for block clause", ""));
  }

  private static ConformanceRow row(String name, String input, String expected, String functions) {
    return new ConformanceRow(name, "", "", input, expected, functions);
  }

  private static ConformanceRow row(String name, String left, String right, String input,
      String expected, String functions) {
    return new ConformanceRow(name, left, right, input, expected, functions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goParseTests")
  void parsesLikeGo(ConformanceRow row) {
    row.assertParsesLikeGo();
  }
}
