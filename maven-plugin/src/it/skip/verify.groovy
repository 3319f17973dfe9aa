def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping tmplpatch:generate (tmplpatch.skip is true)')
assert log.contains('Skipping tmplpatch:check (tmplpatch.skip is true)')
assert log.contains('BUILD SUCCESS')
// Nothing written, nothing checked: the committed file is as it was.
assert new File(basedir, 'generated/custom-gateway.yaml').getText('UTF-8') == 'hand-written, must stay as it is\n'
assert !new File(basedir, 'generated/custom-patch.json').exists()
// The generated help goal lists the goals.
assert log.contains('tmplpatch:generate')
assert log.contains('tmplpatch:check')
assert log.contains('tmplpatch:help')
return true
