package main

// gateway.go renders a Gateway API template (kube-gateway.yaml) the way istiod's deployment
// controller does (pilot/pkg/config/kube/gateway/deploymentcontroller.go, 1.18-1.29, and
// gatewaycommon/deploymentcontroller.go, 1.30+; shared/research/kube-gateway-rendering.md):
//
//	template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(InjectionFuncmap).Parse(text)
//	tmpl.Execute(&buf, derivedInput{TemplateInput{Gateway: gw, ...}, ProxyImage, ProxyConfig, MeshConfig, Values})
//	yml.SplitString(buf.String())
//
// The data object below is the union of the derivedInput/TemplateInput fields of 1.18.7 to
// master: KubeVersion122 (bool, read by <= 1.21 templates) and KubeVersion (int, 1.22+) are both
// set from one -kube-version flag, as istiod fills the one its release has from the API server's
// version. Fields a release lacks are a lint matter (field-unavailable), not a render one.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"text/template"

	sprig "github.com/Masterminds/sprig"
	"sigs.k8s.io/yaml"
)

// GatewayAddress mirrors gateway-api's GatewayAddress (spec.addresses[i]).
type GatewayAddress struct {
	Type  *string `json:"type,omitempty"`
	Value string  `json:"value"`
}

// GatewaySpec mirrors the gateway-api GatewaySpec fields the templates read.
type GatewaySpec struct {
	GatewayClassName string           `json:"gatewayClassName"`
	Addresses        []GatewayAddress `json:"addresses,omitempty"`
}

// Gateway mirrors gateway-api's Gateway: ObjectMeta is embedded, so .Name, .Namespace, .UID,
// .Labels and .Annotations resolve on the data object as they do in istiod, and .ObjectMeta
// is what the annotation function gets.
type Gateway struct {
	ObjectMeta
	Spec GatewaySpec `json:"spec"`
}

// ServicePort mirrors corev1.ServicePort; AppProtocol is a pointer as in corev1, so the template
// prints its value (text/template dereferences pointers when printing).
type ServicePort struct {
	Name        string  `json:"name,omitempty"`
	Protocol    string  `json:"protocol,omitempty"`
	AppProtocol *string `json:"appProtocol,omitempty"`
	Port        int32   `json:"port"`
	TargetPort  int32   `json:"targetPort,omitempty"`
}

// ServiceType mirrors corev1.ServiceType.
type ServiceType string

// GatewayTemplateInput mirrors istiod's TemplateInput (all releases' fields).
type GatewayTemplateInput struct {
	*Gateway
	GatewayClass              string
	DeploymentName            string
	ServiceAccount            string
	Ports                     []ServicePort
	ServiceType               ServiceType
	ClusterID                 string
	KubeVersion122            bool
	KubeVersion               int
	Revision                  string
	ProxyUID                  int64
	ProxyGID                  int64
	CompliancePolicy          string
	InfrastructureLabels      map[string]string
	InfrastructureAnnotations map[string]string
	GatewayNameLabel          string
	NativeSidecars            bool
	IsEastWestGateway         bool
	ControllerLabel           string
}

// GatewayDerivedInput mirrors istiod's derivedInput.
type GatewayDerivedInput struct {
	GatewayTemplateInput
	ProxyImage        string
	AgentgatewayImage string
	ProxyConfig       *ProxyConfig
	MeshConfig        *MeshConfig
	Values            map[string]any
}

// gatewayFile is the -gateway fixture: a Gateway and the controller's derived inputs. Missing
// derived inputs are computed as istiod does (DeploymentName and ServiceAccount <name>-<class>,
// Infrastructure* from the Gateway's labels and annotations, status-port only, LoadBalancer).
type gatewayFile struct {
	Metadata                  ObjectMeta        `json:"metadata"`
	Spec                      GatewaySpec       `json:"spec"`
	DeploymentName            string            `json:"deploymentName"`
	ServiceAccount            string            `json:"serviceAccount"`
	Ports                     []ServicePort     `json:"ports"`
	ServiceType               ServiceType       `json:"serviceType"`
	ClusterID                 string            `json:"clusterID"`
	InfrastructureLabels      map[string]string `json:"infrastructureLabels"`
	InfrastructureAnnotations map[string]string `json:"infrastructureAnnotations"`
	GatewayNameLabel          string            `json:"gatewayNameLabel"`
	ProxyImage                string            `json:"proxyImage"`
}

// gatewayResult is what the kube-gateway mode prints on success: the rendered text, every
// document (as istiod's yml.SplitString cuts them) as JSON, and the Deployment's spec.template
// as the pod.
type gatewayResult struct {
	Functions []string          `json:"functions"`
	Rendered  string            `json:"rendered"`
	Documents []json.RawMessage `json:"documents"`
	Pod       json.RawMessage   `json:"pod"`
}

func loadGateway(path string) (gatewayFile, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return gatewayFile{}, err
	}
	var g gatewayFile
	if err := yaml.UnmarshalStrict(raw, &g); err != nil {
		return gatewayFile{}, fmt.Errorf("%s: %v", path, err)
	}
	if g.Metadata.Namespace == "" {
		g.Metadata.Namespace = "default"
	}
	name := g.Metadata.Name + "-" + g.Spec.GatewayClassName
	if g.DeploymentName == "" {
		g.DeploymentName = name
	}
	if g.ServiceAccount == "" {
		g.ServiceAccount = name
	}
	if g.Ports == nil {
		tcp := "tcp"
		g.Ports = []ServicePort{{Name: "status-port", Port: 15021, Protocol: "TCP", AppProtocol: &tcp}}
	}
	if g.ServiceType == "" {
		g.ServiceType = "LoadBalancer"
	}
	if g.ClusterID == "" {
		g.ClusterID = "Kubernetes"
	}
	if g.InfrastructureLabels == nil {
		g.InfrastructureLabels = copyMap(g.Metadata.Labels)
		if _, ok := g.InfrastructureLabels["istio.io/dataplane-mode"]; !ok {
			g.InfrastructureLabels["istio.io/dataplane-mode"] = "none"
		}
	}
	if g.InfrastructureAnnotations == nil {
		g.InfrastructureAnnotations = copyMap(g.Metadata.Annotations)
	}
	if g.GatewayNameLabel == "" {
		g.GatewayNameLabel = "gateway.networking.k8s.io/gateway-name"
	}
	return g, nil
}

func copyMap(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// renderGateway runs the kube-gateway mode and exits.
func renderGateway(text []byte, gatewayPath string, values map[string]any, mesh *MeshConfig, pc *ProxyConfig,
	kubeVersion int, revision string, proxyUID, proxyGID int64, compliance string) {
	g, err := loadGateway(gatewayPath)
	if err != nil {
		fail(exitInput, "input error: %v", err)
	}
	image := g.ProxyImage
	if image == "" {
		image = proxyImage(values)
	}
	gw := &Gateway{ObjectMeta: g.Metadata, Spec: g.Spec}
	data := GatewayDerivedInput{
		GatewayTemplateInput: GatewayTemplateInput{
			Gateway:                   gw,
			GatewayClass:              g.Spec.GatewayClassName,
			DeploymentName:            g.DeploymentName,
			ServiceAccount:            g.ServiceAccount,
			Ports:                     g.Ports,
			ServiceType:               g.ServiceType,
			ClusterID:                 g.ClusterID,
			KubeVersion122:            kubeVersion >= 122,
			KubeVersion:               kubeVersion,
			Revision:                  revision,
			ProxyUID:                  proxyUID,
			ProxyGID:                  proxyGID,
			CompliancePolicy:          compliance,
			InfrastructureLabels:      g.InfrastructureLabels,
			InfrastructureAnnotations: g.InfrastructureAnnotations,
			GatewayNameLabel:          g.GatewayNameLabel,
		},
		ProxyImage:  image,
		ProxyConfig: pc,
		MeshConfig:  mesh,
		Values:      values,
	}
	// The chart stores the template with `.Files.Get ... | trim`; istiod parses that text.
	source := strings.TrimSpace(string(text)) + "\n"
	tmpl, err := template.New("inject").Funcs(sprig.TxtFuncMap()).Funcs(istioFuncs()).Funcs(gatewayFuncs()).Parse(source)
	if err != nil {
		fail(exitParse, "parse error: %v", err)
	}
	var out bytes.Buffer
	if err := tmpl.Execute(&out, data); err != nil {
		fail(exitExec, "exec error: %v", err)
	}
	result := gatewayResult{Functions: calledFunctions(tmpl), Rendered: out.String(), Documents: []json.RawMessage{}}
	for _, doc := range splitDocuments(out.String()) {
		js, err := yaml.YAMLToJSONStrict([]byte(doc))
		if err != nil {
			fail(exitYAML, "yaml error: %v\n%s", err, renderedContext(doc, err.Error()))
		}
		result.Documents = append(result.Documents, js)
		var head struct {
			Kind string `json:"kind"`
			Spec struct {
				Template json.RawMessage `json:"template"`
			} `json:"spec"`
		}
		if err := json.Unmarshal(js, &head); err == nil && head.Kind == "Deployment" && result.Pod == nil {
			result.Pod = head.Spec.Template
		}
	}
	if result.Pod == nil {
		result.Pod = json.RawMessage("null")
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(result); err != nil {
		fail(exitInput, "output error: %v", err)
	}
	os.Exit(0)
}

// splitDocuments is istio's yml.SplitString: cut at lines starting with "---", trim each part,
// drop empty ones.
func splitDocuments(s string) []string {
	var docs []string
	var cur strings.Builder
	flush := func() {
		if d := strings.TrimSpace(cur.String()); d != "" {
			docs = append(docs, d)
		}
		cur.Reset()
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.HasPrefix(line, "---") {
			flush()
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return docs
}

// gatewayFuncs are the Istio functions only Gateway API templates call (pkg/kube/inject/template.go).
func gatewayFuncs() template.FuncMap {
	return template.FuncMap{
		"omit":      omitStrings,
		"strdict":   strdict,
		"toJsonMap": toJSONMap,
		"omitNil":   omitNil,
	}
}

// omitStrings copies a map[string]string without the given keys (istio's omit; sprig's takes
// map[string]any and would fail on these maps).
func omitStrings(dict map[string]string, keys ...string) map[string]string {
	out := make(map[string]string, len(dict))
	for k, v := range dict {
		out[k] = v
	}
	for _, k := range keys {
		delete(out, k)
	}
	return out
}

// strdict builds a map[string]string from key/value pairs; an odd last key maps to "".
func strdict(v ...string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(v); i += 2 {
		value := ""
		if i+1 < len(v) {
			value = v[i+1]
		}
		out[v[i]] = value
	}
	return out
}

// toJSONMap merges the maps (later ones win) and prints them as JSON with sorted keys.
func toJSONMap(mps ...map[string]string) string {
	data := map[string]string{}
	for _, m := range mps {
		for k, v := range m {
			data[k] = v
		}
	}
	b, err := json.Marshal(data)
	if err != nil {
		return ""
	}
	return string(b)
}

// omitNil drops nil map values and slice items recursively; a map or slice emptied that way
// becomes nil, one that was empty already stays empty.
func omitNil(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Map:
		if rv.Len() == 0 {
			return v
		}
		out := map[string]any{}
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for _, k := range keys {
			if c := omitNil(rv.MapIndex(k).Interface()); c != nil {
				out[fmt.Sprint(k.Interface())] = c
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case reflect.Slice:
		if rv.Len() == 0 {
			return v
		}
		var out []any
		for i := 0; i < rv.Len(); i++ {
			if c := omitNil(rv.Index(i).Interface()); c != nil {
				out = append(out, c)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	return v
}
