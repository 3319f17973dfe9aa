#!/usr/bin/env bash
# build-execfuzz.sh GO OUT builds the Go executor reference (execfuzz, standard library only) into
# OUT, offline and in GOPATH mode as shared/research/go-toolchain.md describes.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
cd "$here/execfuzz"
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
