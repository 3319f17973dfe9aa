#!/usr/bin/env bash
# run-go-render-bench.sh measures Go's own rendering of the gateway injection template with the
# default data object, istiod's way (the Go baseline for GatewayRenderBenchmark):
#   bash core/src/test/go/run-go-render-bench.sh [go test flags, default: -bench . -benchmem]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
go="$(bash "$root/.ci/install-go.sh")"
cd "$root/core/src/test/go/render"
[ $# -gt 0 ] || set -- -run '^$' -bench . -benchmem
TMPLPATCH_SHARED="${TMPLPATCH_SHARED:-$root/../shared}" GO111MODULE=off GOPATH=/usr/share/gocode \
  GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 "$go" test "$@"
