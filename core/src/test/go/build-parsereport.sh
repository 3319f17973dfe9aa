#!/usr/bin/env bash
# build-parsereport.sh GO OUT builds the Go reference program (parsereport) into OUT.
# It lays out a throw-away GOPATH holding parsereport/ and golex/, and copies lex.go from GO's own
# GOROOT into golex/ so the action spans come from the very lexer that toolchain's parser uses.
# Offline, GOPATH mode, exactly as research/go-toolchain.md describes.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
goroot="$("$go" env GOROOT)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/tmplpatch/golex" "$tmp/src/tmplpatch/parsereport"
cp "$goroot/src/text/template/parse/lex.go" "$tmp/src/tmplpatch/golex/lex.go"
cp "$here/golex/export.go" "$tmp/src/tmplpatch/golex/"
cp "$here/parsereport/main.go" "$tmp/src/tmplpatch/parsereport/"
mkdir -p "$(dirname "$out")"
cd "$tmp/src/tmplpatch/parsereport"
GO111MODULE=off GOPATH="$tmp:/usr/share/gocode" GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
