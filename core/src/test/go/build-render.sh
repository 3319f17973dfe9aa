#!/usr/bin/env bash
# build-render.sh GO OUT builds the Go renderer (core/src/test/go/render) into OUT, offline and in
# GOPATH mode against Debian's sprig and sigs.k8s.io/yaml in /usr/share/gocode, as
# shared/research/go-toolchain.md describes.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
cd "$here/render"
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
