#!/usr/bin/env bash
# run-go-bench.sh measures Go 1.24's own parser on the inputs of bench/ (the Go baseline):
#   bash core/src/test/go/run-go-bench.sh [go test flags, default: -bench . -benchmem]
# The corpus is read from ../shared beside the checkout unless TMPLPATCH_SHARED is set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
go="$(bash "$root/.ci/install-go.sh")"
export TMPLPATCH_SHARED="${TMPLPATCH_SHARED:-$root/../shared}"
cd "$root/core/src/test/go/parsebench"
[ $# -gt 0 ] || set -- -bench . -benchmem
GO111MODULE=off GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 "$go" test "$@"
