#!/usr/bin/env bash
# The interview date from config.yaml: the study header counts down to it, `config` shows it,
# --by overrides it, and once it has passed it is ignored.
#   interview_date.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW

fail() { echo "interview_date: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
mkdir -p "$work/config/genai-quiz"
printf 'scheduling:\n  interview_date: 2025-03-18\n' >"$work/config/genai-quiz/config.yaml"

out=$(printf '\n3\n' | "$gq" --now 2025-03-01T09:00:00Z study --limit 1)
expect "17 days to go · 3 cards need a review before then" "$out"
out=$("$gq" config)
expect "scheduling.interview_date" "$out"
expect "2025-03-18" "$out"
out=$(printf '\n3\n' | "$gq" --now 2025-03-01T09:00:00Z study --limit 1 --by 2025-03-04)
expect "3 days to go · 3 cards need a review before then" "$out"
# The eve: one day to go, and the card answered today (Good: 10 minutes) still counts.
out=$(printf '\n3\n' | "$gq" --now 2025-03-17T09:00:00Z study --limit 1)
expect "1 day to go · 3 cards need a review before then" "$out"
out=$(printf '\n3\n' | "$gq" --now 2025-03-20T09:00:00Z study --limit 1)
if grep -q "to go" <<<"$out"; then echo "$out"; fail "a past interview date still counts down"; fi
echo "interview_date: ok"
