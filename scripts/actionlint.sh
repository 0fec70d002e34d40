#!/usr/bin/env bash
# Lints every workflow in .github/workflows with actionlint, installing it through the Go module proxy when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION="v1.7.12"

bin="$(command -v actionlint || true)"
if [ -z "$bin" ]; then
  gobin="$(go env GOPATH)/bin"
  if [ ! -x "$gobin/actionlint" ] || ! "$gobin/actionlint" -version | grep -q "${ACTIONLINT_VERSION#v}"; then
    echo "installing actionlint $ACTIONLINT_VERSION with go install"
    GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}"
  fi
  bin="$gobin/actionlint"
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#workflows[@]} -eq 0 ]; then
  echo "actionlint: no workflows in .github/workflows" >&2
  exit 1
fi
# The complete workflows shown in docs/action.md are linted too: readers copy them as they are.
examples="$(mktemp -d)"
trap 'rm -rf "$examples"' EXIT
awk -v dir="$examples" '
  /^```yaml$/ { inside = 1; text = ""; next }
  /^```$/ && inside { inside = 0; if (text ~ /^name: / && text ~ /\njobs:/) { n++; f = dir "/example-" n ".yml"; printf "%s", text > f; close(f) } next }
  inside { text = text $0 "\n" }
' docs/action.md
examples_found=("$examples"/*.yml)
# shellcheck and pyflakes integrations run only when those tools are installed.
"$bin" -no-color "${workflows[@]}" "${examples_found[@]}"
echo "actionlint: ${#workflows[@]} workflows and ${#examples_found[@]} examples from docs/action.md OK"
