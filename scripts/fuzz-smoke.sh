#!/usr/bin/env bash
# Bounded cargo-fuzz run of the native extractor (default 60 s; FUZZ_SECONDS=3600 by hand for a long run).
# Installs what it needs (nightly toolchain, cargo-fuzz); a crash fails the run and leaves the input in
# native/fuzz/artifacts/ — turn it into a fixtures/extract/ case with its golden facts.
set -euo pipefail
cd "$(dirname "$0")/../native/fuzz"
seconds="${FUZZ_SECONDS:-60}"

if ! command -v rustup >/dev/null; then
  echo "fuzz-smoke: rustup is required (cargo fuzz needs a nightly toolchain)" >&2
  exit 1
fi
# grep without -q reads all input: no SIGPIPE for rustup under pipefail.
rustup toolchain list | grep '^nightly' >/dev/null || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seed corpus: every extraction fixture behind mode byte 0 (a plain .md document; see the fuzz target).
mkdir -p corpus/extract_document
for file in ../../fixtures/extract/*.md; do
  name="$(basename "$file" .md)"
  { printf '\000'; cat "$file"; } > "corpus/extract_document/$name"
done

# -rss_limit_mb: the extractor must stay bounded on any input; -max_len covers a realistic document.
cargo +nightly fuzz run extract_document --release -- \
  -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
  -dict=markdown.dict -print_final_stats=1
