#!/usr/bin/env bash
# The import files a fuzzer found (../shared/data/fuzz-findings/import-invalid-utf8*.yaml, or
# under $GENAI_QUIZ_SHARED_DIR) are refused with FILE:LINE:COL, exit code 1 and no database;
# skipped (exit 77) when the folder is absent.
#   import_shared_findings.sh GENAI_QUIZ_BINARY SHARED_DIR
set -uo pipefail
gq=$1 shared=${GENAI_QUIZ_SHARED_DIR:-$2}
files=("$shared"/data/fuzz-findings/import-invalid-utf8*.yaml)
[[ -f ${files[0]} ]] || { echo "SKIP: no $shared/data/fuzz-findings/import-invalid-utf8*.yaml"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" HOME="$work" NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_HOME GENAI_QUIZ_NOW
for f in "${files[@]}"; do
  err=$("$gq" --data-dir "$work/data" import "$f" 2>&1 >/dev/null)
  status=$?
  [[ $status -eq 1 ]] || { echo "$f: exit code $status, expected 1: $err"; exit 1; }
  grep -qE "^$f:[0-9]+:[0-9]+: error: invalid UTF-8 byte 0x[0-9A-F]{2}; save the file as UTF-8$" <<<"$err" ||
    { echo "$f: unexpected message: $err"; exit 1; }
  ! grep -q "internal error" <<<"$err" || { echo "$f: $err"; exit 1; }
  [[ ! -e $work/data ]] || { echo "$f: a data directory was created"; exit 1; }
  echo "$f: refused as expected"
done
