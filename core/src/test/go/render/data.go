package main

// data.go mirrors the parts of istiod's SidecarTemplateData (pkg/kube/inject/inject.go) that the
// gateway injection templates read. We cannot vendor k8s.io/api or istio.io/api in GOPATH mode,
// so the types below copy the field names and JSON tags of corev1/metav1/meshconfig for exactly
// the fields a template can reach. A template that reads a field missing here fails with Go's
// "can't evaluate field" error, which is the error istiod gives for a field its struct lacks.

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"sigs.k8s.io/yaml"
)

// TypeMeta mirrors metav1.TypeMeta: the kind of the pod's owner.
type TypeMeta struct {
	Kind       string `json:"kind,omitempty"`
	APIVersion string `json:"apiVersion,omitempty"`
}

// NamespacedName mirrors k8s.io/apimachinery types.NamespacedName (DeploymentMeta).
type NamespacedName struct {
	Namespace string
	Name      string
}

// ObjectMeta mirrors the metav1.ObjectMeta fields a pod template carries.
type ObjectMeta struct {
	Name         string            `json:"name,omitempty"`
	GenerateName string            `json:"generateName,omitempty"`
	Namespace    string            `json:"namespace,omitempty"`
	UID          string            `json:"uid,omitempty"`
	Labels       map[string]string `json:"labels,omitempty"`
	Annotations  map[string]string `json:"annotations,omitempty"`
}

// ContainerPort mirrors corev1.ContainerPort, field order and tags included, because
// structToJSON prints it into ISTIO_META_POD_PORTS.
type ContainerPort struct {
	Name          string `json:"name,omitempty"`
	HostPort      int32  `json:"hostPort,omitempty"`
	ContainerPort int32  `json:"containerPort"`
	Protocol      string `json:"protocol,omitempty"`
	HostIP        string `json:"hostIP,omitempty"`
}

// Container mirrors the corev1.Container fields that templates read.
type Container struct {
	Name            string          `json:"name"`
	Image           string          `json:"image,omitempty"`
	Args            []string        `json:"args,omitempty"`
	Ports           []ContainerPort `json:"ports,omitempty"`
	ImagePullPolicy string          `json:"imagePullPolicy,omitempty"`
}

// PodSpec mirrors the corev1.PodSpec fields that templates read.
type PodSpec struct {
	Containers         []Container `json:"containers"`
	InitContainers     []Container `json:"initContainers,omitempty"`
	ServiceAccountName string      `json:"serviceAccountName,omitempty"`
	NodeName           string      `json:"nodeName,omitempty"`
}

// InboundInterceptionMode mirrors meshconfig.ProxyConfig_InboundInterceptionMode, a proto enum
// whose String method the template calls (.ProxyConfig.InterceptionMode.String).
type InboundInterceptionMode int32

var interceptionModeNames = []string{"REDIRECT", "TPROXY", "NONE"}

// String returns the proto enum name, as the generated protobuf code does.
func (m InboundInterceptionMode) String() string {
	if m >= 0 && int(m) < len(interceptionModeNames) {
		return interceptionModeNames[m]
	}
	return fmt.Sprint(int32(m))
}

// MarshalJSON prints the enum name, as proto JSON does.
func (m InboundInterceptionMode) MarshalJSON() ([]byte, error) {
	return json.Marshal(m.String())
}

// UnmarshalJSON reads the enum name, as proto JSON does, and refuses unknown names.
func (m *InboundInterceptionMode) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range interceptionModeNames {
		if n == name {
			*m = InboundInterceptionMode(i)
			return nil
		}
	}
	return fmt.Errorf("unknown interceptionMode %q", name)
}

// ProxyConfig mirrors the meshconfig.ProxyConfig fields used by the templates and by protoToJSON.
// JSON names are the proto JSON (lowerCamel) names that protomarshal.ToJSON prints.
type ProxyConfig struct {
	ConfigPath       string                  `json:"configPath,omitempty"`
	BinaryPath       string                  `json:"binaryPath,omitempty"`
	ServiceCluster   string                  `json:"serviceCluster,omitempty"`
	DiscoveryAddress string                  `json:"discoveryAddress,omitempty"`
	ProxyAdminPort   int32                   `json:"proxyAdminPort,omitempty"`
	StatNameLength   int32                   `json:"statNameLength,omitempty"`
	StatusPort       int32                   `json:"statusPort,omitempty"`
	InterceptionMode InboundInterceptionMode `json:"interceptionMode,omitempty"`
	ProxyMetadata    map[string]string       `json:"proxyMetadata,omitempty"`
	// HoldApplicationUntilProxyStarts is a google.protobuf.BoolValue (nil unless set).
	HoldApplicationUntilProxyStarts *BoolValue `json:"holdApplicationUntilProxyStarts,omitempty"`
	Tracing                         *Tracing   `json:"tracing,omitempty"`
}

// BoolValue mirrors wrapperspb.BoolValue; proto JSON prints it as a bare bool.
type BoolValue struct {
	Value bool
}

// GetValue is the generated nil-safe getter.
func (x *BoolValue) GetValue() bool {
	if x != nil {
		return x.Value
	}
	return false
}

// MarshalJSON prints the wrapped bool, as proto JSON does.
func (x *BoolValue) MarshalJSON() ([]byte, error) { return json.Marshal(x.Value) }

// UnmarshalJSON reads a bare bool, as proto JSON does.
func (x *BoolValue) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &x.Value) }

// Tracing mirrors meshconfig.Tracing's tlsSettings (the only part templates read).
type Tracing struct {
	TlsSettings *ClientTLSSettings `json:"tlsSettings,omitempty"`
}

// GetTlsSettings is the generated nil-safe getter.
func (x *Tracing) GetTlsSettings() *ClientTLSSettings {
	if x != nil {
		return x.TlsSettings
	}
	return nil
}

// ClientTLSSettings mirrors networking v1alpha3 ClientTLSSettings' caCertificates.
type ClientTLSSettings struct {
	CaCertificates string `json:"caCertificates,omitempty"`
}

// GetCaCertificates is the generated nil-safe getter.
func (x *ClientTLSSettings) GetCaCertificates() string {
	if x != nil {
		return x.CaCertificates
	}
	return ""
}

// GetTracing is the generated nil-safe getter.
func (x *ProxyConfig) GetTracing() *Tracing {
	if x != nil {
		return x.Tracing
	}
	return nil
}

// MeshConfig mirrors the meshconfig.MeshConfig fields used by the templates.
type MeshConfig struct {
	TrustDomain            string `json:"trustDomain,omitempty"`
	ProxyListenPort        int32  `json:"proxyListenPort,omitempty"`
	ProxyInboundListenPort int32  `json:"proxyInboundListenPort,omitempty"`
}

// SidecarTemplateData mirrors istiod's SidecarTemplateData (newest field set, 1.31.0-rc.0).
type SidecarTemplateData struct {
	TypeMeta                 TypeMeta
	DeploymentMeta           NamespacedName
	ObjectMeta               ObjectMeta
	Spec                     PodSpec
	ProxyConfig              *ProxyConfig
	MeshConfig               *MeshConfig
	Values                   map[string]any
	Revision                 string
	NativeSidecars           bool
	ProxyImage               string
	ProxyInitImage           string
	ProxyUID                 int64
	ProxyGID                 int64
	InboundTrafficPolicyMode string
	CompliancePolicy         string
}

// workloadFile is the subset of a Deployment or Pod document we read the pod from.
type workloadFile struct {
	Kind       string     `json:"kind"`
	APIVersion string     `json:"apiVersion"`
	Metadata   ObjectMeta `json:"metadata"`
	Spec       struct {
		// Deployment: spec.template; Pod: the spec itself.
		Template struct {
			Metadata ObjectMeta `json:"metadata"`
			Spec     PodSpec    `json:"spec"`
		} `json:"template"`
		PodSpec
	} `json:"spec"`
}

// loadWorkload reads the first Deployment or Pod document of a (multi-document) YAML file and
// returns the owner's TypeMeta and name, and the pod's metadata and spec as istiod sees them.
func loadWorkload(path, namespace string) (TypeMeta, NamespacedName, ObjectMeta, PodSpec, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return TypeMeta{}, NamespacedName{}, ObjectMeta{}, PodSpec{}, err
	}
	for _, doc := range strings.Split(string(raw), "\n---") {
		var w workloadFile
		if err := yaml.Unmarshal([]byte(doc), &w); err != nil {
			return TypeMeta{}, NamespacedName{}, ObjectMeta{}, PodSpec{}, fmt.Errorf("%s: %v", path, err)
		}
		ns := w.Metadata.Namespace
		if ns == "" {
			ns = namespace
		}
		switch w.Kind {
		case "Deployment":
			meta := w.Spec.Template.Metadata
			meta.Namespace = ns
			// The webhook sees a pod created by the ReplicaSet: no name yet, only a generateName;
			// kube.GetDeployMetaFromPod walks the owners back to the Deployment.
			meta.GenerateName = w.Metadata.Name + "-"
			return TypeMeta{Kind: "Deployment", APIVersion: "apps/v1"},
				NamespacedName{Namespace: ns, Name: w.Metadata.Name}, meta, w.Spec.Template.Spec, nil
		case "Pod":
			meta := w.Metadata
			meta.Namespace = ns
			return TypeMeta{Kind: "Pod", APIVersion: "v1"},
				NamespacedName{Namespace: ns, Name: w.Metadata.Name}, meta, w.Spec.PodSpec, nil
		}
	}
	return TypeMeta{}, NamespacedName{}, ObjectMeta{}, PodSpec{}, fmt.Errorf("%s: no Deployment or Pod document", path)
}

// loadValues reads the injector values the way istiod's NewValuesConfig does: sigs.k8s.io/yaml
// into map[string]any, so numbers are float64 and absent keys stay absent.
func loadValues(path string) (map[string]any, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	values := map[string]any{}
	if err := yaml.Unmarshal(raw, &values); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return values, nil
}

// proxyImage mirrors inject.ProxyImage for the plain case: hub/image:tag[-variant], where an
// image containing "/" is used as is, and an empty or missing image is proxyv2.
func proxyImage(values map[string]any) string {
	global, _ := values["global"].(map[string]any)
	proxy, _ := global["proxy"].(map[string]any)
	image := "proxyv2" // istio's default when global.proxy.image is empty or missing
	if name, _ := proxy["image"].(string); name != "" {
		image = name
	}
	if strings.Contains(image, "/") {
		return image
	}
	tag := fmt.Sprint(global["tag"])
	if variant, _ := global["variant"].(string); variant != "" {
		tag += "-" + variant
	}
	return fmt.Sprintf("%v/%s:%s", global["hub"], image, tag)
}

// defaultProxyConfig mirrors the fields of istio's mesh.DefaultProxyConfig() that ProxyConfig
// models; istiod holds the mesh defaultConfig merged onto these.
func defaultProxyConfig() ProxyConfig {
	return ProxyConfig{
		ConfigPath:       "./etc/istio/proxy",
		BinaryPath:       "/usr/local/bin/envoy",
		ServiceCluster:   "istio-proxy",
		DiscoveryAddress: "istiod.istio-system.svc:15012",
		ProxyAdminPort:   15000,
		StatNameLength:   189,
		StatusPort:       15020,
		InterceptionMode: 0, // REDIRECT
	}
}

// meshFile is the mesh fixture: the MeshConfig fields the template reads and its defaultConfig.
type meshFile struct {
	TrustDomain   string          `json:"trustDomain"`
	DefaultConfig json.RawMessage `json:"defaultConfig"`
}

// loadMesh reads the mesh fixture and returns the MeshConfig and the effective ProxyConfig
// (defaults overlaid with the fixture's defaultConfig, like istiod's mesh.ApplyProxyConfig).
func loadMesh(path string) (*MeshConfig, *ProxyConfig, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var m meshFile
	if err := yaml.UnmarshalStrict(raw, &m); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	pc := defaultProxyConfig()
	if len(m.DefaultConfig) > 0 {
		dec := json.NewDecoder(strings.NewReader(string(m.DefaultConfig)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&pc); err != nil {
			return nil, nil, fmt.Errorf("%s: defaultConfig: %v", path, err)
		}
	}
	// istio's mesh.DefaultMeshConfig() listen ports (not set by the fixtures).
	return &MeshConfig{TrustDomain: m.TrustDomain, ProxyListenPort: 15001, ProxyInboundListenPort: 15006}, &pc, nil
}

// mustJSON is json.Marshal for values that cannot fail to marshal.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
