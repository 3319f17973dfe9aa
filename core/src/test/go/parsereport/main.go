// Command parsereport prints Go 1.24's own view of Go-template files as one JSON document, in the
// schema of `tmplpatch parse --json`, so the conformance test can compare the two byte for byte.
//
// ok/error come from parse.Tree in ParseComments|SkipFuncCheck mode (how tmplpatch loads text:
// function names are unknown to it). Action spans come from the toolchain's own lexer, copied at
// build time into the golex package by ../build-parsereport.sh.
//
// Usage: parsereport [-name NAME] FILE...
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/template/parse"
	"unicode/utf8"

	golex "tmplpatch/golex"
)

type action struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Line      int    `json:"line"`
	Col       int    `json:"col"`
	Kind      string `json:"kind"`
	Detail    string `json:"detail"`
	TrimLeft  bool   `json:"trim_left"`
	TrimRight bool   `json:"trim_right"`
}

type file struct {
	File    string   `json:"file"`
	OK      bool     `json:"ok"`
	Error   string   `json:"error"`
	Actions []action `json:"actions"`
}

type report struct {
	Files []file `json:"files"`
}

const (
	leftDelim  = "{{"
	rightDelim = "}}"
)

// keywordKinds maps the first item of an action to its kind; anything else is "action".
var keywordKinds = map[string]bool{
	"if": true, "else": true, "end": true, "range": true, "with": true, "define": true,
	"block": true, "template": true, "break": true, "continue": true,
}

func main() {
	name := flag.String("name", "", "template name (default: the file's base name)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: parsereport [-name NAME] FILE...")
		os.Exit(2)
	}
	var rep report
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsereport:", err)
			os.Exit(2)
		}
		n := *name
		if n == "" {
			n = filepath.Base(path)
		}
		rep.Files = append(rep.Files, describe(path, n, string(data)))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		fmt.Fprintln(os.Stderr, "parsereport:", err)
		os.Exit(2)
	}
	os.Stdout.Write(buf.Bytes())
}

// describe parses text as tmplpatch's loader is meant to and lists its actions when it parses.
func describe(path, name, text string) file {
	f := file{File: path, Actions: []action{}}
	t := parse.New(name)
	t.Mode = parse.ParseComments | parse.SkipFuncCheck
	if _, err := t.Parse(text, leftDelim, rightDelim, map[string]*parse.Tree{}); err != nil {
		f.Error = err.Error()
		return f
	}
	f.OK = true
	f.Actions = actions(text)
	return f
}

// actions derives every action and comment span from the lexer's items.
func actions(text string) []action {
	items := golex.Items(text, leftDelim, rightDelim)
	out := []action{}
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch it.Type {
		case "comment":
			// The left delimiter and the optional trim marker precede the comment item.
			start, trimLeft := it.Pos-len(leftDelim), false
			m := it.Pos - golex.TrimMarkerLen
			if m-len(leftDelim) >= 0 && text[m-len(leftDelim):m] == leftDelim && golex.HasLeftTrimMarker(text[m:]) {
				start, trimLeft = m-len(leftDelim), true
			}
			end, trimRight := it.Pos+len(it.Val), false
			if golex.HasRightTrimMarker(text[end:]) && strings.HasPrefix(text[end+golex.TrimMarkerLen:], rightDelim) {
				end, trimRight = end+golex.TrimMarkerLen, true
			}
			end += len(rightDelim)
			out = append(out, span(text, start, end, "comment", "", trimLeft, trimRight))
		case "leftdelim":
			start := it.Pos
			trimLeft := golex.HasLeftTrimMarker(text[start+len(leftDelim):])
			if items[i].Line != 1+strings.Count(text[:start], "\n") {
				panic(fmt.Sprintf("lexer line %d disagrees with newline count at byte %d", it.Line, start))
			}
			// The first non-space item names the kind; for else, the second one the chain.
			j := i + 1
			next := func() golex.Item {
				for items[j].Type == "space" {
					j++
				}
				return items[j]
			}
			kind, detail := "action", ""
			if first := next(); keywordKinds[first.Type] {
				kind = first.Type
				if kind == "else" {
					j++
					if second := next(); second.Type == "if" || second.Type == "with" {
						detail = "else " + second.Type
					}
				}
			}
			for items[j].Type != "rightdelim" {
				j++
			}
			rd := items[j]
			trimRight := rd.Pos >= golex.TrimMarkerLen && golex.HasRightTrimMarker(text[rd.Pos-golex.TrimMarkerLen:])
			out = append(out, span(text, start, rd.Pos+len(rd.Val), kind, detail, trimLeft, trimRight))
			i = j
		}
	}
	return out
}

// span fills line (1-based, counted by '\n' like Go) and col (1-based, in code points).
func span(text string, start, end int, kind, detail string, trimLeft, trimRight bool) action {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	return action{
		Start: start, End: end,
		Line: 1 + strings.Count(text[:start], "\n"),
		Col:  1 + utf8.RuneCountInString(text[lineStart:start]),
		Kind: kind, Detail: detail, TrimLeft: trimLeft, TrimRight: trimRight,
	}
}
