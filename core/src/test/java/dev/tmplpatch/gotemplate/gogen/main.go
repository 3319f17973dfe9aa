// Prints the Java test rows for tmplpatch's Go conformance tables, using Go's own parser
// (text/template/parse in ParseComments|SkipFuncCheck mode). Built by regenerate.sh together
// with tables.go, which is cut from Go's test files.
package main

import (
	"bufio"
	"encoding/base64"
	"os"
	"sort"
	"fmt"
	"strings"
	"text/template/parse"
)

var javaItem = map[itemType]string{
	itemError: "ERROR", itemBool: "BOOL", itemChar: "CHAR", itemCharConstant: "CHAR_CONSTANT",
	itemComment: "COMMENT", itemComplex: "COMPLEX", itemAssign: "ASSIGN", itemDeclare: "DECLARE",
	itemEOF: "EOF", itemField: "FIELD", itemIdentifier: "IDENTIFIER", itemLeftDelim: "LEFT_DELIM",
	itemLeftParen: "LEFT_PAREN", itemNumber: "NUMBER", itemPipe: "PIPE", itemRawString: "RAW_STRING",
	itemRightDelim: "RIGHT_DELIM", itemRightParen: "RIGHT_PAREN", itemSpace: "SPACE", itemString: "STRING",
	itemText: "TEXT", itemVariable: "VARIABLE", itemBlock: "BLOCK", itemBreak: "BREAK",
	itemContinue: "CONTINUE", itemDot: "DOT", itemDefine: "DEFINE", itemElse: "ELSE", itemEnd: "END",
	itemIf: "IF", itemNil: "NIL", itemRange: "RANGE", itemTemplate: "TEMPLATE", itemWith: "WITH",
}

func jq(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r > 0xffff:
			r -= 0x10000
			b.WriteString(sprintf("\\u%04x\\u%04x", 0xd800+(r>>10), 0xdc00+(r&0x3ff)))
		default:
			b.WriteString(sprintf("\\u%04x", r))
		}
	}
	b.WriteByte('"')
	return b.String()
}

func sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }

// goParse runs Go's parser in ParseComments|SkipFuncCheck mode: "OK" or the error text,
// plus the sorted function identifiers of all trees.
func goParse(name, input, left, right string) (string, string) {
	tr := parse.New(name)
	tr.Mode = parse.ParseComments | parse.SkipFuncCheck
	set := map[string]*parse.Tree{}
	_, err := tr.Parse(input, left, right, set)
	if err != nil {
		return err.Error(), ""
	}
	fs := map[string]bool{}
	for _, t := range set {
		walk(t.Root, fs)
	}
	var names []string
	for k := range fs {
		names = append(names, k)
	}
	sort.Strings(names)
	return "OK", strings.Join(names, ",")
}

func walk(n parse.Node, fs map[string]bool) {
	switch n := n.(type) {
	case nil:
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(c, fs)
		}
	case *parse.ActionNode:
		walk(n.Pipe, fs)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			walk(c, fs)
		}
	case *parse.CommandNode:
		for _, c := range n.Args {
			walk(c, fs)
		}
	case *parse.IdentifierNode:
		fs[n.Ident] = true
	case *parse.ChainNode:
		walk(n.Node, fs)
	case *parse.IfNode:
		walk(n.Pipe, fs); walk(n.List, fs); walk(n.ElseList, fs)
	case *parse.RangeNode:
		walk(n.Pipe, fs); walk(n.List, fs); walk(n.ElseList, fs)
	case *parse.WithNode:
		walk(n.Pipe, fs); walk(n.List, fs); walk(n.ElseList, fs)
	case *parse.TemplateNode:
		walk(n.Pipe, fs)
	}
}

func lexRows(tests []lexTest, left, right string) {
	for _, t := range tests {
		var parts []string
		for _, it := range t.items {
			parts = append(parts, sprintf("tok(%s, %s, %d, %d)", javaItem[it.typ], jq(it.val), it.pos, it.line))
		}
		fmt.Printf("      lex(%s, %s, %s, %s,\n          %s),\n", jq(t.name), jq(t.input), jq(left), jq(right), strings.Join(parts, ",\n          "))
	}
}

func parseRows(tests []parseTest) {
	for _, t := range tests {
		res, fs := goParse(t.name, t.input, "", "")
		fmt.Printf("      row(%s, %s, %s, %s),\n", jq(t.name), jq(t.input), jq(res), jq(fs))
	}
}

func d(s string) string {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// extraRows reads "name left right input" lines (base64 fields) and prints rows with delimiters.
func extraRows(path string) {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<20), 64<<20)
	for sc.Scan() {
		p := strings.Split(sc.Text(), " ")
		name, left, right, input := d(p[0]), d(p[1]), d(p[2]), d(p[3])
		res, fs := goParse(name, input, left, right)
		fmt.Printf("      row(%s, %s, %s, %s, %s, %s),\n", jq(name), jq(left), jq(right), jq(input), jq(res), jq(fs))
	}
}

func main() {
	switch os.Args[1] {
	case "lex":
		lexRows(lexTests, "", "")
	case "lexdelim":
		lexRows(lexDelimTests, "$$", "@@")
	case "lexpos":
		lexRows(lexPosTests, "", "")
	case "parse":
		parseRows(parseTests)
	case "errors":
		parseRows(errorTests)
	case "extra":
		extraRows(os.Args[2])
	}
}
