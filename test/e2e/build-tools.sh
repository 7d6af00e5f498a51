#!/usr/bin/env bash
# Builds the real-cluster test bed's control plane from the Go module proxy:
# etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl and
# kwok, and the kube-score linter, at the versions pinned by the wrapper modules in test/e2e/tools/
#
# Everything goes to a cache outside the repository, AIFACTORY_E2E_CACHE
# (default ~/.cache/aifactory-e2e): bin/ for the binaries, gomod/ and gocache/
# for Go's module and build caches (unless GOMODCACHE/GOCACHE are set).
# A build is skipped when bin/ was made from the same go.mod/go.sum files and
# Go version (the stamp in bin/.stamp); cold, it takes about 15 minutes on two
# cores and about 6 GB of disk.
#
# Also copies the CustomResourceDefinitions pinned in tools/crds to crds/, and
# builds the Kueue controller (tools/kueue, sigs.k8s.io/kueue v0.17.0) with its
# CRDs (crds/kueue/), under a stamp of its own (bin/.stamp-kueue).
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

# Kueue (the controller and its CRDs) has its own stamp, so that pinning another Kueue rebuilds only Kueue.
kueue_stamp="$( (go version; cat "$here/tools/kueue/go.mod" "$here/tools/kueue/go.sum") | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$bin/kueue" || ! -f "$cache/crds/kueue/kueue.x-k8s.io_clusterqueues.yaml" || ! -f "$cache/crds/kueue-patches/kustomization.yaml" || "$(cat "$bin/.stamp-kueue" 2>/dev/null)" != "$kueue_stamp" ]]; then
  rm -f "$bin/.stamp-kueue"
  t0=$SECONDS
  echo "build-tools.sh: building kueue (sigs.k8s.io/kueue/cmd/kueue)" >&2
  (cd "$here/tools/kueue" && go build -trimpath -ldflags "-s -w" -o "$bin/kueue.tmp" sigs.k8s.io/kueue/cmd/kueue)
  mv "$bin/kueue.tmp" "$bin/kueue"
  # Kueue's CRDs, as its module ships them (config/components/crd/bases), not rewritten by hand.
  kueue_dir="$(cd "$here/tools/kueue" && go list -m -f '{{.Dir}}' sigs.k8s.io/kueue)"
  rm -rf "$cache/crds/kueue" && mkdir -p "$cache/crds/kueue"
  cp "$kueue_dir"/config/components/crd/bases/*.yaml "$cache/crds/kueue/"
  chmod u+w "$cache/crds/kueue"/*.yaml
  # Kueue's own install patches its CRDs (conversion webhooks on some kinds) before applying them; the patches and
  # the kustomization that enables them, as shipped, for the test bed to apply the same way.
  rm -rf "$cache/crds/kueue-patches" && mkdir -p "$cache/crds/kueue-patches"
  cp "$kueue_dir"/config/components/crd/kustomization.yaml "$kueue_dir"/config/components/crd/patches/*.yaml "$cache/crds/kueue-patches/"
  chmod u+w "$cache/crds/kueue-patches"/*.yaml
  echo "$kueue_stamp" >"$bin/.stamp-kueue"
  echo "build-tools.sh: kueue built in $((SECONDS - t0)) s" >&2
fi

# The control plane's stamp: every wrapper module but Kueue's, and this script.
stamp="$( (go version; for f in "$here"/tools/*/go.mod "$here"/tools/*/go.sum; do [[ "$f" == "$here/tools/kueue/"* ]] || cat "$f"; done; cat "$0") | sha256sum | cut -d' ' -f1)"
tools=(etcd kube-apiserver kube-controller-manager kube-scheduler kubectl kwok kube-score)
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
# kube-score: the peer linter npm test runs over the manifests (test/policy/kube-score.test.ts builds it too when missing).
build kube-score kube-score github.com/zegl/kube-score/cmd/kube-score

# CRDs the blueprints may say are installed: taken from the pinned upstream module, not rewritten by hand.
mkdir -p "$cache/crds"
nad_dir="$(cd "$here/tools/crds" && go mod download -json github.com/k8snetworkplumbingwg/network-attachment-definition-client | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
cp "$nad_dir/artifacts/networks-crd.yaml" "$cache/crds/network-attachment-definitions.yaml"
chmod u+w "$cache/crds/network-attachment-definitions.yaml"

echo "$stamp" >"$bin/.stamp"
echo "build-tools.sh: all built in $((SECONDS - start)) s" >&2
echo "$bin"
