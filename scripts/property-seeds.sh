#!/usr/bin/env bash
# Runs every property test (the files that call fc.assert) N times (default 50), each with a new
# random seed drawn here and printed, so a failure names the seed that replays it:
#   FC_SEED=<seed> npx vitest run <file>
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
mapfile -t files < <(grep -rl 'fc\.assert' test --include='*.test.ts' | sort)
failed=0
for ((i = 1; i <= runs; i++)); do
  seed=$(node -e 'console.log(require("node:crypto").randomInt(-2147483648, 2147483647))')
  if FC_SEED="$seed" npx vitest run "${files[@]}" >"${TMPDIR:-/tmp}/property-seed.log" 2>&1; then
    echo "run $i/$runs: seed $seed passed"
  else
    echo "run $i/$runs: seed $seed FAILED; replay with: FC_SEED=$seed npx vitest run ${files[*]}"
    grep -E 'Counterexample|seed|FAIL|AssertionError' "${TMPDIR:-/tmp}/property-seed.log" | head -20 || true
    failed=$((failed + 1))
  fi
done
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
