package main

// funcs.go holds our own versions of the Istio template functions (pkg/kube/inject/template.go,
// InjectionFuncmap) that the gateway injection templates of Istio 1.18.7 to master call:
// annotation contains env indent isset protoToJSON structToJSON toLower toYaml valueOrDefault
// (shared/research/istio-funcs-by-release.md §3). They are written from the documented
// semantics, not copied. Names that also exist in sprig (contains, env, indent) replace sprig's,
// because istiod installs its map after sprig's.

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"text/template"
	"text/template/parse"

	"sigs.k8s.io/yaml"
)

// istioFuncs returns the Istio functions the gateway templates use, with Istio's semantics.
func istioFuncs() template.FuncMap {
	return template.FuncMap{
		"annotation":     annotation,
		"contains":       flippedContains,
		"env":            env,
		"indent":         indent,
		"isset":          isset,
		"protoToJSON":    protoToJSON,
		"structToJSON":   structToJSON,
		"toLower":        strings.ToLower,
		"toYaml":         toYaml,
		"valueOrDefault": valueOrDefault,
	}
}

// annotation returns the annotation if the key is present (even when empty), else the default
// printed with fmt.Sprint, so a missing default prints "<nil>" as in istiod.
func annotation(meta ObjectMeta, name string, defaultValue any) string {
	if value, ok := meta.Annotations[name]; ok {
		return value
	}
	return fmt.Sprint(defaultValue)
}

// flippedContains is sprig's contains with Istio's reading: is needle in haystack.
func flippedContains(needle, haystack string) bool {
	return strings.Contains(haystack, needle)
}

// env returns the renderer's environment variable or the default when it is empty; the Java
// side runs the renderer with an empty environment so renders are reproducible.
func env(key string, def string) string {
	if value := os.Getenv(key); value != "" {
		return value
	}
	return def
}

// indent pads every line except the first, unlike sprig's indent (which pads all lines).
func indent(spaces int, source string) string {
	lines := strings.Split(source, "\n")
	pad := strings.Repeat(" ", spaces)
	for i := 1; i < len(lines); i++ {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

// isset reports whether the key is present in the map, even with an empty value.
func isset(m map[string]string, key string) bool {
	_, ok := m[key]
	return ok
}

// protoToJSON prints the ProxyConfig without the fields that equal istio's defaults
// (cleanProxyConfig), in proto JSON names; nil prints "{}".
func protoToJSON(pc *ProxyConfig) string {
	if pc == nil {
		return "{}"
	}
	clean := *pc
	defaults := defaultProxyConfig()
	if clean.ConfigPath == defaults.ConfigPath {
		clean.ConfigPath = ""
	}
	if clean.BinaryPath == defaults.BinaryPath {
		clean.BinaryPath = ""
	}
	if clean.ServiceCluster == defaults.ServiceCluster {
		clean.ServiceCluster = ""
	}
	if clean.DiscoveryAddress == defaults.DiscoveryAddress {
		clean.DiscoveryAddress = ""
	}
	if clean.ProxyAdminPort == defaults.ProxyAdminPort {
		clean.ProxyAdminPort = 0
	}
	if clean.StatNameLength == defaults.StatNameLength {
		clean.StatNameLength = 0
	}
	if clean.StatusPort == defaults.StatusPort {
		clean.StatusPort = 0
	}
	return string(mustJSON(clean))
}

// structToJSON is json.Marshal of any value; nil or a marshal error prints "{}".
func structToJSON(v any) string {
	if v == nil {
		return "{}"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return string(b)
}

// toYaml is sigs.k8s.io/yaml's Marshal (JSON tags, sorted keys, trailing newline); errors print "".
func toYaml(value any) string {
	b, err := yaml.Marshal(value)
	if err != nil {
		return ""
	}
	return string(b)
}

// valueOrDefault returns the default only for "" and nil; 0, false and empty maps are kept.
func valueOrDefault(value any, defaultValue any) any {
	if value == "" || value == nil {
		return defaultValue
	}
	return value
}

// calledFunctions lists the function identifiers a parsed template calls, sorted.
func calledFunctions(t *template.Template) []string {
	seen := map[string]bool{}
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			walk(tt.Tree.Root, seen)
		}
	}
	names := make([]string, 0, len(seen))
	for name := range seen {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// walk collects identifier nodes (function names) below a parse node.
func walk(node parse.Node, seen map[string]bool) {
	if node == nil || reflect.ValueOf(node).IsNil() {
		return
	}
	switch n := node.(type) {
	case *parse.ListNode:
		for _, c := range n.Nodes {
			walk(c, seen)
		}
	case *parse.ActionNode:
		walk(n.Pipe, seen)
	case *parse.PipeNode:
		for _, c := range n.Cmds {
			walk(c, seen)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			walk(a, seen)
		}
	case *parse.IdentifierNode:
		seen[n.Ident] = true
	case *parse.ChainNode:
		walk(n.Node, seen)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, seen)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, seen)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, seen)
	case *parse.TemplateNode:
		walk(n.Pipe, seen)
	}
}

// walkBranch collects identifiers from an if/range/with node's pipeline and both lists.
func walkBranch(b *parse.BranchNode, seen map[string]bool) {
	walk(b.Pipe, seen)
	walk(b.List, seen)
	walk(b.ElseList, seen)
}
