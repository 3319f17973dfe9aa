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
	"strconv"
	"strings"
	"text/template"
)

type request struct {
	T string `json:"t"`
	D string `json:"d"`
	S bool   `json:"s"` // wrap the data in a *Top (typed struct mode)
}

// Mode, Inner and Top are a typed data object like istiod's: named types with methods (a
// Stringer enum, pointer and value receivers), embedded and unexported fields, pointers, a
// func field. TestFuncs.top builds the same value in Java.
type Mode int32

func (m Mode) String() string {
	switch m {
	case 0:
		return "OFF"
	case 1:
		return "ON"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

type Inner struct {
	Name   string
	Tags   map[string]string
	Ptr    *Inner
	hidden int
}

func (i *Inner) Greet(s string) string { return "hi " + s + " from " + i.Name }

func (i Inner) Upper() string { return strings.ToUpper(i.Name) }

type Top struct {
	Inner
	Values map[string]any
	List   []Inner
	Mode   Mode
	Modes  []Mode
	Count  int
	Ratio  float64
	Nil    *Inner
	Any    any
	U      uint8
	Names  []string
}

func top(data any) *Top {
	values, _ := data.(map[string]any)
	return &Top{
		Inner:  Inner{Name: "top", Tags: map[string]string{"b": "2", "a": "1"}, Ptr: &Inner{Name: "child"}, hidden: 3},
		Values: values,
		List:   []Inner{{Name: "x"}, {Name: "y", Tags: map[string]string{}}},
		Mode:   1,
		Modes:  []Mode{0, 1, 7},
		Count:  3,
		Ratio:  0.5,
		Any:    data,
		U:      200,
		Names:  []string{"p", "q"},
	}
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
		if req.S {
			data = top(data)
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
