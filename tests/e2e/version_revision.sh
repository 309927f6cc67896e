#!/usr/bin/env bash
# `genai-quiz --version` names the project's version and the commit the binary was built from.
#   tests/e2e/version_revision.sh BINARY SOURCE_DIR VERSION
set -euo pipefail
gq=$1 source_dir=$2 version=$3
out=$("$gq" --version)
if commit=$(git -C "$source_dir" rev-parse --short=12 HEAD 2>/dev/null); then
  [[ $out =~ ^genai-quiz\ $version\ \($commit(-dirty)?\)$ ]] ||
    { echo "FAIL: '$out' is not version $version at commit $commit (rebuild after committing)"; exit 1; }
else
  [[ $out =~ ^genai-quiz\ $version\ \(.+\)$ ]] || { echo "FAIL: '$out'"; exit 1; }
fi
echo "$out"
