#!/usr/bin/env bash
# Ten million '[' in a deck, a YAML export and config.yaml: every reader stops where the nesting
# passes 499 levels and says so at that line and column, in bounded memory (the program runs
# under a 1 GiB address-space limit; reading such a file to its end took 2.3 GB).
#   deep_nesting.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
cd "$work"
brackets=$(head -c 10000000 /dev/zero | tr '\0' '[')
printf 'id: d\ntitle: T\nsections:\n  - id: s\n    cards: %s' "$brackets" >deck.yaml
printf 'format: genai-quiz-progress\nversion: 1\nreviews: %s' "$brackets" >export.yaml
mkdir -p config/genai-quiz
printf 'scheduling:\n  learning_steps: %s' "$brackets" >config/genai-quiz/config.yaml
unset brackets

failed=0
# check NAME EXIT WANT COMMAND...: COMMAND exits with EXIT and its output holds the line WANT.
check() {
  local name=$1 want_exit=$2 want=$3; shift 3
  local status=0
  if [[ ${GQ_SANITIZED:-} == 1 ]]; then
    "$@" >out 2>&1 || status=$?
  else
    (ulimit -v 1048576; "$@") >out 2>&1 || status=$?
  fi
  if [[ $status -ne $want_exit ]] || ! grep -qxF -- "$want" out; then
    echo "deep_nesting: $name: exit $status (want $want_exit), output:"; head -c 2000 out; echo
    failed=1
  else
    echo "deep_nesting: $name: ok"
  fi
}
deck_error='deck.yaml:5:511: error: invalid YAML: nesting is deeper than 499 levels'
config_error="$work/config/genai-quiz/config.yaml:2:518: error: not valid YAML: nesting is deeper than 499 levels"
mv config/genai-quiz/config.yaml config/genai-quiz/deep.yaml
check validate 1 "$deck_error" "$gq" validate deck.yaml
check list 1 "$deck_error" "$gq" --deck deck.yaml list
check import 1 'export.yaml:3:509: error: not valid YAML: nesting is deeper than 499 levels' "$gq" import export.yaml
mv config/genai-quiz/deep.yaml config/genai-quiz/config.yaml
check config 1 "$config_error" "$gq" config
check "config SETTING VALUE" 1 "$config_error" "$gq" config desired_retention 0.8
exit $failed
