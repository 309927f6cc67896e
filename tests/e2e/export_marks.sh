#!/usr/bin/env bash
# Card marks and the card event log through export and import, with the real binary and two data
# directories in a temporary HOME, time pinned: a flagged card and a suspended card that was
# never answered come out in every export format, and an import on the other side marks them
# alike; importing again adds nothing.
#   export_marks.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100
unset GENAI_QUIZ_NOW
failed=0
fail() { echo "export_marks: $*"; failed=1; }
at() { local home=$1 time=$2; shift 2; GENAI_QUIZ_HOME="$work/$home" "$gq" --now "$time" "$@"; }

# Machine a: backpropagation flagged in study and answered; self-attention suspended, never answered.
printf 'f\n\n3\n' | at a 2026-12-03T10:00:00Z study >/dev/null 2>&1 || true
at a 2026-12-03T10:05:00Z suspend self-attention >/dev/null
marks() { at "$1" 2026-12-03T12:00:00Z list -s found | grep -E 'backpropagation|self-attention'; }
expected=$(marks a)
grep -q 'backpropagation .*\[flagged\]' <<<"$expected" || fail "machine a lacks the flag: $expected"
grep -q 'self-attention .*\[suspended\]' <<<"$expected" || fail "machine a lacks the suspension: $expected"

# Every format shows the marks.
csv=$(at a 2026-12-03T12:00:00Z export --format csv)
[[ $(head -1 <<<"$csv") == *',edited,suspended,flagged,leech'* ]] || fail "CSV header: $(head -1 <<<"$csv")"
grep -q '^genai-interview,foundations,self-attention,.*,false,true,false,false' <<<"$csv" || fail "CSV marks: $csv"
grep -q '^genai-interview,foundations,backpropagation,.*,false,false,true,false' <<<"$csv" || fail "CSV marks: $csv"
md=$(at a 2026-12-03T12:00:00Z export --format md)
grep -q '`self-attention`.*| new · suspended |' <<<"$md" || fail "Markdown report marks: $md"
json=$(at a 2026-12-03T12:00:00Z export --format json)
grep -q '"suspended": true' <<<"$json" || fail "JSON marks: $json"
if grep -q '"events"' <<<"$json"; then fail "JSON without --reviews carries the event log"; fi

for format in json yaml; do
  rm -rf "$work/b"
  at a 2026-12-03T12:00:00Z export --reviews -o "$work/a.$format" >/dev/null
  grep -q 'event_count.*2' "$work/a.$format" || fail "$format export: no event_count 2: $(cat "$work/a.$format")"
  out=$(at b 2026-12-03T13:00:00Z import "$work/a.$format")
  grep -q '^Added 2 card events' <<<"$out" || fail "first $format import said: $out"
  [[ $(marks b) == "$expected" ]] || fail "after the $format import, b shows: $(marks b), not: $expected"
  out=$(at b 2026-12-03T13:00:00Z import "$work/a.$format")
  if grep -q 'card event' <<<"$out"; then fail "a second $format import added events: $out"; fi
  grep -q '^Imported 0 answers' <<<"$out" || fail "a second $format import said: $out"
  [[ $(at b 2026-12-03T13:00:00Z export --reviews | grep -c '"kind"') == 2 ]] || fail "b's event log after two imports"
  # The suspended card stays out of study on b: backpropagation (learning) and
  # transformer-architecture (new) are queued, as on a.
  left=$(printf '' | at b 2026-12-03T13:00:00Z study --dry-run 2>&1 | sed -n 's/.* \([0-9][0-9]*\) left .*/\1/p' | head -1)
  [[ $left == 2 ]] || fail "b queues $left cards after the $format import, not 2"
done

# A reset on a travels too: b's backpropagation becomes new, its answer kept.
at a 2026-12-03T14:00:00Z reset backpropagation >/dev/null
at a 2026-12-03T14:00:00Z export --reviews -o "$work/reset.json" >/dev/null
out=$(at b 2026-12-03T15:00:00Z import "$work/reset.json")
grep -q '^Added 1 card event' <<<"$out" || fail "importing a reset said: $out"
grep -q '"id": "backpropagation"' <<<"$(at b 2026-12-03T15:00:00Z export)" || fail "b lost backpropagation"
[[ $(at b 2026-12-03T15:00:00Z export --format csv | grep '^genai-interview,foundations,backpropagation,' | cut -d, -f5) == new ]] \
  || fail "the imported reset did not make backpropagation new on b"
[[ $(at b 2026-12-03T15:00:00Z export --reviews | grep -c '"rating"') == 1 ]] || fail "the reset lost b's answer"
exit $failed
