def log = new File(basedir, 'build.log').getText('UTF-8')

// The release the template was made from, and what to run.
assert log.contains('src/istio/gateway.yaml: warning: based on Istio 1.26.2 gateway-injection-template.yaml with scenario '
    + 'privileged-ports (nearest: the other changes remove or add 1 line), not on Istio 1.27.9; tmplpatch:generate rebases it')
// The rebase shown as a diff of the committed template: 1.27.9's new bootstrapOverride lines come in.
assert log.contains('+    - name: ISTIO_BOOTSTRAP_OVERRIDE')
assert log.contains('1 of 1 generated files are not what tmplpatch generates now (src/istio/gateway.yaml); '
    + 'run mvn tmplpatch:generate to update')
assert log.contains('BUILD FAILURE')

// check never writes.
assert !new File(basedir, 'src/istio/gateway.yaml').getText('UTF-8').contains('ISTIO_BOOTSTRAP_OVERRIDE')
return true
