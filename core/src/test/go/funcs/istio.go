package main

// istio.go names the Istio template functions (pkg/kube/inject/template.go, InjectionFuncmap)
// that the function conformance test calls. The functions themselves are the render reference's
// (../render/funcs.go, gateway.go, istiod_funcs.go): build-funcs.sh builds this program together
// with those files, so the two references can never disagree. Functions taking istiod's typed
// data (annotation, protoToJSON, includeInboundPorts, applicationPorts, otelResourceAttributes)
// are left out: the batch protocol passes only JSON-decodable argument types.

import "text/template"

// referenceFuncs is Istio's function map for the batch protocol, as istiod composes it.
func referenceFuncs() template.FuncMap {
	all := template.FuncMap{}
	for _, m := range []template.FuncMap{istioFuncs(), gatewayFuncs(), istiodExtraFuncs()} {
		for k, v := range m {
			all[k] = v
		}
	}
	out := template.FuncMap{}
	for _, name := range []string{"contains", "env", "indent", "isset", "structToJSON", "toLower", "toYaml",
		"valueOrDefault", "omit", "strdict", "toJsonMap", "omitNil", "mergeMaps", "toJSON", "fromJSON", "directory",
		"excludeInboundPort", "appendMultusNetwork", "kubevirtInterfaces", "excludeInterfaces"} {
		out[name] = all[name]
	}
	return out
}
