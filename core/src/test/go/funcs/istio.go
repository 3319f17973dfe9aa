package main

// istio.go holds Istio's template functions (pkg/kube/inject/template.go, InjectionFuncmap) for
// the function conformance test: the ones core/src/test/go/render uses are copied from its
// funcs.go and gateway.go (so both references agree); the others follow istio's code.

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"reflect"
	"sort"
	"strings"
	"text/template"

	"sigs.k8s.io/yaml"
)

func istioFuncs() template.FuncMap {
	return template.FuncMap{
		"contains":            flippedContains,
		"env":                 env,
		"indent":              indent,
		"isset":               isset,
		"structToJSON":        structToJSON,
		"toLower":             strings.ToLower,
		"toYaml":              toYaml,
		"valueOrDefault":      valueOrDefault,
		"omit":                omitStrings,
		"strdict":             strdict,
		"toJsonMap":           toJSONMap,
		"omitNil":             omitNil,
		"mergeMaps":           mergeMaps,
		"toJSON":              toJSON,
		"fromJSON":            fromJSON,
		"directory":           directory,
		"excludeInboundPort":  excludeInboundPort,
		"appendMultusNetwork": appendMultusNetwork,
		"kubevirtInterfaces":  func(s string) string { return s },
		"excludeInterfaces":   func(s string) string { return s },
	}
}

// ---- copied from core/src/test/go/render/funcs.go ----

func flippedContains(needle, haystack string) bool {
	return strings.Contains(haystack, needle)
}

func env(key string, def string) string {
	if value := os.Getenv(key); value != "" {
		return value
	}
	return def
}

func indent(spaces int, source string) string {
	lines := strings.Split(source, "\n")
	pad := strings.Repeat(" ", spaces)
	for i := 1; i < len(lines); i++ {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

func isset(m map[string]string, key string) bool {
	_, ok := m[key]
	return ok
}

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

func toYaml(value any) string {
	b, err := yaml.Marshal(value)
	if err != nil {
		return ""
	}
	return string(b)
}

func valueOrDefault(value any, defaultValue any) any {
	if value == "" || value == nil {
		return defaultValue
	}
	return value
}

// ---- copied from core/src/test/go/render/gateway.go ----

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

// ---- istio's pkg/kube/inject/template.go and deploymentcontroller.go ----

func mergeMaps(maps ...map[string]string) map[string]string {
	if len(maps) == 0 {
		return nil
	}
	res := make(map[string]string, len(maps[0]))
	for _, m := range maps {
		for k, v := range m {
			res[k] = v
		}
	}
	return res
}

func toJSON(m map[string]string) string {
	if m == nil {
		return "{}"
	}
	ba, err := json.Marshal(m)
	if err != nil {
		return "{}"
	}
	return string(ba)
}

func fromJSON(j string) any {
	var m any
	if err := json.Unmarshal([]byte(j), &m); err != nil {
		return "{}"
	}
	return m
}

func directory(filepath string) string {
	dir, _ := path.Split(filepath)
	return dir
}

func excludeInboundPort(port any, excludedInboundPorts string) string {
	portStr := strings.TrimSpace(fmt.Sprint(port))
	if len(portStr) == 0 || portStr == "0" {
		return excludedInboundPorts
	}
	ports := strings.Split(excludedInboundPorts, ",")
	outPorts := make([]string, 0, len(ports))
	for _, port := range ports {
		if port == portStr {
			return excludedInboundPorts
		}
		port = strings.TrimSpace(port)
		if len(port) > 0 {
			outPorts = append(outPorts, port)
		}
	}
	outPorts = append(outPorts, portStr)
	return strings.Join(outPorts, ",")
}

func appendMultusNetwork(existingValue, istioCniNetwork string) string {
	if existingValue == "" {
		return istioCniNetwork
	}
	i := strings.LastIndex(existingValue, "]")
	isJSON := i != -1
	if isJSON {
		networks := []map[string]any{}
		err := json.Unmarshal([]byte(existingValue), &networks)
		if err != nil {
			return existingValue
		}
		for _, net := range networks {
			if net["name"] == istioCniNetwork {
				return existingValue
			}
		}
		return existingValue[0:i] + fmt.Sprintf(`, {"name": "%s"}`, istioCniNetwork) + existingValue[i:]
	}
	for _, net := range strings.Split(existingValue, ",") {
		if strings.TrimSpace(net) == istioCniNetwork {
			return existingValue
		}
	}
	return existingValue + ", " + istioCniNetwork
}
