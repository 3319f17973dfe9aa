// Command render renders an Istio injection template the way istiod does and prints the
// rendered pod as JSON, so tests can compare the pods two templates produce.
//
// istiod (pkg/kube/inject/inject.go, parseDryTemplate and runTemplate) does
//
//	template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(InjectionFuncmap).Parse(text)
//	tmpl.Execute(&buf, &SidecarTemplateData{...})
//
// with no Option call, so missing map keys print "<no value>" (missingkey=default). We do the
// same with Debian's sprig and our own Istio functions (funcs.go), then read the output with
// sigs.k8s.io/yaml's strict conversion: istiod's own reading is lenient (the last duplicate key
// wins), but a duplicate key is always a template bug, so we report it.
//
// Usage:
//
//	render -template FILE -workload FILE -values FILE -mesh FILE [-namespace NS] ...
//	render -kind kube-gateway -template FILE -gateway FILE -values FILE -mesh FILE [-kube-version N] ...
//
// Output on success (exit 0): {"functions": [...], "rendered": "...", "pod": {...}}; the
// kube-gateway mode (gateway.go) adds "documents" (every rendered document as JSON) and its
// "pod" is the Deployment's spec.template.
// On failure a one-line message on standard error and exit 2 (usage or input), 3 (template
// parse error), 4 (execution error) or 5 (rendered YAML does not load, e.g. a duplicate key).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"text/template"

	sprig "github.com/Masterminds/sprig"
	"sigs.k8s.io/yaml"
)


// result is what render prints on success.
type result struct {
	Functions []string        `json:"functions"`
	Rendered  string          `json:"rendered"`
	Pod       json.RawMessage `json:"pod"`
}

func main() {
	templatePath := flag.String("template", "", "injection template file")
	workloadPath := flag.String("workload", "", "YAML file whose first Deployment or Pod is the pod being injected")
	var valuesPaths fileList
	flag.Var(&valuesPaths, "values", "injector values (YAML or JSON), as in the istio-sidecar-injector ConfigMap; "+
		"repeat to overlay files, later ones winning key by key as with helm -f")
	meshPath := flag.String("mesh", "", "mesh fixture: trustDomain and defaultConfig")
	namespace := flag.String("namespace", "default", "namespace of the workload when its file names none")
	revision := flag.String("revision", "default", "istiod revision (.Revision)")
	compliance := flag.String("compliance-policy", "", "istiod COMPLIANCE_POLICY (.CompliancePolicy)")
	proxyUID := flag.Int64("proxy-uid", 1337, "ProxyUID (1337 outside OpenShift)")
	proxyGID := flag.Int64("proxy-gid", 1337, "ProxyGID (1337 outside OpenShift)")
	kind := flag.String("kind", "sidecar", "sidecar (an injection template, -workload) or kube-gateway (a Gateway API template, -gateway)")
	gatewayPath := flag.String("gateway", "", "kube-gateway: the Gateway fixture (metadata, spec and the controller's derived inputs)")
	kubeVersion := flag.Int("kube-version", 128, "kube-gateway: the API server's Major+Minor (.KubeVersion; .KubeVersion122 is >= 122)")
	nativeSidecars := flag.Bool("native-sidecars", false, "sidecar: .NativeSidecars (istiod's native sidecar detection)")
	funcSet := flag.String("funcs", "gateway", "gateway (the functions gateway templates call) or istiod (also the rest of istiod's, istiod_funcs.go)")
	flag.Parse()
	if *funcSet == "istiod" {
		extraFuncs = istiodExtraFuncs()
		for name, f := range gatewayFuncs() {
			extraFuncs[name] = f
		}
	}
	if *kind == "kube-gateway" {
		if *templatePath == "" || *gatewayPath == "" || len(valuesPaths) == 0 || *meshPath == "" || flag.NArg() > 0 {
			fail(exitInput, "usage: render -kind kube-gateway -template FILE -gateway FILE -values FILE -mesh FILE [-kube-version N]")
		}
		text, err := os.ReadFile(*templatePath)
		if err != nil {
			fail(exitInput, "input error: %v", err)
		}
		values := map[string]any{}
		for _, path := range valuesPaths {
			overlay, err := loadValues(path)
			if err != nil {
				fail(exitInput, "input error: %v", err)
			}
			values = mergeValues(values, overlay)
		}
		mesh, proxyConfig, err := loadMesh(*meshPath)
		if err != nil {
			fail(exitInput, "input error: %v", err)
		}
		renderGateway(text, *gatewayPath, values, mesh, proxyConfig, *kubeVersion, *revision, *proxyUID, *proxyGID, *compliance)
	}
	if *kind != "sidecar" {
		fail(exitInput, "unknown -kind %q: sidecar or kube-gateway", *kind)
	}
	if *templatePath == "" || *workloadPath == "" || len(valuesPaths) == 0 || *meshPath == "" || flag.NArg() > 0 {
		fail(exitInput, "usage: render -template FILE -workload FILE -values FILE -mesh FILE")
	}

	text, err := os.ReadFile(*templatePath)
	if err != nil {
		fail(exitInput, "input error: %v", err)
	}
	typeMeta, owner, meta, spec, err := loadWorkload(*workloadPath, *namespace)
	if err != nil {
		fail(exitInput, "input error: %v", err)
	}
	values := map[string]any{}
	for _, path := range valuesPaths {
		overlay, err := loadValues(path)
		if err != nil {
			fail(exitInput, "input error: %v", err)
		}
		values = mergeValues(values, overlay)
	}
	mesh, proxyConfig, err := loadMesh(*meshPath)
	if err != nil {
		fail(exitInput, "input error: %v", err)
	}
	data := SidecarTemplateData{
		TypeMeta:         typeMeta,
		DeploymentMeta:   owner,
		ObjectMeta:       meta,
		Spec:             spec,
		ProxyConfig:      proxyConfig,
		MeshConfig:       mesh,
		Values:           values,
		Revision:         *revision,
		NativeSidecars:   *nativeSidecars,
		ProxyImage:       proxyImage(values),
		ProxyUID:         *proxyUID,
		ProxyGID:         *proxyGID,
		CompliancePolicy: *compliance,
	}

	tmpl, err := template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(istioFuncs()).Funcs(extraFuncs).Parse(string(text))
	if err != nil {
		fail(exitParse, "parse error: %v", err)
	}
	var out bytes.Buffer
	if err := tmpl.Execute(&out, &data); err != nil {
		fail(exitExec, "exec error: %v", err)
	}
	pod, err := yaml.YAMLToJSONStrict(out.Bytes())
	if err != nil {
		fail(exitYAML, "yaml error: %v\n%s", err, renderedContext(out.String(), err.Error()))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(result{Functions: calledFunctions(tmpl), Rendered: out.String(), Pod: pod}); err != nil {
		fail(exitInput, "output error: %v", err)
	}
}

// extraFuncs are added after the Istio functions with -funcs istiod (sidecar mode; the
// kube-gateway mode adds the Gateway API ones, gateway.go); with them the sidecar mode's map is
// istiod's: sprig's, then every Istio function, later names winning.
var extraFuncs = template.FuncMap{}

// fileList collects a repeated file flag.
type fileList []string

func (f *fileList) String() string     { return strings.Join(*f, ",") }
func (f *fileList) Set(v string) error { *f = append(*f, v); return nil }

// mergeValues overlays b onto a: maps merge key by key, anything else in b replaces a's value.
func mergeValues(a, b map[string]any) map[string]any {
	out := make(map[string]any, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		am, aok := out[k].(map[string]any)
		bm, bok := v.(map[string]any)
		if aok && bok {
			out[k] = mergeValues(am, bm)
		} else {
			out[k] = v
		}
	}
	return out
}


