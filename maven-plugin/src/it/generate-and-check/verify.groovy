import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def read = { String p -> new File(basedir, p).getText('UTF-8') }

// The explicit generate wrote every file; the lifecycle generate found them unchanged.
['generated/gateway.yaml', 'generated/gateway-patch.json', 'generated/custom-gateway.yaml',
 'generated/from-cluster.yaml', 'generated/from-cluster-patch.json'].each { p ->
  assert new File(basedir, p).isFile() : "missing $p"
  assert log.contains("[INFO] wrote $p") : "no 'wrote $p' in build.log"
  assert log.contains("[INFO] unchanged $p") : "no 'unchanged $p' in build.log"
}
assert log.contains('tmplpatch:check: 5 generated files are up to date')
assert log.contains('BUILD SUCCESS')

// Without edits the "edited" template is the template, byte for byte.
assert new File(basedir, 'generated/custom-gateway.yaml').bytes == new File(basedir, 'src/istio/custom-gateway.yaml').bytes
assert read('generated/gateway.yaml').startsWith('{{- $containers := list }}\n')
assert read('generated/gateway.yaml').contains('net.ipv4.ip_unprivileged_port_start')

// The template taken out of the ConfigMap dump, and the patches that carry the templates.
assert read('generated/from-cluster.yaml') == '''metadata:
  annotations:
    inject.istio.io/templates: gateway
spec:
  securityContext:
    sysctls:
    - name: net.ipv4.ip_unprivileged_port_start
      value: "0"
  containers:
  - name: istio-proxy
'''
def patch = new JsonSlurper().parseText(read('generated/from-cluster-patch.json'))
assert patch.spec.values.sidecarInjectorWebhook.templates.gateway == read('generated/from-cluster.yaml')
def bundled = new JsonSlurper().parseText(read('generated/gateway-patch.json'))
assert bundled.spec.values.sidecarInjectorWebhook.templates.gateway == read('generated/gateway.yaml')
return true
