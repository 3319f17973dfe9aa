def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('jobs[1].scenario: unknown scenario "3"; accepted: unprivileged-ports (or 1), privileged-ports (or 2), privileged-ports-root')
assert log.contains('BUILD FAILURE')
// The mistake in the second job stops the first one too: configuration is checked before anything is written.
assert !new File(basedir, 'generated').exists()
return true
