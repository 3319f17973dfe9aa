#!/usr/bin/env bash
# build-funcs.sh GO OUT builds the template-function reference into OUT, offline and in GOPATH mode
# against Debian's sprig and sigs.k8s.io/yaml in /usr/share/gocode. The program is funcs/*.go
# together with the render reference's files (all but its main.go and tests), so the functions it
# calls are the very ones the render reference renders with.
set -euo pipefail
go="$1"; out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
work="$(mktemp -d "${TMPDIR:-/tmp}/tmplpatch-funcs.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for f in "$here"/render/*.go; do
  case "$(basename "$f")" in main.go|*_test.go) ;; *) cp "$f" "$work/" ;; esac
done
cp "$here"/funcs/*.go "$work/"
cd "$work"
GO111MODULE=off GOPATH=/usr/share/gocode GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 \
  "$go" build -o "$out" .
