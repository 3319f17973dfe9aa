import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def read = { String p -> new File(basedir, p).getText('UTF-8') }

// The explicit generate wrote every file; the lifecycle generate found them unchanged.
['generated/gateway.yaml', 'generated/gateway-patch.json',
 'generated/privileged/gateway.yaml', 'generated/privileged/gateway-patch.json', 'generated/privileged/gateway-options.yaml',
 'generated/custom-gateway.yaml', 'generated/from-cluster.yaml', 'generated/from-cluster-patch.json',
 'generated/injected/gateway-patch.json', 'generated/injected/gateway-install.yaml'].each { p ->
  assert new File(basedir, p).isFile() : "missing $p"
  assert log.contains("[INFO] wrote $p") : "no 'wrote $p' in build.log"
  assert log.contains("[INFO] unchanged $p") : "no 'unchanged $p' in build.log"
}
assert log.contains('tmplpatch:check: 10 generated files are up to date')
assert log.contains('BUILD SUCCESS')

// Without edits the template comes out byte for byte.
assert read('generated/gateway.yaml').startsWith('{{- $containers := list }}\n')
assert read('generated/gateway.yaml').contains('net.ipv4.ip_unprivileged_port_start')

// privileged-ports: the sysctl goes, istio-proxy gets NET_BIND_SERVICE, everything else stays.
def privileged = read('generated/privileged/gateway.yaml')
assert !privileged.contains('net.ipv4.ip_unprivileged_port_start')
assert privileged.contains('''    sysctls: []
''')
assert privileged.contains('''    securityContext:
      capabilities:
        add:
        - NET_BIND_SERVICE
      runAsUser: {{ .ProxyUID | default "1337" }}
''')
def privilegedPatch = new JsonSlurper().parseText(read('generated/privileged/gateway-patch.json'))
assert privilegedPatch.spec.values.sidecarInjectorWebhook.templates.gateway == privileged
def options = read('generated/privileged/gateway-options.yaml')
assert options.startsWith('''apiVersion: v1
kind: ConfigMap
metadata:
  name: asm-kube-gateway-options
  namespace: istio-ingress
''')
assert options.contains('- NET_BIND_SERVICE')
assert options.contains('''  name: public-gateway
''')

// The explicit <dropSysctl> on the repository's template: only those two lines change.
def custom = read('src/istio/custom-gateway.yaml')
assert read('generated/custom-gateway.yaml') == custom.replace('''    sysctls:
    - name: net.ipv4.ip_unprivileged_port_start
      value: "0"
''', '''    sysctls: []
''')
assert read('generated/custom-gateway.yaml') != custom

// The template taken out of the ConfigMap dump, and the patches that carry the templates. It is
// the last block of a data.config written "|-", so istiod (Go's YAML) reads it without a final
// newline, and so does tmplpatch.
assert read('generated/from-cluster.yaml') == '''metadata:
  annotations:
    inject.istio.io/templates: gateway
spec:
  securityContext:
    sysctls:
    - name: net.ipv4.ip_unprivileged_port_start
      value: "0"
  containers:
  - name: istio-proxy'''
def patch = new JsonSlurper().parseText(read('generated/from-cluster-patch.json'))
assert patch.spec.values.sidecarInjectorWebhook.templates.gateway == read('generated/from-cluster.yaml')
def bundled = new JsonSlurper().parseText(read('generated/gateway-patch.json'))
assert bundled.spec.values.sidecarInjectorWebhook.templates.gateway == read('generated/gateway.yaml')

// The gateway installed by injection: its manifests in apply order, all in its namespace, the
// Service and PDB selecting the Deployment's unique label, the HPA scaling that Deployment.
def install = read('generated/injected/gateway-install.yaml')
def kinds = (install =~ /(?m)^kind: (\w+)$/).collect { it[1] }
assert kinds == ['ServiceAccount', 'Role', 'RoleBinding', 'Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']
assert install.split('(?m)^---\n').size() == 7
assert (install =~ /(?m)^  namespace: (.*)$/).collect { it[1] }.unique() == ['"istio-ingress"']
assert install.contains('''        inject.istio.io/templates: gateway
      labels:
        istio: "ingress-gw"
        sidecar.istio.io/inject: "true"
''')
assert install.contains('''spec:
  type: LoadBalancer
  selector:
    istio: "ingress-gw"
''')
assert install.contains('''  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: "ingress-gw"
''')
assert install.contains('''  minAvailable: 1
  selector:
    matchLabels:
      istio: "ingress-gw"
''')
// The template those pods are injected with is the privileged-ports one of the job above.
assert read('generated/injected/gateway-patch.json') == read('generated/privileged/gateway-patch.json')
return true
