package main

// bench_test.go measures Go's own rendering of Istio's gateway injection template (seed 000) with
// the default data object, the input of tmplpatch's GatewayRenderBenchmark, so the Go baseline
// is taken on the same machine at the same time:
//
//	bash core/src/test/go/run-go-render-bench.sh
//
// As in the Java benchmark the template is parsed and the data object built once; one op is one
// Execute into a reused buffer.

import (
	"bytes"
	"os"
	"testing"
	"text/template"

	sprig "github.com/Masterminds/sprig"
)

func BenchmarkRenderGatewayTemplate(b *testing.B) {
	shared := os.Getenv("TMPLPATCH_SHARED")
	if shared == "" {
		shared = "../../../../../../shared"
	}
	text, err := os.ReadFile(shared + "/corpus/seed/gateway-injection-template.original.yaml")
	if err != nil {
		b.Fatal(err)
	}
	typeMeta, owner, meta, spec, err := loadWorkload("../../../main/resources/dev/tmplpatch/render/deployment.sample.yaml", "default")
	if err != nil {
		b.Fatal(err)
	}
	values, err := loadValues("testdata/values.chart-defaults.yaml")
	if err != nil {
		b.Fatal(err)
	}
	mesh, pc, err := loadMesh("testdata/mesh.chart-defaults.yaml")
	if err != nil {
		b.Fatal(err)
	}
	data := SidecarTemplateData{TypeMeta: typeMeta, DeploymentMeta: owner, ObjectMeta: meta, Spec: spec,
		ProxyConfig: pc, MeshConfig: mesh, Values: values, Revision: "default", ProxyImage: proxyImage(values),
		ProxyUID: 1337, ProxyGID: 1337}
	tmpl, err := template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(istioFuncs()).Parse(string(text))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := tmpl.Execute(&buf, &data); err != nil {
			b.Fatal(err)
		}
	}
}
