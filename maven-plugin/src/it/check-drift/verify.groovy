def log = new File(basedir, 'build.log').getText('UTF-8')

// The hand edit is shown as a unified diff: committed = a/, generated = b/.
assert log.contains('generated/custom-gateway.yaml: 1 line removed, 3 lines added')
assert log.contains('''--- a/generated/custom-gateway.yaml
+++ b/generated/custom-gateway.yaml
@@ -6,7 +6,9 @@
   {{- if .Values.gateways.securityContext }}
     {{- toYaml .Values.gateways.securityContext | nindent 4 }}
   {{- else }}
-    sysctls: []
+    sysctls:
+    - name: net.ipv4.ip_unprivileged_port_start
+      value: "0"
   {{- end }}
   containers:
   - name: istio-proxy
''')
// A missing output and a line-ending-only difference are named, not dumped.
assert log.contains('generated/custom-patch.json: missing; tmplpatch:generate writes it')
assert log.contains('generated/crlf.yaml: only line endings differ (committed CRLF, generated LF)')
assert !log.contains('-metadata:')
assert log.contains('3 of 3 generated files are not what tmplpatch generates now '
    + '(generated/custom-gateway.yaml, generated/custom-patch.json, generated/crlf.yaml); run mvn tmplpatch:generate to update')
assert log.contains('BUILD FAILURE')

// check never writes.
assert !new File(basedir, 'generated/custom-patch.json').exists()
assert new File(basedir, 'generated/custom-gateway.yaml').getText('UTF-8').contains('sysctls: []')
return true
