// Command funcs calls template functions the way text/template does, in batch, so the Java
// functions (dev.tmplpatch.render.SprigFunctions, IstioFunctions) can be compared with them.
//
// Functions: sprig.TxtFuncMap() (Debian's sprig 3.2.3) overridden by Istio's (istio.go names them;
// they are the render reference's own, built in with it by build-funcs.sh), as istiod composes them.
//
// Input: JSON lines {"fn": NAME, "args": [{"t": GO_TYPE, "v": JSON}, ...]}, where GO_TYPE is one
// of the types in argTypes (the value is decoded with encoding/json into that type; "nil" is a
// nil interface). Output: one JSON line per input: {"type": "%T of the result", "json":
// json.Marshal of it (or "!" + the error), "print": fmt.Sprint of it} or {"err": "..."}, the
// error text template.Execute would show after "error calling NAME: " (a panic's value).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"text/template"

	sprig "github.com/Masterminds/sprig"
)

type arg struct {
	T string          `json:"t"`
	V json.RawMessage `json:"v"`
}

type call struct {
	Fn   string `json:"fn"`
	Args []arg  `json:"args"`
}

type result struct {
	Type  string `json:"type,omitempty"`
	JSON  string `json:"json,omitempty"`
	Print string `json:"print,omitempty"`
	Err   string `json:"err,omitempty"`
}

var argTypes = map[string]reflect.Type{
	"string":                 reflect.TypeOf(""),
	"int":                    reflect.TypeOf(0),
	"int64":                  reflect.TypeOf(int64(0)),
	"float64":                reflect.TypeOf(0.0),
	"bool":                   reflect.TypeOf(false),
	"map[string]interface {}": reflect.TypeOf(map[string]any{}),
	"[]interface {}":         reflect.TypeOf([]any{}),
	"map[string]string":      reflect.TypeOf(map[string]string{}),
	"[]string":               reflect.TypeOf([]string{}),
	"[]int":                  reflect.TypeOf([]int{}),
}

func main() {
	funcs := template.FuncMap{}
	for k, v := range sprig.TxtFuncMap() {
		funcs[k] = v
	}
	for k, v := range referenceFuncs() {
		funcs[k] = v
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var c call
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, "funcs: bad input line:", err)
			os.Exit(2)
		}
		enc.Encode(run(funcs, c))
	}
}

func run(funcs template.FuncMap, c call) (res result) {
	f, ok := funcs[c.Fn]
	if !ok {
		return result{Err: "function not defined: " + c.Fn}
	}
	fv := reflect.ValueOf(f)
	ft := fv.Type()
	args := make([]reflect.Value, len(c.Args))
	for i, a := range c.Args {
		var pt reflect.Type
		if ft.IsVariadic() && i >= ft.NumIn()-1 {
			pt = ft.In(ft.NumIn() - 1).Elem()
		} else {
			pt = ft.In(i)
		}
		if a.T == "nil" {
			args[i] = reflect.Zero(pt)
			continue
		}
		t, ok := argTypes[a.T]
		if !ok {
			return result{Err: "unknown argument type " + a.T}
		}
		p := reflect.New(t)
		if err := json.Unmarshal(a.V, p.Interface()); err != nil {
			return result{Err: "bad argument: " + err.Error()}
		}
		v := p.Elem()
		if pt.Kind() == reflect.Interface {
			w := reflect.New(pt).Elem()
			w.Set(v)
			v = w
		}
		args[i] = v
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				res = result{Err: e.Error()}
			} else {
				res = result{Err: fmt.Sprintf("%v", r)}
			}
		}
	}()
	outs := fv.Call(args)
	if len(outs) == 2 && !outs[1].IsNil() {
		return result{Err: outs[1].Interface().(error).Error()}
	}
	v := outs[0].Interface()
	r := result{Type: fmt.Sprintf("%T", v), Print: fmt.Sprint(v)}
	if b, err := json.Marshal(v); err != nil {
		r.JSON = "!" + err.Error()
	} else {
		r.JSON = string(b)
	}
	return r
}
