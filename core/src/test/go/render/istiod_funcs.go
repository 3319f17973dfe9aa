package main

// istiod_funcs.go: the rest of istiod's InjectionFuncmap (pkg/kube/inject/template.go), for
// -funcs istiod, so the sidecar injection, grpc and waypoint templates that call them can be
// rendered too (the Java renderer is compared with this program in the conformance profile).
// They follow istio's code; otelResourceAttributes returns "" because the mirrored MeshConfig
// has no extension providers (istiod returns "" without an OpenTelemetry provider).
// formatDuration is left out: the mirrored ProxyConfig has no durations.

import (
	"encoding/json"
	"fmt"
	"path"
	"strconv"
	"strings"
	"text/template"
)

func istiodExtraFuncs() template.FuncMap {
	return template.FuncMap{
		"mergeMaps":              mergeMaps,
		"toJSON":                 toJSON,
		"fromJSON":               fromJSON,
		"directory":              directory,
		"excludeInboundPort":     excludeInboundPort,
		"appendMultusNetwork":    appendMultusNetwork,
		"kubevirtInterfaces":     func(s string) string { return s },
		"excludeInterfaces":      func(s string) string { return s },
		"includeInboundPorts":    func(cs []Container) string { return containerPorts(cs, false) },
		"applicationPorts":       func(cs []Container) string { return containerPorts(cs, true) },
		"otelResourceAttributes": otelResourceAttributes,
	}
}

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
	if i != -1 {
		networks := []map[string]any{}
		if err := json.Unmarshal([]byte(existingValue), &networks); err != nil {
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

func containerPorts(containers []Container, skipProxy bool) string {
	parts := make([]string, 0)
	for _, c := range containers {
		if skipProxy && c.Name == "istio-proxy" {
			continue
		}
		for _, p := range c.Ports {
			if p.Protocol == "UDP" || p.Protocol == "SCTP" {
				continue
			}
			parts = append(parts, strconv.Itoa(int(p.ContainerPort)))
		}
	}
	return strings.Join(parts, ",")
}

func otelResourceAttributes(mc *MeshConfig, annotations, labels map[string]string, namespace string,
	containers []Container) string {
	return ""
}
