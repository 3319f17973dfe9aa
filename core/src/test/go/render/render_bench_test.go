package main

// The Go side of bench/RESULTS.md: istiod's work on the gateway injection template, measured on
// the same machine as tmplpatch's JMH figures. Run with
//
//	bash core/src/test/go/run-render-bench.sh
//
// BenchmarkGatewayParse parses the template as istiod does (sprig and Istio's functions);
// BenchmarkGatewayRender also executes it for the chart-defaults fixture and converts the pod
// with sigs.k8s.io/yaml, as istiod's injector does. BenchmarkRenderGatewayTemplate is the Go
// baseline of tmplpatch's GatewayRenderBenchmark: the seed's template (seed 000) with the default
// data object, parsed and built once; one op is one Execute into a reused buffer.

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"text/template"

	sprig "github.com/Masterminds/sprig"
	"sigs.k8s.io/yaml"
)

func testdataDir() string {
	if d := os.Getenv("TMPLPATCH_TESTDATA"); d != "" {
		return d
	}
	return "../../../../../testdata"
}

func gatewayInputs(b *testing.B) (string, SidecarTemplateData) {
	text, err := os.ReadFile(filepath.Join(testdataDir(), "istio", "1.26.2", "gateway-injection-template.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	typeMeta, owner, meta, spec, err := loadWorkload(filepath.Join(testdataDir(), "k8s", "derived", "deployment.1.26.2-simple.baseline.yaml"), "default")
	if err != nil {
		b.Fatal(err)
	}
	values, err := loadValues(filepath.Join("testdata", "values.chart-defaults.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	mesh, proxyConfig, err := loadMesh(filepath.Join("testdata", "mesh.chart-defaults.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	return string(text), SidecarTemplateData{
		TypeMeta: typeMeta, DeploymentMeta: owner, ObjectMeta: meta, Spec: spec,
		ProxyConfig: proxyConfig, MeshConfig: mesh, Values: values, Revision: "default",
		ProxyImage: proxyImage(values), ProxyUID: 1337, ProxyGID: 1337,
	}
}

func BenchmarkGatewayParse(b *testing.B) {
	text, _ := gatewayInputs(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(istioFuncs()).Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGatewayRender(b *testing.B) {
	text, data := gatewayInputs(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tmpl, err := template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(istioFuncs()).Parse(text)
		if err != nil {
			b.Fatal(err)
		}
		var out bytes.Buffer
		if err := tmpl.Execute(&out, &data); err != nil {
			b.Fatal(err)
		}
		if _, err := yaml.YAMLToJSONStrict(out.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderGatewayTemplate(b *testing.B) {
	text, err := os.ReadFile(filepath.Join(testdataDir(), "seed", "gateway-injection-template.original.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	typeMeta, owner, meta, spec, err := loadWorkload("../../../main/resources/dev/tmplpatch/render/deployment.sample.yaml", "default")
	if err != nil {
		b.Fatal(err)
	}
	_, data := gatewayInputs(b)
	data.TypeMeta, data.DeploymentMeta, data.ObjectMeta, data.Spec = typeMeta, owner, meta, spec
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
