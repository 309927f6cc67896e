#!/usr/bin/env bash
# End-to-end run of the study settings of config.yaml (study.new_per_day, study.limit,
# study.type): used when the flags do not say, overridden by them, shown by `config` with where
# each comes from, and a bad value refused without touching the file.
#   tests/e2e/study_settings.sh BINARY
set -euo pipefail
gq=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-study-settings.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC TERM=dumb
unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR XDG_DATA_HOME
config=$XDG_CONFIG_HOME/genai-quiz/config.yaml
now=(--now 2026-01-05T10:00:00Z)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
header() { printf 'q\n' | "$gq" "${now[@]}" study --dry-run "$@" | sed -n 2p; }
prompt() { printf 'q\n' | "$gq" "${now[@]}" study --dry-run "$@" | sed -n 5p; }

# Defaults: 3 new cards of the bundled deck (fewer than 20), answers not typed.
[[ $(header) == *" · 3 left · new 3 · "* ]] || fail "default new cards: $(header)"
[[ $(prompt) == "(an empty line shows the answer"* ]] || fail "default: not typed: $(prompt)"

mkdir -p "$(dirname "$config")"
printf 'study:\n  new_per_day: 1\n  type: true\n' >"$config"
[[ $(header) == *" · 1 left · new 1 · "* ]] || fail "study.new_per_day: $(header)"
[[ $(prompt) == "(type your answer"* ]] || fail "study.type: $(prompt)"
[[ $(header --new 2) == *" · 2 left · new 2 · "* ]] || fail "--new wins: $(header --new 2)"
[[ $(prompt --no-type) == "(an empty line shows the answer"* ]] || fail "--no-type wins: $(prompt --no-type)"

out=$("$gq" config study.limit 2)
[[ $out == "study.limit = 2 (saved in $config)" ]] || fail "config sets study.limit: $out"
printf 'study:\n  new_per_day: 3\n  limit: 2\n' >"$config"
[[ $(header) == *" · 2 left · new 2 · "* ]] || fail "study.limit: $(header)"
[[ $(header --limit 0) == *" · 3 left · new 3 · "* ]] || fail "--limit wins: $(header --limit 0)"

out=$("$gq" config)
[[ $out =~ study\.new_per_day\ +config\ file,\ line\ 2\ +3 ]] || fail "config shows new_per_day: $out"
[[ $out =~ study\.limit\ +config\ file,\ line\ 3\ +2 ]] || fail "config shows limit: $out"
[[ $out =~ study\.type\ +default\ +false ]] || fail "config shows type: $out"

before=$(cat "$config")
status=0
err=$("$gq" config study.new_per_day -1 2>&1) || status=$?
[[ $status -eq 2 && $err == "genai-quiz: study.new_per_day: '-1' is not a whole number of cards (allowed: 0 to 100000)" ]] ||
  fail "a bad value: $status $err"
[[ $(cat "$config") == "$before" ]] || fail "a bad value changed the file"
printf 'study:\n  limit: lots\n' >"$config"
status=0
err=$("$gq" "${now[@]}" study --dry-run </dev/null 2>&1) || status=$?
[[ $status -eq 1 && $err == *"$config:2:10: error: limit: 'lots' is not a whole number of cards"* ]] ||
  fail "an invalid file stops study: $status $err"

[[ $failures -eq 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "study settings: all checks passed"
