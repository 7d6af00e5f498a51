#!/usr/bin/env bash
# npm run e2e: the real-cluster test bed. Builds (or reuses) the control plane from the Go module proxy,
# builds the CLI, then runs test/e2e/**/*.e2e.ts against a control plane on 127.0.0.1.
# Needs go (1.26) and openssl. Without them: a failure under CI=true, a plain SKIPPED line elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v go >/dev/null 2>&1 || missing+=("go (Go 1.26 toolchain, to build the control plane)")
command -v openssl >/dev/null 2>&1 || missing+=("openssl (Debian package openssl, for the test PKI)")
if [ "${#missing[@]}" -gt 0 ]; then
  list="$(printf '%s, ' "${missing[@]}")"
  if [ "${CI:-}" = "true" ]; then
    echo "npm run e2e: this machine lacks ${list%, }; CI=true, so this is a failure." >&2
    exit 1
  fi
  echo "SKIPPED npm run e2e: this machine lacks ${list%, }; nothing was run (CI would fail here)."
  exit 0
fi

start=$SECONDS
bash test/e2e/build-tools.sh >/dev/null
echo "npm run e2e: control plane ready in $((SECONDS - start)) s (cache: ${AIFACTORY_E2E_CACHE:-$HOME/.cache/aifactory-e2e})"
npm run --silent build
npx vitest run -c test/e2e/vitest.config.ts "$@"
