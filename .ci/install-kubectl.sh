#!/usr/bin/env bash
# install-kubectl.sh prints the path of a kubectl binary, fetching one from Debian's archive when
# the machine has none. The tests only run `kubectl patch --local` (no cluster), but they need the
# real apimachinery merge code, so a missing kubectl must be installed, never skipped.
# Bookworm's own kubernetes-client is 1.20; trixie ships kubectl 1.32 (needs only libc6 >= 2.34,
# which bookworm has), so we take it with a private apt configuration and unpack it without
# touching dpkg, like install-go.sh does for Go.
# Use: export TMPLPATCH_KUBECTL="$(bash .ci/install-kubectl.sh)"
# TMPLPATCH_KUBECTL_FROM_DEBIAN=1 ignores any kubectl on PATH (to test the download itself).
set -euo pipefail
log() { echo "install-kubectl: $*" >&2; }
works() { [ -x "$1" ] && "$1" version --client >/dev/null 2>&1; }

if [ -n "${TMPLPATCH_KUBECTL:-}" ] && works "$TMPLPATCH_KUBECTL"; then
  echo "$TMPLPATCH_KUBECTL"; exit 0
fi
if [ -z "${TMPLPATCH_KUBECTL_FROM_DEBIAN:-}" ] && found="$(command -v kubectl 2>/dev/null)" && works "$found"; then
  echo "$found"; exit 0
fi
cache="${TMPLPATCH_KUBECTL_CACHE:-$HOME/.cache/tmplpatch-kubectl}"
kubectl="$cache/root/usr/bin/kubectl"
if works "$kubectl"; then
  echo "$kubectl"; exit 0
fi

apt="$cache/apt"
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs" "$cache/root"
# An empty dpkg status: otherwise an installed non-Debian kubectl (e.g. from another vendor's
# repository) is apt's candidate version and `apt-get download` finds no source for it.
: > "$apt/status"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" > "$apt/sources.list"
opts=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=-"
      -o "Dir::State::Lists=$apt/lists" -o "Dir::State::status=$apt/status"
      -o "Dir::Cache=$apt/cache" -o "APT::Get::List-Cleanup=0")
log "fetching kubectl from Debian trixie"
apt-get "${opts[@]}" update -qq >&2
rm -f "$apt/debs"/*.deb
(cd "$apt/debs" && apt-get "${opts[@]}" download kubectl >&2)
for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$cache/root"; done
if ! works "$kubectl"; then
  log "kubectl from trixie did not run: $kubectl"; exit 1
fi
"$kubectl" version --client >&2
echo "$kubectl"
