// Command execfuzz executes many small Go templates with JSON data, one case per input line, so
// the Java executor (dev.tmplpatch.render) can be compared with Go 1.24's text/template byte for
// byte without starting Go per case.
//
// Input (stdin), one JSON object per line: {"t": TEMPLATE, "d": DATA-AS-JSON-TEXT}.
// Output (stdout), one JSON object per line: {"k": "ok"|"parse"|"exec", "o": OUTPUT, "e": ERROR}.
// The data is unmarshalled into `any` by encoding/json, as istiod's values are. The template is
// named "t" and gets the test functions below (testFuncs mirrors them in Java).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"text/template"
)

type request struct {
	T string `json:"t"`
	D string `json:"d"`
}

type response struct {
	K string `json:"k"`
	O string `json:"o"`
	E string `json:"e"`
}

func funcs() template.FuncMap {
	return template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"joinw": func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"failif": func(b bool) (string, error) {
			if b {
				return "", errors.New("boom")
			}
			return "fine", nil
		},
		"id":    func(x any) any { return x },
		"twice": func(f float64) float64 { return f * 2 },
		"u8":    func(u uint8) uint8 { return u + 1 },
		"strs":  func(xs ...string) []string { return xs },
	}
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			panic(err)
		}
		var data any
		if err := json.Unmarshal([]byte(req.D), &data); err != nil {
			panic(err)
		}
		var resp response
		t, err := template.New("t").Funcs(funcs()).Parse(req.T)
		if err != nil {
			resp = response{K: "parse", E: err.Error()}
		} else {
			var sb strings.Builder
			if err := t.Execute(&sb, data); err != nil {
				resp = response{K: "exec", O: sb.String(), E: err.Error()}
			} else {
				resp = response{K: "ok", O: sb.String()}
			}
		}
		if err := enc.Encode(resp); err != nil {
			panic(err)
		}
	}
	if err := in.Err(); err != nil {
		panic(err)
	}
	out.Flush()
}
