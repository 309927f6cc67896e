#!/usr/bin/env bash
# Three devices keep their progress in step with `genai-quiz sync`, through a bare git
# repository (MODE git) or a plain shared folder (MODE folder, with a half-written log and a
# conflict copy as sync tools leave them). Study sessions (line mode, pinned times) and syncs are
# interleaved at random from SEED; then laptop suspends, resets and flags cards. At the end all
# three list the same marks and have the same card states, equal to a fourth data directory that
# imported every answer and card event (one machine replaying them all), and a second sync moves
# nothing.
#   sync_devices.sh GENAI_QUIZ_BINARY DECK MODE SEED
set -euo pipefail
gq=$1
deck=$2
mode=$3
seed=$4
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GENAI_QUIZ_CACHE_DIR="$work/cache" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW GENAI_QUIZ_HOME XDG_DATA_HOME
mkdir -p "$HOME"
cp "$deck" "$work/deck.yaml"

fail() { echo "sync_devices ($mode, seed $seed): $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
on() {  # DEVICE ARGS...: genai-quiz as that device (its own data directory and config)
  local d=$1; shift
  XDG_CONFIG_HOME="$work/$d/config" "$gq" --data-dir "$work/$d/data" --deck "$work/deck.yaml" "$@"
}

if [[ $mode == git ]]; then
  git init --quiet --bare "$work/remote.git"
  remote="$work/remote.git"
else
  mkdir "$work/shared"
  remote="$work/shared"
fi

# Each device sets its remote once, and gets a name.
for d in laptop desktop tablet; do
  out=$(on $d sync --set "$remote")
  expect "sync.remote = $remote" "$out"
  on $d sync --device "$d" >/dev/null
done

epoch=$(date -u -d 2025-03-01T08:00:00Z +%s)
study() {  # DEVICE: one session at the next pinned time, random ratings
  local input="" i
  for i in $(seq 1 12); do input+=$'\n'"$((RANDOM % 4 + 1))"$'\n'; done
  epoch=$((epoch + 5 * 3600))
  on "$1" --now "$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)" study <<<"$input" >/dev/null
}
sync_device() {  # DEVICE
  out=$(on "$1" sync) || { echo "$out"; fail "sync on $1 failed"; }
  expect "Synced with $remote" "$out"
}

devices=(laptop desktop tablet)
received=0
for step in $(seq 1 40); do
  d=${devices[$((RANDOM % 3))]}
  if ((RANDOM % 3 == 0)); then
    sync_device "$d"
    grep -qE ": [1-9][0-9]* answers? in" <<<"$out" && received=1
  else
    study "$d"
  fi
  if [[ $mode == folder && $step == 20 ]]; then
    # The sync tool has delivered laptop's log only up to half of its last line...
    on laptop sync >/dev/null
    log=$(ls "$work/shared/devices/"*.jsonl | head -1)
    cp "$log" "$work/whole.jsonl"
    head -c $(($(stat -c %s "$log") - 25)) "$work/whole.jsonl" >"$log"
    out=$(on desktop sync)
    expect "Left for later: 1 device log ends in a line still arriving." "$out"
    cp "$work/whole.jsonl" "$log"
    # ...and tablet's log was changed on two sides: the newer lines are in a conflict copy.
    tablet_log="$work/shared/devices/$(sed -n 's/.*"id": "\(.*\)".*/\1/p' "$work/tablet/data/sync-device.json").jsonl"
    study tablet
    on tablet sync >/dev/null
    cp "$tablet_log" "$work/older.jsonl"
    study tablet
    on tablet sync >/dev/null
    mv "$tablet_log" "${tablet_log%.jsonl}.sync-conflict-20250301-101500-ABCDEFG.jsonl"
    cp "$work/older.jsonl" "$tablet_log"
    out=$(on laptop sync)
    expect "Read 1 conflict copy left by the sync tool" "$out"
  fi
done
((received)) || fail "no sync received any answer: the interleaving proves nothing"

# Card marks travel with the answers: laptop suspends one card, resets one it has answered and
# flags the first card its next session shows (f in the line protocol).
mapfile -t ids < <(sed -n 's/^      - id: //p' "$work/deck.yaml")
field_of() {  # DEVICE CARD FIELD: the card's FIELD in a JSON export, as written
  on "$1" --now "$end" export --format json |
    awk -v id="\"id\": \"$2\"," -v key="\"$3\": " 'index($0, id) {found = 1}
      found && index($0, key) {sub(/^ *"[a-z_]*": /, ""); sub(/,$/, ""); print; exit}'
}
end=2025-06-01T12:00:00Z
epoch=$((epoch + 3600))
marked_at=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
reset_card=""
for id in "${ids[@]:1}"; do
  if [[ $(field_of laptop "$id" reps) != 0 ]]; then reset_card=$id; break; fi
done
[[ -n $reset_card ]] || fail "laptop has no answered card to reset"
on laptop --now "$marked_at" suspend "${ids[0]}" >/dev/null
on laptop --now "$marked_at" reset "$reset_card" >/dev/null
printf 'f\n\n3\n' | on laptop --now "$(date -u -d "@$((epoch + 60))" +%Y-%m-%dT%H:%M:%SZ)" study >/dev/null 2>&1 || true
flagged=$(on laptop --now "$end" list --flagged | awk '/\[flagged\]/ {print $1; exit}')
[[ -n $flagged ]] || fail "the f key flagged no card on laptop"
out=$(on laptop sync)
expect "card events out." "$out"

# Everyone syncs twice round: then every device has every answer and every mark.
for d in laptop desktop tablet laptop desktop; do sync_device $d; done
out=$(on tablet sync)
expect "0 answers in, 0 answers out." "$out"
laptop_list=$(on laptop --now "$end" list)
for d in desktop tablet; do
  list=$(on $d --now "$end" list)
  [[ $list == "$laptop_list" ]] || { diff <(echo "$laptop_list") <(echo "$list"); fail "$d lists other marks than laptop"; }
  grep -qE "^ *${ids[0]} .*\[suspended\]" <<<"$list" || { echo "$list"; fail "$d does not list ${ids[0]} as suspended"; }
  grep -qE "^ *$flagged .*\[flagged\]" <<<"$list" || { echo "$list"; fail "$d does not list $flagged as flagged"; }
  # Only the answers after the reset count (the f session may have answered the card once).
  reps=$(field_of $d "$reset_card" reps)
  ((reps <= 1)) || fail "$d counts $reps answers of $reset_card after its reset"
done
# A second sync changes nothing: no answer or event moves, the marks stay, and every event is
# in the devices' logs once.
for d in laptop desktop tablet; do
  out=$(on $d sync)
  expect "0 answers in, 0 answers out." "$out"
  [[ $(on $d --now "$end" list) == "$laptop_list" ]] || fail "a second sync changed $d's marks"
done
logs="$work/shared"
[[ $mode == git ]] && logs="$work/laptop/data/sync-git"
events=$(on laptop --now "$end" export --reviews | grep -c '"kind":')
((events >= 3)) || fail "laptop holds $events card events, not the suspend, reset and flag"
logged=0  # in the devices' own logs (a conflict copy repeats lines of one)
for log in "$logs"/devices/*.jsonl; do
  [[ $(basename "$log") =~ ^[0-9a-f]+\.jsonl$ ]] && logged=$((logged + $(grep -c '"kind":' "$log" || true)))
done
((logged == events)) || fail "the device logs hold $logged card events, and the devices $events"

on laptop --now $end export --format json -o "$work/laptop.json" >/dev/null
grep -q '"reps": [1-9]' "$work/laptop.json" || fail "no card was studied"
for d in desktop tablet; do
  on $d --now $end export --format json -o "$work/$d.json" >/dev/null
  cmp -s "$work/laptop.json" "$work/$d.json" || { diff "$work/laptop.json" "$work/$d.json" | head -20; fail "$d differs from laptop"; }
done
# One machine replaying every answer: a fresh data directory importing each device's log.
for d in laptop desktop tablet; do
  on $d --now $end export --reviews -o "$work/$d-log.json" >/dev/null
  on replay import "$work/$d-log.json" >/dev/null
done
on replay --now $end export --format json -o "$work/replay.json" >/dev/null
cmp -s "$work/laptop.json" "$work/replay.json" || { diff "$work/laptop.json" "$work/replay.json" | head -20; fail "the devices differ from one machine replaying every answer"; }

out=$(on laptop sync --status)
expect "Waiting      0 answers to go out" "$out"
expect "laptop" "$out"
expect "desktop" "$out"
expect "tablet" "$out"

if [[ $mode == git ]]; then
  # No commit touches another device's file: each commit's files belong to one device.
  git --git-dir "$work/remote.git" log --format=%H | while read -r c; do
    n=$(git --git-dir "$work/remote.git" show --name-only --format= "$c" | grep '^devices/' | sed 's|devices/\([^.]*\).*|\1|' | sort -u | wc -l)
    ((n <= 1)) || fail "commit $c touches the files of $n devices"
  done
fi
echo "sync_devices ($mode, seed $seed): ok"
