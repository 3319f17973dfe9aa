def log = new File(basedir, 'build.log').getText('UTF-8')
// Go reports the missing {{ end }} where the text ends: after line 11, so line 12, column 1.
assert log.contains('src/istio/gateway.yaml:12:1: unexpected EOF (hint: ')
assert log.contains('BUILD FAILURE')
assert !log.contains('generated files are up to date')
return true
