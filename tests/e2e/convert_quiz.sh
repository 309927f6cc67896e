#!/usr/bin/env bash
# A quiz document converted and studied through the line protocol: `convert` makes multiple-choice
# cards of its three forms (lettered options with "#### Answer: B", a task list, "a) …" with "The
# correct answer is b) …"), the deck validates, and `study` grades the picks and saves them.
#   convert_quiz.sh GENAI_QUIZ_BINARY QUIZ.md
set -euo pipefail
gq=$1
doc=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GENAI_QUIZ_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
  GENAI_QUIZ_CACHE_DIR="$work/home/cache" NO_COLOR=1 TERM=dumb TZ=UTC LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
fail() { echo "convert_quiz: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
cp "$doc" "$work/quiz.md"
cd "$work"

out=$("$gq" convert quiz.md -o quiz.yaml 2>&1) || { echo "$out"; fail "convert failed"; }
expect "quiz.md: 3 cards, 0 stubs in 1 section" "$out"
deck=$(cat quiz.yaml)
expect "        choices:" "$deck"
expect "        correct: b" "$deck"
expect "        correct: [a, c]" "$deck"
grep -qF "Answer: B" quiz.yaml && fail "the answer line stayed in the deck"
grep -qF "The correct answer is" quiz.yaml && fail "the correct-answer line stayed in the deck"
grep -qF "Explanation:" quiz.yaml && fail "the explanation kept its label"
out=$("$gq" validate quiz.yaml) || { echo "$out"; fail "the converted deck does not validate"; }
expect "quiz: 3 cards, 0 stubs in 1 section; 0 errors, 0 warnings" "$out"

# A wrong pick, rated Good instead of the suggested Again; a right pick of a task list with two
# right options, taken with an empty line; a right pick of the old-style question; then quit.
out=$(printf 'c\n3\na\n\nB\n\nq\n' | "$gq" --now 2025-03-01T09:00:00Z --deck quiz.yaml study)
expect "  a) To make the softmax sum to one" "$out"
expect "✗ c) To speed up the matrix product" "$out"
expect "✓ b) To keep the dot products from growing with the dimension" "$out"
expect "You picked c: wrong; the right answer is b." "$out"
expect "an empty line: Again (suggested)" "$out"
expect "Saved: Good, next in 10m" "$out"
expect "✓ a) Self-attention" "$out"
expect "  b) A recurrent cell" "$out"
expect "✓ c) A feed-forward network" "$out"
expect "You picked a: right." "$out"
expect "Transformers do without recurrence" "$out"
expect "You picked b: right." "$out"
expect "The sigmoid squashes any input" "$out"
expect "Answered 3 cards" "$out"

# The picks are stored with the reviews.
"$gq" --deck quiz.yaml export --reviews -o log.json >/dev/null
log=$(cat log.json)
expect '"choice": "c"' "$log"
expect '"choice": "a"' "$log"
expect '"choice": "b"' "$log"
expect '"choice_correct": false' "$log"
[[ $(grep -c '"choice_correct": true' log.json) -eq 2 ]] || { echo "$log"; fail "expected two right picks"; }
echo "convert_quiz: ok"
