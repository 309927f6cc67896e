#!/usr/bin/env bash
# Export and import end to end, on progress studied through the line protocol (some of it typed
# with `study --type`, so some answers carry the coverage of their key points):
# - export then import into an empty data directory reproduces every card state, the review log
#   with every coverage, and the statistics (calibration included);
# - importing twice, or a machine's own export, changes nothing;
# - two machines that each hold part of the answers, once merged, hold the states and the review
#   log of the machine that gave them all;
# - every malformed file (truncated, wrong types, unknown version, duplicate answers, ratings or
#   coverages out of range, foreign, not UTF-8) is refused with exit code 1 and leaves the progress database
#   unchanged;
# - export -o writes atomically and replaces the old file; reading never creates a database.
#   export_import.sh GENAI_QUIZ_BINARY DECK EXPORT_PROGRESS_SCRIPT
set -euo pipefail
gq=$1 deck=$2 progress=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW GENAI_QUIZ_HOME
now=2025-03-10T10:00:00Z

fail() { echo "export_import: $*"; exit 1; }
q() {  # DATA_DIR ARGS...: genai-quiz on one data directory
  local data=$1; shift
  "$gq" --deck "$deck" --data-dir "$data" --now "$now" "$@"
}
states() { q "$1" export --format csv; }     # every card's state
log() { q "$1" export --reviews --format json | grep -v '"exported_at"'; }  # the review log
same() {  # WHAT A B
  if ! diff -u <(echo "$2") <(echo "$3") >"$work/diff"; then
    head -40 "$work/diff"
    fail "$1"
  fi
}

# One machine studies four weeks.
bash "$progress" "$gq" "$deck" "$work/one"
one_states=$(states "$work/one")
one_log=$(log "$work/one")
[[ $(grep -c '"rating"' <<<"$one_log") -gt 20 ]] || fail "too few answers were studied"
[[ $(grep -c '"coverage"' <<<"$one_log") -ge 5 ]] || fail "too few typed answers with a coverage"
one_stats=$(q "$work/one" stats --json)
grep -q '"higher": [1-9]' <<<"$one_stats" || fail "no answer was rated higher than its coverage suggested"

# Reading creates no database.
q "$work/never" export --format csv >/dev/null
q "$work/never" stats >/dev/null
[[ ! -e "$work/never" ]] || fail "export or stats created a data directory"

# Export with the review log, in JSON and in YAML, into empty data directories.
out=$(q "$work/one" export --reviews -o "$work/backup.json")
[[ $out == "Exported 5 cards and "*" answers to $work/backup.json." ]] || fail "unexpected message: $out"
q "$work/one" export --reviews -o "$work/backup.yaml" >/dev/null
[[ -z $(find "$work" -maxdepth 1 -name '.*.tmp-*') ]] || fail "a temporary file was left behind"
for format in json yaml; do
  out=$(q "$work/from-$format" import "$work/backup.$format")
  [[ $out == "Imported "*" answers to 5 cards from $work/backup.$format (0 answers already present)." ]] ||
    fail "unexpected message: $out"
  same "states after importing the $format export into an empty directory" "$one_states" "$(states "$work/from-$format")"
  same "review log after importing the $format export" "$one_log" "$(log "$work/from-$format")"
  same "statistics after importing the $format export" "$one_stats" "$(q "$work/from-$format" stats --json)"
done

# Importing twice, or a machine's own export, changes nothing.
for data in "$work/from-json" "$work/one"; do
  out=$(q "$data" import "$work/backup.json")
  [[ $out == "Imported 0 answers to 0 cards from $work/backup.json ("*" answers already present)." ]] ||
    fail "unexpected message: $out"
  same "states after importing again" "$one_states" "$(states "$data")"
  same "review log after importing again" "$one_log" "$(log "$data")"
done

# Two machines: the sessions of the machine that studied are shared out between home and work
# (every other session), each starts from its share, then imports the other's export. Both then
# hold exactly what the machine that gave every answer holds.
half() {  # PARITY: the answers of every other session (even: 0, odd: 1), as a JSON export
  local parity=$1 i=-1 previous="" sep="" d c t r ms cram fp rep cov
  printf '{"format": "genai-quiz-progress", "version": 1, "reviews": ['
  while IFS=, read -r d c t r ms cram fp rep cov; do
    [[ $t == "$previous" ]] || { i=$((i + 1)); previous=$t; }  # a session's answers share its time
    cov=${cov%$'\r'}
    if (( i % 2 == parity )); then
      printf '%s\n{"deck": "%s", "card": "%s", "time": "%s", "rating": %s, "duration_ms": %s, "cram": %s, "fingerprint": "%s", "repeat": %s%s}' \
        "$sep" "$d" "$c" "$t" "$r" "$ms" "$cram" "$fp" "$rep" "${cov:+, \"coverage\": $cov}"
      sep=,
    fi
  done < <(q "$work/one" export --reviews --format csv | tail -n +2)
  printf ']}\n'
}
half 0 >"$work/home-half.json"
half 1 >"$work/work-half.json"
q "$work/home" import "$work/home-half.json" >/dev/null
q "$work/work" import "$work/work-half.json" >/dev/null
home_states=$(states "$work/home")
[[ $home_states != "$one_states" ]] || fail "half of the answers already gave every state"
q "$work/home" export --reviews -o "$work/home.yaml" >/dev/null
q "$work/work" export --reviews -o "$work/work.json" >/dev/null
q "$work/home" import "$work/work.json" >/dev/null
q "$work/work" import "$work/home.yaml" >/dev/null
same "merged states at home" "$one_states" "$(states "$work/home")"
same "merged states at work" "$one_states" "$(states "$work/work")"
same "merged review log at home" "$one_log" "$(log "$work/home")"
same "merged review log at work" "$one_log" "$(log "$work/work")"

# Malformed files are refused and change nothing.
cp -r "$work/one" "$work/target"
before_states=$(states "$work/target")
before_log=$(log "$work/target")
json=$(cat "$work/backup.json")
first_rating=$(grep -m1 -n '"rating": ' "$work/backup.json" | cut -d: -f1)
first_coverage=$(grep -m1 -n '"coverage": ' "$work/backup.json" | cut -d: -f1)
one_review=$(printf '{"deck": "export", "card": "softmax", "time": "2025-03-11T09:00:00Z", "rating": 3}')
bad() {  # NAME TEXT EXPECTED_MESSAGE
  printf '%s' "$2" >"$work/bad.json"
  local err status=0
  err=$(q "$work/target" import "$work/bad.json" 2>&1 >/dev/null) || status=$?
  [[ $status -eq 1 ]] || fail "$1: exit code $status, expected 1"
  grep -qF -- "$3" <<<"$err" || { echo "$err"; fail "$1: expected '$3'"; }
  grep -qF "nothing was imported; the progress database is unchanged" <<<"$err" || fail "$1: no closing line"
  same "$1: states changed" "$before_states" "$(states "$work/target")"
  same "$1: review log changed" "$before_log" "$(log "$work/target")"
}
bad "truncated JSON" "${json:0:$((${#json} / 2))}" "is it truncated?"
bad "wrong type" "$(sed "${first_rating}s/\"rating\": \([0-9]\)/\"rating\": \"\1\"/" "$work/backup.json")" \
  ".rating: the text \""
bad "unknown version" "$(sed 's/"version": 1,/"version": 2,/' "$work/backup.json")" "made by a newer genai-quiz: format version 2"
# A bad value is reported at its line and column: here the first rating's digit.
rating_column=$(sed -n "${first_rating}p" "$work/backup.json" | awk '{ print index($0, "\"rating\": ") + 10 }')
bad "rating out of range" "$(sed "${first_rating}s/\"rating\": [0-9]/\"rating\": 7/" "$work/backup.json")" \
  "bad.json:${first_rating}:${rating_column}: error: reviews[0].rating: the number 7 is not a rating (allowed: 1, 2, 3 or 4)"
q "$work/one" export --reviews --format yaml -o "$work/backup.yaml" >/dev/null
yaml_rating=$(grep -m1 -n 'rating: ' "$work/backup.yaml" | cut -d: -f1)
yaml_rating_column=$(sed -n "${yaml_rating}p" "$work/backup.yaml" | awk '{ print index($0, "rating: ") + 8 }')
bad "rating out of range (YAML)" "$(sed "${yaml_rating}s/rating: [0-9]/rating: 7/" "$work/backup.yaml")" \
  "bad.json:${yaml_rating}:${yaml_rating_column}: error: reviews[0].rating: the number 7 is not a rating"
bad "rating zero" "$(sed "${first_rating}s/\"rating\": [0-9]/\"rating\": 0/" "$work/backup.json")" "the number 0 is not a rating"
bad "coverage above 1" "$(sed "${first_coverage}s/\"coverage\": [0-9.]*/\"coverage\": 1.5/" "$work/backup.json")" \
  ".coverage: the number 1.5 is not a coverage (the share of key points covered, from 0 to 1)"
bad "coverage below 0" "$(sed "${first_coverage}s/\"coverage\": [0-9.]*/\"coverage\": -0.5/" "$work/backup.json")" \
  ".coverage: the number -0.5 is not a coverage"
bad "coverage as a percentage" "$(sed "${first_coverage}s/\"coverage\": [0-9.]*/\"coverage\": \"50%\"/" "$work/backup.json")" \
  ".coverage: the text \"50%\" is not a coverage"
bad "duplicate answers" "{\"format\": \"genai-quiz-progress\", \"version\": 1, \"reviews\": [$one_review, $one_review]}" \
  "reviews[1] repeats reviews[0]: card 'softmax' of deck 'export' answered at the same time"
bad "a good answer before a bad one" \
  "{\"format\": \"genai-quiz-progress\", \"version\": 1, \"reviews\": [$one_review, {\"deck\": \"export\"}]}" \
  "reviews[1]: the field 'card' is missing"
bad "no review log" "$(q "$work/one" export --format json)" "the file has no review log"
bad "foreign JSON" '{"name": "something else"}' "not a genai-quiz progress export"
bad "empty file" "" "the file is empty"
bad "YAML syntax" $'format: genai-quiz-progress\nversion: 1\nreviews: [\n' "not valid YAML"
bad "not UTF-8 (YAML)" $'format: genai-quiz-progress\nversion: 1\nsettings:\n  maximum_interval: "\xff"\nreviews: []\n' \
  "bad.json:4:22: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"
bad "not UTF-8 (JSON)" "$(sed "${first_rating}s/\"rating\": /\"rating\": \"caf$(printf '\xe9')\", \"x\": /" "$work/backup.json")" \
  "bad.json:${first_rating}:"

# --dry-run reports and writes nothing, and creates no database.
printf '{"format": "genai-quiz-progress", "version": 1, "reviews": [%s]}' "$one_review" >"$work/new.json"
out=$(q "$work/still-none" import --dry-run "$work/backup.json")
[[ $out == "Would import "*" answers to 5 cards from $work/backup.json (0 answers already present)." ]] ||
  fail "unexpected message: $out"
[[ ! -e "$work/still-none" ]] || fail "import --dry-run created a data directory"
out=$(q "$work/target" import --dry-run "$work/new.json")
[[ $out == "Would import 1 answer to 1 card from $work/new.json (0 answers already present)." ]] ||
  fail "unexpected message: $out"
same "dry run changed the states" "$before_states" "$(states "$work/target")"
out=$(q "$work/target" import "$work/new.json")
[[ $out == "Imported 1 answer to 1 card from $work/new.json (0 answers already present)." ]] ||
  fail "unexpected message: $out"

# export -o replaces an existing file, keeping its permissions.
printf 'old' >"$work/replace.csv"
chmod 600 "$work/replace.csv"
q "$work/one" export -o "$work/replace.csv" >/dev/null
same "export -o did not write the cards" "$one_states" "$(cat "$work/replace.csv")"
[[ $(stat -c %a "$work/replace.csv") == 600 ]] || fail "the replaced file lost its permissions"
echo "export_import: ok"
