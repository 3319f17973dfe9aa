#!/usr/bin/env bash
# install-go.sh prints the path of a Go 1.24 `go` binary, fetching it from Debian's archive
# when it is not there yet. Go 1.24 is what istiod 1.26 is built with; bookworm's own golang-go
# is 1.19, whose text/template differs (no `else with`, other error texts), so we take the
# trixie packages with a private apt configuration and unpack them without touching dpkg.
# The GOPATH libraries (sprig, yaml) come from bookworm and go to /usr/share/gocode.
set -euo pipefail
cache="${TMPLPATCH_GO_CACHE:-$HOME/.cache/tmplpatch-go}"
go="$cache/root/usr/lib/go-1.24/bin/go"
if [ -x "$go" ] && "$go" version >/dev/null 2>&1; then
  echo "$go"; exit 0
fi
log() { echo "install-go: $*" >&2; }
if [ ! -d /usr/share/gocode/src/github.com/Masterminds/sprig ]; then
  log "installing GOPATH libraries from Debian"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go golang-github-masterminds-sprig-dev \
    golang-gopkg-yaml.v3-dev golang-k8s-sigs-yaml-dev >&2
fi
apt="$cache/apt"
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs" "$cache/root"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" > "$apt/sources.list"
opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=-"
      -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o "APT::Get::List-Cleanup=0")
log "fetching golang-1.24 from Debian trixie"
apt-get "${opts[@]}" update -qq >&2
(cd "$apt/debs" && apt-get "${opts[@]}" download golang-1.24-go golang-1.24-src >&2)
for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$cache/root"; done
"$go" version >&2
echo "$go"
