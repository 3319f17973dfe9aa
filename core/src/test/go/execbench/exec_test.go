// Package execbench measures Go 1.24's own text/template execution on the input of tmplpatch's
// RenderBenchmark (bench/src/main/resources/render: a builtins-only template shaped like Istio's
// sidecar template and an Istio-like data object), so the Go baseline is taken on the same
// machine at the same time:
//
//	bash core/src/test/go/run-go-exec-bench.sh
//
// As in the Java benchmark, the template is parsed and the JSON data unmarshalled (into any, as
// istiod's values are) once; one op is one Execute into a reused buffer.
package execbench

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"text/template"
)

func load(b *testing.B) (*template.Template, any) {
	text, err := os.ReadFile("../../../../../bench/src/main/resources/render/sidecar-like.tmpl")
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("../../../../../bench/src/main/resources/render/sidecar-like.json")
	if err != nil {
		b.Fatal(err)
	}
	var data any
	if err := json.Unmarshal(raw, &data); err != nil {
		b.Fatal(err)
	}
	t, err := template.New("bench").Parse(string(text))
	if err != nil {
		b.Fatal(err)
	}
	return t, data
}

func BenchmarkExecuteSidecarLike(b *testing.B) {
	t, data := load(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := t.Execute(&buf, data); err != nil {
			b.Fatal(err)
		}
	}
}
