#!/usr/bin/env bash
# Builds the real-cluster test bed's control plane from the Go module proxy:
# etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl and
# kwok, at the versions pinned by the wrapper modules in test/e2e/tools/.
#
# Everything goes to a cache outside the repository, AIFACTORY_E2E_CACHE
# (default ~/.cache/aifactory-e2e): bin/ for the binaries, gomod/ and gocache/
# for Go's module and build caches (unless GOMODCACHE/GOCACHE are set).
# A build is skipped when bin/ was made from the same go.mod/go.sum files and
# Go version (the stamp in bin/.stamp); cold, it takes about 15 minutes on two
# cores and about 6 GB of disk.
#
# Also copies the CustomResourceDefinitions pinned in tools/crds to crds/.
#
# Prints the bin directory on its last line.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cache="${AIFACTORY_E2E_CACHE:-$HOME/.cache/aifactory-e2e}"
bin="$cache/bin"

if ! command -v go >/dev/null 2>&1; then
  echo "build-tools.sh: the Go toolchain (go 1.26 or newer) is needed to build the test bed's control plane; none is on PATH" >&2
  exit 1
fi

export GOMODCACHE="${GOMODCACHE:-$cache/gomod}"
export GOCACHE="${GOCACHE:-$cache/gocache}"
# The machine's own Go: a toolchain line in a dependency must not send the go
# command looking for another one.
export GOTOOLCHAIN=local
export GOFLAGS=-mod=readonly
mkdir -p "$bin" "$GOMODCACHE" "$GOCACHE"

stamp="$( (go version; cat "$here"/tools/*/go.mod "$here"/tools/*/go.sum "$0") | sha256sum | cut -d' ' -f1)"
tools=(etcd kube-apiserver kube-controller-manager kube-scheduler kubectl kwok)
have_all=1
for t in "${tools[@]}"; do [[ -x "$bin/$t" ]] || have_all=0; done
[[ -f "$cache/crds/network-attachment-definitions.yaml" ]] || have_all=0
if [[ $have_all == 1 && -f "$bin/.stamp" && "$(cat "$bin/.stamp")" == "$stamp" ]]; then
  echo "build-tools.sh: up to date in $bin" >&2
  echo "$bin"
  exit 0
fi

start=$SECONDS
rm -f "$bin/.stamp"
# Building in parallel does not help on two cores and doubles peak memory.
build() { # module-dir output package [ldflags]
  local dir="$1" out="$2" pkg="$3" ldflags="${4:-}"
  local t0=$SECONDS
  echo "build-tools.sh: building $out ($pkg)" >&2
  (cd "$here/tools/$dir" && go build -trimpath -ldflags "-s -w $ldflags" -o "$bin/$out.tmp" "$pkg")
  mv "$bin/$out.tmp" "$bin/$out"
  echo "build-tools.sh: $out built in $((SECONDS - t0)) s" >&2
}

# The version the binaries report: Kubernetes' own build (hack/lib/version.sh)
# stamps it with these variables; without it they say v0.0.0-master.
kv=v1.34.4
kver="-X k8s.io/component-base/version.gitVersion=$kv -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=34"
kver="$kver -X k8s.io/client-go/pkg/version.gitVersion=$kv -X k8s.io/client-go/pkg/version.gitMajor=1 -X k8s.io/client-go/pkg/version.gitMinor=34"
kver="$kver -X k8s.io/component-base/version.gitTreeState=clean"

build etcd etcd go.etcd.io/etcd/server/v3
build kubernetes kube-apiserver k8s.io/kubernetes/cmd/kube-apiserver "$kver"
build kubernetes kube-controller-manager k8s.io/kubernetes/cmd/kube-controller-manager "$kver"
build kubernetes kube-scheduler k8s.io/kubernetes/cmd/kube-scheduler "$kver"
build kubernetes kubectl k8s.io/kubernetes/cmd/kubectl "$kver"
build kwok kwok sigs.k8s.io/kwok/cmd/kwok "-X sigs.k8s.io/kwok/pkg/consts.Version=v0.8.0"

# CRDs the blueprints may say are installed: taken from the pinned upstream module, not rewritten by hand.
mkdir -p "$cache/crds"
nad_dir="$(cd "$here/tools/crds" && go mod download -json github.com/k8snetworkplumbingwg/network-attachment-definition-client | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
cp "$nad_dir/artifacts/networks-crd.yaml" "$cache/crds/network-attachment-definitions.yaml"
chmod u+w "$cache/crds/network-attachment-definitions.yaml"

echo "$stamp" >"$bin/.stamp"
echo "build-tools.sh: all built in $((SECONDS - start)) s" >&2
echo "$bin"
