#!/usr/bin/env bash
# The kind walkthrough, end to end: kind config → kind create cluster → fake GPUs → apply (kubectl apply -k,
# then cdktf deploy where terraform exists) → smoke test → delete. Needs kind, a running Docker engine and
# kubectl; where they are missing it says so plainly and exits 0 (skipped, not passed).
#
#   test/e2e/kind.sh [BLUEPRINT]          default blueprints/dev-kind.yaml; CLUSTER=dev KEEP=1 to keep the cluster
set -euo pipefail
cd "$(dirname "$0")/../.."

BLUEPRINT="${1:-blueprints/dev-kind.yaml}"
CLUSTER="${CLUSTER:-dev}"
CONTEXT="kind-${CLUSTER}"

missing=()
command -v kind >/dev/null 2>&1 || missing+=("kind")
command -v kubectl >/dev/null 2>&1 || missing+=("kubectl")
if ! command -v docker >/dev/null 2>&1; then
  missing+=("docker")
elif ! docker info >/dev/null 2>&1; then
  missing+=("a running Docker engine")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  list="$(printf '%s, ' "${missing[@]}")"
  echo "SKIPPED test/e2e/kind.sh: this machine lacks ${list%, }; nothing was run."
  exit 0
fi

step() { printf '\n==> %s\n' "$*"; }
aif() { node bin/aifactory.js "$@"; }

work="$(mktemp -d)"
cleanup() {
  if [ "${KEEP:-}" != "1" ]; then
    step "kind delete cluster --name ${CLUSTER}"
    kind delete cluster --name "${CLUSTER}" || true
  fi
  rm -rf "${work}"
}
trap cleanup EXIT

step "npm run build"
npm run build

step "aifactory kind config ${BLUEPRINT} --cluster ${CLUSTER} --out kind.yaml"
aif kind config "${BLUEPRINT}" --cluster "${CLUSTER}" --out "${work}/kind.yaml"

step "kind create cluster --config kind.yaml"
kind create cluster --config "${work}/kind.yaml" --wait 180s
kubectl --context "${CONTEXT}" get nodes --show-labels

step "aifactory kind fake-gpus --context ${CONTEXT}"
aif kind fake-gpus --context "${CONTEXT}" --cluster "${CLUSTER}" "${BLUEPRINT}"
step "aifactory kind fake-gpus again: nothing to change"
aif kind fake-gpus --context "${CONTEXT}" --cluster "${CLUSTER}" "${BLUEPRINT}" | tee "${work}/again.txt"
grep -q "^0 of " "${work}/again.txt"

step "aifactory synth ${BLUEPRINT} --profile kind"
aif synth "${BLUEPRINT}" --profile kind --out "${work}/cdktf.out"

step "kubectl apply -k cdktf.out/kubernetes/${CLUSTER}"
kubectl --context "${CONTEXT}" apply -k "${work}/cdktf.out/kubernetes/${CLUSTER}"
kubectl --context "${CONTEXT}" get namespaces,priorityclasses,resourcequotas -A

step "aifactory kind smoke --context ${CONTEXT}"
aif kind smoke --context "${CONTEXT}" --cluster "${CLUSTER}" --timeout 120 "${BLUEPRINT}"

if command -v terraform >/dev/null 2>&1; then
  step "kubectl delete -k, then the same objects through Terraform: cdktf deploy"
  kubectl --context "${CONTEXT}" delete -k "${work}/cdktf.out/kubernetes/${CLUSTER}" --wait=true
  AIFACTORY_BLUEPRINT="${BLUEPRINT}" AIFACTORY_PROFILE=kind npx cdktf deploy "${CLUSTER}" --auto-approve
  step "aifactory kind smoke after cdktf deploy"
  aif kind smoke --context "${CONTEXT}" --cluster "${CLUSTER}" --timeout 120 "${BLUEPRINT}"
  AIFACTORY_BLUEPRINT="${BLUEPRINT}" AIFACTORY_PROFILE=kind npx cdktf destroy "${CLUSTER}" --auto-approve
else
  echo "(no terraform on this machine: cdktf deploy not exercised)"
fi

step "walkthrough passed"
