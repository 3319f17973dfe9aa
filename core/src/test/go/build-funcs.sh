#!/usr/bin/env bash
# build-funcs.sh GO OUT builds the template-function reference (core/src/test/go/funcs) into OUT,
# offline and in GOPATH mode against Debian's sprig and sigs.k8s.io/yaml in /usr/share/gocode.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
cd "$here/funcs"
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
