#!/usr/bin/env bash
# Drives one shell's completion of genai-quiz with partial command lines and checks what it
# offers. Expected commands, options and choices are read from the program's --help (CLI11's own
# rendering, or an option's description for its choices), settings from `genai-quiz config`, files from a scratch folder: nothing is listed here.
#   tests/e2e/completion/completion_test.sh bash|zsh|fish BINARY COMPLETIONS_DIR
# Exits 77 (skipped) when the shell is not installed.
set -euo pipefail
shell=$1 gq=$(realpath "$2") completions=$(realpath "$3")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v "$shell" >/dev/null || { echo "$shell is not installed: skipped"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gq-completion.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/files/sub"
ln -s "$gq" "$work/bin/genai-quiz"
export PATH=$work/bin:$PATH HOME=$work/home XDG_CONFIG_HOME=$work/home/.config \
  GENAI_QUIZ_HOME=$work/home/data NO_COLOR=1 LC_ALL=C.UTF-8
cd "$work/files"
touch a.yaml b.yaml "my deck.yaml" notes.md
cat >mine.yaml <<'YAML'
id: mine
sections:
  - id: alpha
    title: Alpha Particles
    cards:
      - id: a1
        question: What is an alpha particle?
        answer: A helium nucleus.
        tags: [physics, nuclear]
  - id: beta
    title: Beta Decay
    cards:
      - id: b1
        question: What is beta decay?
        answer: A neutron turning into a proton.
        tags: [physics, weak-force]
YAML

# Every line to try, and what must be offered for it (sorted, one a line; an argument may hold
# several lines).
lines=() expected=()
case_() { lines+=("$1"); expected+=("$(printf '%s\n' "${@:2}" | sed '/^$/d' | LC_ALL=C sort -u)"); }

long_options() { genai-quiz "$@" --help | grep -oE '^ +(-[a-zA-Z], ?)?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+'; }
commands=$(genai-quiz --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
global_options=$(long_options)
# An option's choices: CLI11's "--layout NAME:{a,b}", else its description's "...: auto, always or never".
choices() {
  local line
  line=$(genai-quiz "${@:2}" --help | grep -E -- "^ +$1 [A-Z]+")
  if [[ $line == *'{'* ]]; then
    grep -oE -- "$1 [A-Z]+:\\{[a-z,]+\\}" <<<"$line" | sed -E 's/.*\{(.*)\}/\1/' | tr , '\n'
  else
    sed -E 's/.*: //; s/ or /, /g; s/ //g' <<<"$line" | tr , '\n'
  fi
}
colors=$(choices --color)
layouts=$(choices --layout convert)
settings=$(genai-quiz config | awk '/^[a-z_]+\.[a-z_]+ / { print $1 }')
# Section ids and titles, and card ids, from `list --json`.
without_cards() { sed -E 's/"listed":\[(\{"id":"[^"]*","marks":\[[^]]*\]\},?)*\]//g'; }
sections() { genai-quiz "$@" list --json | sed 's/.*"sections":\[//' | without_cards | grep -oE '"(id|title)":"[^"]*"' | cut -d'"' -f4; }
cards() { genai-quiz "$@" list --json | grep -oE '\{"id":"[^"]*","marks"' | cut -d'"' -f4; }
bundled_sections=$(sections)
mine_sections=$(sections --deck mine.yaml)
bundled_cards=$(cards)
mine_cards=$(cards --deck mine.yaml)
[[ -n $commands && -n $global_options && -n $colors && -n $layouts && -n $settings && -n $bundled_sections &&
   -n $mine_sections && -n $bundled_cards && -n $mine_cards ]] ||
  { echo "could not read the expectations"; exit 1; }

case_ "genai-quiz " $commands
for command in $commands; do
  case_ "genai-quiz ${command:0:3}" $(grep "^${command:0:3}" <<<"$commands")
  case_ "genai-quiz $command --" $(long_options "$command") $global_options
done
case_ "genai-quiz --" $global_options
case_ "genai-quiz --color " $colors
case_ "genai-quiz --color=al" $(grep '^al' <<<"$colors")
files=$(ls)
case_ "genai-quiz --deck " "$files"
case_ "genai-quiz --deck m" "$(grep '^m' <<<"$files")"
case_ "genai-quiz --deck=a" a.yaml
case_ "genai-quiz config " $settings
case_ "genai-quiz config desired" desired_retention
case_ "genai-quiz config scheduling.l" scheduling.learning_steps
case_ "genai-quiz config --max-interval "   # a number: nothing to offer
case_ "genai-quiz validate " "$files"
case_ "genai-quiz convert " "$files"
case_ "genai-quiz convert n" "$(grep '^n' <<<"$files")"
case_ "genai-quiz convert notes.md -o " "$files"
case_ "genai-quiz convert notes.md --output=my" "$(grep '^my' <<<"$files")"
case_ "genai-quiz convert --layout " "$layouts"
case_ "genai-quiz list -s " "$bundled_sections"
case_ "genai-quiz list -s te" "$(grep -i '^te' <<<"$bundled_sections")"
case_ "genai-quiz list --section=ll" "$(grep -i '^ll' <<<"$bundled_sections")"
case_ "genai-quiz --deck mine.yaml list -s " "$mine_sections"
case_ "genai-quiz list --deck mine.yaml -s al" "$(grep -i '^al' <<<"$mine_sections")"
mine_tags=$(sed -n 's/^ *tags: \[\(.*\)\]/\1/p' mine.yaml | tr ',' '\n' | tr -d ' ')
case_ "genai-quiz --deck mine.yaml study -t " "$mine_tags"
case_ "genai-quiz --deck mine.yaml study --tag n" "$(grep '^n' <<<"$mine_tags")"
for command in suspend unsuspend reset edit "study --card"; do
  case_ "genai-quiz $command " "$bundled_cards"
done
case_ "genai-quiz reset self" "$(grep '^self' <<<"$bundled_cards")"
case_ "genai-quiz suspend backpropagation t" "$(grep '^t' <<<"$bundled_cards")"
case_ "genai-quiz --deck mine.yaml edit " "$mine_cards"

case $shell in
  bash) output=$(bash --norc --noprofile "$here/bash_candidates.sh" "$completions/genai-quiz.bash" "${lines[@]}") ;;
  zsh) output=$(timeout 60 zsh -f "$here/zsh_candidates.zsh" "$completions" "${lines[@]}") ;;
  fish) output=$(fish --no-config "$here/fish_candidates.fish" "$completions/genai-quiz.fish" "${lines[@]}") ;;
  *) echo "unknown shell $shell"; exit 2 ;;
esac

# What each shell shows, reduced to the words: no descriptions, quoting, "--deck=" prefixes or
# trailing slashes on folders.
normalise() { sed -E 's/\t.*//; s/\\(.)/\1/g; s/^--[a-z-]+=//; s|/$||' | sed '/^$/d' | LC_ALL=C sort -u; }

failures=0
for i in "${!lines[@]}"; do
  got=$(awk -v want="== ${lines[i]}" '$0 == want { on = 1; next } /^== / { on = 0 } on' <<<"$output" | normalise)
  if [[ $got != "${expected[i]}" ]]; then
    echo "FAIL: $shell, '${lines[i]}'"
    diff <(echo "${expected[i]}") <(echo "$got") | sed 's/^/  /' || true
    failures=$((failures + 1))
  fi
done
[[ $failures -eq 0 ]] || { echo "$failures of ${#lines[@]} lines wrong"; exit 1; }
echo "$shell: ${#lines[@]} lines completed as expected"
