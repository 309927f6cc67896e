#!/usr/bin/env bash
# The built manual page: up to date with the program, free of roff warnings, and naming every
# command that `genai-quiz --help` lists.
#   tests/e2e/man_page.sh BINARY MAN_FILE
set -euo pipefail
gq=$1 page=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

[[ -s $page ]] || { echo "FAIL: $page is missing or empty"; exit 1; }
diff -u --label built "$page" --label "genai-quiz __man" <("$gq" __man) >/dev/null ||
  fail "$page differs from what 'genai-quiz __man' writes now"

if command -v groff >/dev/null; then
  warnings=$(groff -t -man -Tutf8 -ww -z "$page" 2>&1)
  [[ -z $warnings ]] || fail "groff warnings: $warnings"
  text=$(groff -t -man -Tutf8 -P-cbou "$page" 2>/dev/null)
else
  echo "groff is not installed: checking the roff source only"
  text=$(sed 's/\\-/-/g' "$page")
fi

commands=$("$gq" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[[ -n $commands ]] || fail "no commands found in 'genai-quiz --help'"
for command in $commands; do
  grep -q "^ *genai-quiz $command\$" <<<"$text" || fail "no section for '$command'"
  grep -q "^ *genai-quiz $command " <<<"$text" || fail "no synopsis for '$command'"
done

[[ $failures -eq 0 ]] || exit 1
echo "man page: $(wc -w <<<"$commands") commands, no warnings"
