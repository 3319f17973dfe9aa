#!/usr/bin/env bash
# run-render-bench.sh measures Go 1.24 parsing and rendering the 1.26.2 gateway injection template
# as istiod does (the Go figures of bench/RESULTS.md):
#   bash core/src/test/go/run-render-bench.sh [go test flags, default: -bench . -benchmem]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
go="$(bash "$root/.ci/install-go.sh")"
export TMPLPATCH_TESTDATA="${TMPLPATCH_TESTDATA:-$root/testdata}"
cd "$root/core/src/test/go/render"
[ $# -gt 0 ] || set -- -run '^$' -bench . -benchmem
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 "$go" test "$@"
