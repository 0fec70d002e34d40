#!/usr/bin/env bash
# Cross-builds the native extractor for every GitHub-hosted runner on a Linux x64 host, into dist/native/
# (stripped) with dist/native/manifest.json. Installs what it needs (scripts/targets-setup.sh) idempotently.
# A target whose manifest entry matches the current native sources and file is not rebuilt (said so); --force rebuilds.
# Usage: bash scripts/build-targets.sh [--force] [TARGET...]   (default: all seven)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/targets-setup.sh
source scripts/targets-setup.sh

# target -> Rust triple and how it is built: napi-cross (glibc 2.17 gcc), zig (napi -x: cargo-zigbuild), mingw.
declare -A TRIPLE=(
  [linux-x64-gnu]=x86_64-unknown-linux-gnu [linux-arm64-gnu]=aarch64-unknown-linux-gnu
  [linux-x64-musl]=x86_64-unknown-linux-musl [linux-arm64-musl]=aarch64-unknown-linux-musl
  [darwin-arm64]=aarch64-apple-darwin [darwin-x64]=x86_64-apple-darwin [win32-x64-gnu]=x86_64-pc-windows-gnu
)
declare -A MODE=(
  [linux-x64-gnu]=napi-cross [linux-arm64-gnu]=napi-cross [linux-x64-musl]=zig [linux-arm64-musl]=zig
  [darwin-arm64]=zig [darwin-x64]=zig [win32-x64-gnu]=mingw
)
# Oldest macOS each build supports (zig defaults to its own SDK's, macOS 15): arm64 Macs start at 11.
declare -A MACOS_MIN=([darwin-arm64]=11.0 [darwin-x64]=10.13)

force=""
targets=()
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    -*) echo "build-targets: unknown option $arg" >&2; exit 2 ;;
    *)
      [ -n "${TRIPLE[$arg]:-}" ] || { echo "build-targets: unknown target $arg (known: ${ALL_TARGETS[*]})" >&2; exit 2; }
      targets+=("$arg") ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "build-targets: cross-builds from a Linux x86_64 host only (this is $(uname -s)-$(uname -m))" >&2
  exit 1
fi

declare -A SECONDS_TAKEN=() REASON=()
stale=()
for t in "${targets[@]}"; do
  if [ -z "$force" ] && reason="$(node scripts/native-manifest.mjs current "$t")"; then
    echo "== $t: up to date with native/ (manifest), not rebuilt (--force rebuilds)"
    SECONDS_TAKEN[$t]="up to date"
  else
    REASON[$t]="${reason:-forced}"
    stale+=("$t")
  fi
done

# Install only what the targets to build need.
need_modes=" "
triples=()
for t in "${stale[@]}"; do
  need_modes+="${MODE[$t]} "
  triples+=("${TRIPLE[$t]}")
done
if [ ${#stale[@]} -gt 0 ]; then
  ensure_apt xz-utils
  ensure_rust_target "${triples[@]}"
fi
if [[ "$need_modes" == *" napi-cross "* ]]; then ensure_napi_cross; fi
if [[ "$need_modes" == *" zig "* ]]; then ensure_zig; fi
if [[ "$need_modes" == *" mingw "* ]]; then ensure_apt gcc-mingw-w64-x86-64; ensure_libnode_stub; fi

for t in "${stale[@]}"; do
  echo "== $t (${TRIPLE[$t]}, ${MODE[$t]}): ${REASON[$t]}"
  start=$(date +%s)
  args=(--target "${TRIPLE[$t]}")
  envs=()
  case "${MODE[$t]}" in
    napi-cross) args+=(--napi-cross) ;;
    zig) args+=(--cross-compile) ;;
    # GNU ld stamps the link time into a PE header: without it a rebuild of the same sources is byte-identical.
    mingw) envs+=("RUSTFLAGS=${RUSTFLAGS:-} -C link-arg=-Wl,--no-insert-timestamp") ;;
  esac
  if [ -n "${MACOS_MIN[$t]:-}" ]; then envs+=("MACOSX_DEPLOYMENT_TARGET=${MACOS_MIN[$t]}"); fi
  env "${envs[@]}" node scripts/build-native.mjs "${args[@]}"
  test -s "dist/native/docward.$t.node" || { echo "build-targets: napi wrote no dist/native/docward.$t.node" >&2; exit 1; }
  # Recorded at once: a later target's failure keeps what was built.
  node scripts/native-manifest.mjs update "$t"
  SECONDS_TAKEN[$t]="$(($(date +%s) - start)) s"
done

echo "== build-targets summary"
printf '%-18s %12s %10s\n' target bytes time
for t in "${targets[@]}"; do
  printf '%-18s %12s %10s\n' "$t" "$(stat -c %s "dist/native/docward.$t.node")" "${SECONDS_TAKEN[$t]}"
done
