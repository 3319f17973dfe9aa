// Command configmap reads injector ConfigMap dumps as istiod does: the dump with
// sigs.k8s.io/yaml (as kubectl and client-go read YAML), then data.config with sigs.k8s.io/yaml
// into the templates map (istio pkg/kube/inject: unmarshalConfig). It prints one JSON object
// {"FILE": {"templates": {...}} or {"error": "..."}} for the files given.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"sigs.k8s.io/yaml"
)

type configMap struct {
	Data map[string]string `json:"data"`
}

type injectConfig struct {
	Templates map[string]string `json:"templates"`
}

type result struct {
	Templates map[string]string `json:"templates,omitempty"`
	Error     string            `json:"error,omitempty"`
}

func read(file string) result {
	b, err := os.ReadFile(file)
	if err != nil {
		return result{Error: err.Error()}
	}
	var cm configMap
	if err := yaml.Unmarshal(b, &cm); err != nil {
		return result{Error: err.Error()}
	}
	var cfg injectConfig
	if err := yaml.Unmarshal([]byte(cm.Data["config"]), &cfg); err != nil {
		return result{Error: err.Error()}
	}
	return result{Templates: cfg.Templates}
}

func main() {
	out := map[string]result{}
	for _, f := range os.Args[1:] {
		out[f] = read(f)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
