def log = new File(basedir, 'build.log').getText('UTF-8')
// Go reports the missing {{ end }} where the text ends: after line 11, so line 12; the message is
// the one the tmplpatch command prints, Go's own.
assert log.contains('template: src/istio/gateway.yaml:12: unexpected EOF; hint: ')
assert log.contains('BUILD FAILURE')
assert !log.contains('generated files are up to date')
return true
