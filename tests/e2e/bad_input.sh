#!/usr/bin/env bash
# Bad input gets a clear message, exit 1, and changes nothing: an unknown card id for each command
# that takes one, a deck file named in config.yaml that vanished, a read-only decks folder. Through
# the real binary with the data directory, the decks folder and config.yaml in a temporary HOME.
#   bad_input.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  HOME="$work" TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100 EDITOR=false VISUAL=false
unset GENAI_QUIZ_NOW
now=(--now 2026-12-03T10:00:00Z)
failed=0
fail() { echo "bad_input: $*"; failed=1; }
# everything a command could change: the progress with its review log and marks, and the library
state() { "$gq" "${now[@]}" export --reviews --format json 2>/dev/null; "$gq" "${now[@]}" list 2>/dev/null; ls -R "$work/data"; }

deck() {  # deck ID CARD...: a deck file with one section and a card per id
  printf 'id: %s\ntitle: Deck %s\nsections:\n  - id: s-%s\n    title: S\n    cards:\n' "$1" "$1" "$1"
  for card in "${@:2}"; do printf '      - id: %s\n        question: What is %s?\n        answer: It is %s.\n' "$card" "$card" "$card"; done
}
deck mine softmax relu >"$work/mine.yaml"
deck temp dropout >"$work/temp.yaml"
mkdir -p "$work/config/genai-quiz"
printf 'decks:\n  - %s\n  - %s\n' "$work/mine.yaml" "$work/temp.yaml" >"$work/config/genai-quiz/config.yaml"

# Some progress to keep: an answer and a suspension.
printf '\n3\n' | "$gq" "${now[@]}" study --card softmax >/dev/null 2>&1 || fail "study --card softmax failed"
"$gq" "${now[@]}" suspend relu >/dev/null
before=$(state)
[[ $before == *'"id": "softmax"'* ]] || fail "the progress to keep is not there: $before"

# An unknown card id: every command that takes one says which and what to do, exits 1.
for command in suspend unsuspend reset edit "study --card"; do
  # shellcheck disable=SC2086 # "study --card" is two words
  if out=$("$gq" "${now[@]}" $command softmx 2>&1 </dev/null); then fail "$command softmx succeeded: $out"; continue; fi
  grep -qF "unknown card 'softmx'" <<<"$out" || fail "$command softmx did not name the card: $out"
  grep -qF "softmax" <<<"$out" || fail "$command softmx did not suggest softmax: $out"
done
# Several cards, one unknown: nothing is done to the others either.
if out=$("$gq" "${now[@]}" suspend softmax softmx 2>&1); then fail "suspend with an unknown card succeeded"; fi
grep -qi "nothing was changed" <<<"$out" || fail "suspend softmax softmx did not say nothing changed: $out"
[[ $(state) == "$before" ]] || fail "an unknown card changed the progress or the library"

# A deck file named in config.yaml vanished: the message names it, the other decks load, exit 1.
rm "$work/temp.yaml"
if out=$("$gq" "${now[@]}" list 2>"$work/err"); then fail "list with a vanished deck file exited 0"; fi
grep -qF "$work/temp.yaml" "$work/err" || fail "the vanished deck file is not named: $(cat "$work/err")"
grep -q "config.yaml:[0-9]*:[0-9]*: error" "$work/err" || fail "no file:line:col for the config entry: $(cat "$work/err")"
grep -q "softmax" <<<"$out" || fail "the other decks did not load: $out"
grep -q "backpropagation" <<<"$out" || fail "the bundled deck did not load: $out"
out=$("$gq" "${now[@]}" export --reviews --format json 2>/dev/null) || true
[[ $out == *'"id": "softmax"'* ]] || fail "export with a vanished deck file lost the others: $out"

# A read-only decks folder: deck add says it cannot write there and adds nothing. Permissions
# do not stop root, so as root the command runs as nobody (setpriv), on files nobody can reach.
deck extra attention >"$work/extra.yaml"
mkdir -p "$work/data/decks"
chmod 555 "$work/data/decks"
run_unprivileged=("$gq")
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null; then
    chmod 755 "$work" && chmod -R a+rX "$work" && chmod 555 "$work/data/decks"
    chown -R 65534 "$work/data" "$work/cache" 2>/dev/null || true
    run_unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups "$gq")
  else
    run_unprivileged=()
  fi
fi
if ((${#run_unprivileged[@]})); then
  if out=$("${run_unprivileged[@]}" deck add "$work/extra.yaml" 2>&1); then fail "deck add into a read-only folder succeeded: $out"; fi
  grep -qF "cannot write $work/data/decks/extra.yaml" <<<"$out" || fail "deck add into a read-only folder said: $out"
  [[ -z $(ls -A "$work/data/decks") ]] || fail "deck add left files in the read-only folder: $(ls -A "$work/data/decks")"
else
  echo "bad_input: skipping the read-only folder: running as root without setpriv"
fi
exit $failed
