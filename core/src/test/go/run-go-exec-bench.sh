#!/usr/bin/env bash
# run-go-exec-bench.sh measures Go 1.24's own text/template execution on the input of
# RenderBenchmark (the Go baseline for the executor):
#   bash core/src/test/go/run-go-exec-bench.sh [go test flags, default: -bench . -benchmem]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
go="$(bash "$root/.ci/install-go.sh")"
cd "$root/core/src/test/go/execbench"
[ $# -gt 0 ] || set -- -bench . -benchmem
GO111MODULE=off GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 "$go" test "$@"
