#!/usr/bin/env bash
# `genai-quiz sync` failures: each is one clear message, exit 1 (2 for a usage mistake), and the
# progress database untouched. And sync.auto around a study session: a failed sync is one
# warning line and the answers are kept; a working one sends them.
#   sync_failures.sh GENAI_QUIZ_BINARY DECK
set -euo pipefail
gq=$1
deck=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  GENAI_QUIZ_CACHE_DIR="$work/cache" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
mkdir -p "$HOME"
cp "$deck" "$work/deck.yaml"
gqd() { "$gq" --deck "$work/deck.yaml" "$@"; }

fail() { echo "sync_failures: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
refused() {  # EXIT TEXT ARGS...: the sync fails with that exit code and message, changing nothing
  local code=$1 text=$2; shift 2
  local before after status=0
  before=$(gqd export --reviews --now 2025-03-02T00:00:00Z)
  out=$(gqd sync "$@" 2>&1) || status=$?
  [[ $status == "$code" ]] || { echo "$out"; fail "sync $* exited with $status, not $code"; }
  expect "$text" "$out"
  after=$(gqd export --reviews --now 2025-03-02T00:00:00Z)
  [[ $before == "$after" ]] || fail "sync $* changed the progress database"
}

printf '\n3\n\n3\n' | gqd --now 2025-03-01T09:00:00Z study >/dev/null

refused 2 "no remote to sync with: give one (a git URL or a shared folder), or set it once with 'genai-quiz sync --set REMOTE'"

# A remote git cannot reach (here a path that is not there; a network failure reads the same).
refused 1 "genai-quiz: cannot clone $work/nowhere.git: " "$work/nowhere.git"

# git missing from PATH.
git init --quiet --bare "$work/remote.git"
status=0
out=$(PATH=/nonexistent "$gq" --deck "$work/deck.yaml" sync "$work/remote.git" 2>&1) || status=$?
[[ $status == 1 ]] || fail "without git, sync exited with $status"
expect "cannot sync through git: git is not installed; install it with 'sudo apt install git'" "$out"

# A repository that holds something else.
git init --quiet "$work/other"
echo "my thesis" >"$work/other/thesis.tex"
git -C "$work/other" add thesis.tex
git -C "$work/other" -c user.name=t -c user.email=t@t commit --quiet -m thesis
git clone --quiet --bare "$work/other" "$work/other.git"
refused 1 "is not a genai-quiz sync folder (it has files but no genai-quiz-sync.json)" "$work/other.git"

# A shared folder with a malformed line from another device, and one from a newer genai-quiz.
mkdir -p "$work/bad/devices" "$work/newer"
echo '{"format":"genai-quiz-sync","version":1}' >"$work/bad/genai-quiz-sync.json"
printf '%s\n' '{"deck":"good","card":"a","rating":9,"time":"2025-03-01T09:00:00Z"}' >"$work/bad/devices/0123abcd.jsonl"
refused 1 "$work/bad/devices/0123abcd.jsonl:1:36: error: answer.rating: the number 9 is not a rating" "$work/bad"
[[ ! -e $work/bad/devices/$(sed -n 's/.*"id": "\(.*\)".*/\1/p' "$work/data/sync-device.json").jsonl ]] ||
  fail "a failed sync wrote this device's log"
echo '{"format":"genai-quiz-sync","version":3}' >"$work/newer/genai-quiz-sync.json"
refused 1 "was made by a newer genai-quiz: sync format version 3, and this one reads up to 2; upgrade genai-quiz" "$work/newer"

# sync.auto with a remote that fails: the session runs, one warning, the answer is kept.
gqd sync --set "$work/nowhere.git" >/dev/null
"$gq" config sync.auto true >/dev/null
out=$(printf '\n3\n' | gqd --now 2025-03-05T09:00:00Z study 2>&1)
expect "genai-quiz: warning: sync failed: cannot clone $work/nowhere.git" "$out"
expect "Answered" "$out"
[[ $(grep -c "warning: sync failed" <<<"$out") == 2 ]] || { echo "$out"; fail "expected one warning before and one after"; }
[[ $(gqd export --reviews --format csv | wc -l) == 4 ]] || fail "the answer given with a failing sync was lost"

# sync.auto with a working remote: the answers go out without a word.
gqd sync --set "$work/remote.git" >/dev/null
out=$(printf '\n3\n' | gqd --now 2025-03-06T09:00:00Z study 2>&1)
grep -q "warning" <<<"$out" && { echo "$out"; fail "a working sync warned"; }
out=$(gqd sync --status)
expect "Waiting      0 answers to go out" "$out"
git --git-dir "$work/remote.git" log --oneline | grep -q "genai-quiz sync: 3 answers" || fail "the answers were not pushed"
echo "sync_failures: ok"
