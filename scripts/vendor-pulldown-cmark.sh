#!/usr/bin/env bash
# Rebuilds native/vendor/pulldown-cmark from the crates.io source of pulldown-cmark plus
# native/vendor/patches/*.patch (in name order). `--check`: builds it in a temp folder and fails
# when the vendored tree differs (CI runs this), writing nothing.
set -euo pipefail
VERSION=0.13.6
SHA256=3db2be46835f013dd3f4fa7f5f7402c537787b54ebb6fe2b94bbdd7e2669bb7b
repo="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$repo/native/vendor/pulldown-cmark"
patches="$repo/native/vendor/patches"
check=false
[ "${1:-}" = "--check" ] && check=true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# cargo downloads the .crate into its cache (checked against the registry index); the hash pins it too.
mkdir -p "$work/fetch/src"
printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\npulldown-cmark = { version = "=%s", default-features = false }\n' "$VERSION" >"$work/fetch/Cargo.toml"
: >"$work/fetch/src/lib.rs"
(cd "$work/fetch" && cargo fetch --quiet)
crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"pulldown-cmark-$VERSION.crate" | head -n 1)"
echo "$SHA256  $crate" | sha256sum -c --quiet
tar -xzf "$crate" -C "$work"
source="$work/pulldown-cmark-$VERSION"

# What docward vendors: the library only (no CLI, examples, tests), then the patches.
tree="$work/tree"
mkdir -p "$tree/src"
cp "$source/LICENSE" "$source/build.rs" "$source/Cargo.toml" "$tree/"
find "$source/src" -maxdepth 1 -name '*.rs' ! -name main.rs -exec cp {} "$tree/src/" \;
for p in "$patches"/*.patch; do
  (cd "$tree" && patch -p1 --quiet --fuzz=0 --no-backup-if-mismatch <"$p") || { echo "vendor-pulldown-cmark: $(basename "$p") does not apply to $VERSION" >&2; exit 1; }
done
cp "$vendor/PATCHES.md" "$tree/"

if $check; then
  if ! diff -r "$tree" "$vendor" >"$work/diff"; then
    cat "$work/diff" >&2
    echo "vendor-pulldown-cmark: native/vendor/pulldown-cmark is not pulldown-cmark $VERSION + native/vendor/patches (run scripts/vendor-pulldown-cmark.sh, or put the change in a patch)" >&2
    exit 1
  fi
  echo "vendor-pulldown-cmark: native/vendor/pulldown-cmark = pulldown-cmark $VERSION + $(ls "$patches"/*.patch | wc -l) patches"
else
  rm -rf "$vendor"
  cp -r "$tree" "$vendor"
  echo "vendor-pulldown-cmark: wrote native/vendor/pulldown-cmark (pulldown-cmark $VERSION + $(ls "$patches"/*.patch | wc -l) patches)"
fi
