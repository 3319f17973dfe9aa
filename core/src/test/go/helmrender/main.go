// Command helmrender executes Helm chart templates with sprig's functions and JSON data, one case
// per input line, so the Java executor with SprigFunctions (dev.tmplpatch.render) can be compared
// with Go 1.24's text/template byte for byte without starting Go per case
// (HelmCorpusRenderConformanceTest).
//
// Input (stdin), one JSON object per line: {"n": NAME, "t": TEMPLATE, "d": DATA-AS-JSON-TEXT,
// "x": DEFINED-NAME}; with "x" the template of that name (defined in TEMPLATE) is executed, as
// ExecuteTemplate does, else TEMPLATE itself.
// Output (stdout), one JSON object per line: {"k": "ok"|"parse"|"exec", "o": OUTPUT, "e": ERROR}.
// The template is built as template.New(NAME).Funcs(sprig.TxtFuncMap()).Parse(TEMPLATE) (Debian's
// sprig 3.2.3, missingkey default) and executed with the data unmarshalled into `any` by
// encoding/json, so maps are map[string]interface{} and numbers float64.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"

	sprig "github.com/Masterminds/sprig"
)

type request struct {
	N string `json:"n"`
	T string `json:"t"`
	D string `json:"d"`
	X string `json:"x"`
}

type response struct {
	K string `json:"k"`
	O string `json:"o"`
	E string `json:"e"`
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
		if err := enc.Encode(run(req, data)); err != nil {
			panic(err)
		}
	}
	if err := in.Err(); err != nil {
		panic(err)
	}
	out.Flush()
}

func run(req request, data any) (resp response) {
	t, err := template.New(req.N).Funcs(sprig.TxtFuncMap()).Parse(req.T)
	if err != nil {
		return response{K: "parse", E: err.Error()}
	}
	var sb strings.Builder
	defer func() {
		// text/template recovers a function's panic into an error; anything else escaping is a
		// reference-side crash, reported rather than ending the batch.
		if r := recover(); r != nil {
			resp = response{K: "crash", O: sb.String(), E: fmt.Sprint(r)}
		}
	}()
	if req.X != "" {
		err = t.ExecuteTemplate(&sb, req.X, data)
	} else {
		err = t.Execute(&sb, data)
	}
	if err != nil {
		return response{K: "exec", O: sb.String(), E: err.Error()}
	}
	return response{K: "ok", O: sb.String()}
}
