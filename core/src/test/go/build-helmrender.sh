#!/usr/bin/env bash
# build-helmrender.sh GO OUT builds the Helm-template reference (core/src/test/go/helmrender) into OUT,
# offline and in GOPATH mode against Debian's sprig in /usr/share/gocode.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
cd "$here/helmrender"
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
