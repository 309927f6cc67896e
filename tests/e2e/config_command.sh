#!/usr/bin/env bash
# End-to-end run of `genai-quiz config`: listing with origins, setting values in a commented file,
# refusing bad values without touching the file, writing through a symbolic link.
#   tests/e2e/config_command.sh BINARY
set -euo pipefail
gq=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-config.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Wide enough for each path on one line (narrower layouts: tests/e2e/widths.sh).
export COLUMNS=200 HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data NO_COLOR=1 LC_ALL=C.UTF-8
file=$XDG_CONFIG_HOME/genai-quiz/config.yaml
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_eq() {  # WHAT ACTUAL EXPECTED
  [[ $2 == "$3" ]] || { fail "$1"; diff <(printf '%s\n' "$3") <(printf '%s\n' "$2") || true; }
}

# No file yet: every value is a default, and the header says so.
out=$("$gq" config)
[[ $out == *"(not created yet: every value is a default)"* ]] || fail "header without a file: $out"
[[ $out =~ scheduling\.desired_retention\ +default\ +0\.9 ]] || fail "default desired_retention: $out"
[[ $out == *"progress     $GENAI_QUIZ_HOME/progress.db (environment GENAI_QUIZ_HOME)"* ]] || fail "progress: $out"
[[ $out == *"decks        the bundled deck (default)"* ]] || fail "decks: $out"
out=$(cd "$work" && touch a.yaml && "$gq" --deck a.yaml config --data-dir "$work/elsewhere")
[[ $out == *"progress     $work/elsewhere/progress.db (flag --data-dir)"* ]] || fail "progress from a flag: $out"
[[ $out == *"decks        a.yaml (flag --deck)"* ]] || fail "decks from a flag: $out"

# A commented file: a new value replaces only its line; comments, blank lines and order stay.
mkdir -p "$(dirname "$file")"
cat >"$file" <<'YAML'
# My genai-quiz settings.
scheduling:
  # I want to be sure.
  desired_retention: 0.95   # for the interview

  enable_fuzz: false
YAML
chmod 600 "$file"
out=$("$gq" config desired_retention 0.85)
expect_eq "set message" "$out" "scheduling.desired_retention = 0.85 (saved in $file)"
"$gq" config scheduling.learning_steps 1m 5m 1h >/dev/null
expect_eq "edited file" "$(cat "$file")" "# My genai-quiz settings.
scheduling:
  # I want to be sure.
  desired_retention: 0.85   # for the interview

  enable_fuzz: false
  learning_steps: [1m, 5m, 1h]"
expect_eq "permissions kept" "$(stat -c %a "$file")" "600"

# Origins: the file with its line, a flag given to config, the default.
out=$("$gq" config --max-interval 365 --fuzz)
[[ $out =~ scheduling\.desired_retention\ +config\ file,\ line\ 4\ +0\.85 ]] || fail "file origin: $out"
[[ $out =~ scheduling\.maximum_interval\ +flag\ --max-interval\ +365 ]] || fail "flag origin: $out"
[[ $out =~ scheduling\.enable_fuzz\ +flag\ --fuzz\ +true ]] || fail "flag over file: $out"
[[ $out =~ scheduling\.day_start_hour\ +default\ +4 ]] || fail "default origin: $out"
expect_eq "one value" "$("$gq" config learning_steps)" "[1m, 5m, 1h]"

# A bad value is a usage error that names the key and the allowed range; the file is unchanged.
before=$(cat "$file")
status=0
err=$("$gq" config desired_retention 1.5 2>&1 >/dev/null) || status=$?
expect_eq "bad value exit" "$status" 2
expect_eq "bad value message" "$err" \
  "genai-quiz: scheduling.desired_retention: 1.5 is not allowed (allowed: 0.70 to 0.99)"
status=0
err=$("$gq" config desired_retension 0.9 2>&1 >/dev/null) || status=$?
expect_eq "unknown key exit" "$status" 2
[[ $err == "genai-quiz: unknown setting 'desired_retension'; did you mean 'desired_retention'? (known: scheduling."* ]] ||
  fail "unknown key message: $err"
expect_eq "file unchanged" "$(cat "$file")" "$before"
[[ -z $(find "$(dirname "$file")" -name '*.tmp.*') ]] || fail "temporary file left behind"

# An invalid file is reported with positions; setting the bad key fixes it.
printf 'scheduling:\n  day_start_hour: 25\n' >"$file"
status=0
err=$("$gq" config 2>&1 >/dev/null) || status=$?
expect_eq "invalid file exit" "$status" 1
[[ $err == *"config.yaml:2:19: error: day_start_hour: 25 is not allowed (allowed: 0 to 23)"* ]] ||
  fail "invalid file message: $err"
"$gq" config day_start_hour 5 >/dev/null
expect_eq "fixed file" "$(cat "$file")" "scheduling:
  day_start_hour: 5"

# A config kept elsewhere behind a symbolic link is edited there; the link stays.
mkdir -p "$work/dotfiles"
mv "$file" "$work/dotfiles/config.yaml"
ln -s "$work/dotfiles/config.yaml" "$file"
"$gq" config enable_short_term false >/dev/null
[[ -L $file ]] || fail "the symbolic link was replaced"
expect_eq "file behind the link" "$(cat "$work/dotfiles/config.yaml")" "scheduling:
  day_start_hour: 5
  enable_short_term: false"

[[ $failures -eq 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "config command: all checks passed"
