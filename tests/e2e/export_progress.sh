#!/usr/bin/env bash
# Builds a progress database by studying a deck through the line protocol on several days, with
# the clock pinned, for the export, import and stats end-to-end tests.
#   export_progress.sh GENAI_QUIZ_BINARY DECK DATA_DIR [DAY...]
# Each DAY is "YYYY-MM-DDTHH:MM:SSZ=RATINGS": a session at that time that reveals a card and
# rates it with each of RATINGS (1 to 4) in turn, then quits (or ends sooner when nothing is left
# to study). With no DAY, a fixed history of four weeks is studied.
set -euo pipefail
gq=$1 deck=$2 data=$3
shift 3
days=("$@")
if [[ ${#days[@]} -eq 0 ]]; then
  days=(2025-02-03T09:00:00Z=333333 2025-02-04T19:00:00Z=3433 2025-02-06T08:30:00Z=3133133
        2025-02-10T20:00:00Z=3321 2025-02-14T07:45:00Z=43 2025-02-19T12:00:00Z=31323
        2025-02-24T09:00:00Z=3333 2025-03-01T21:30:00Z=12133 2025-03-04T06:00:00Z=3313
        2025-03-10T09:30:00Z=1)
fi
export GENAI_QUIZ_HOME=$data TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
for day in "${days[@]}"; do
  now=${day%%=*} ratings=${day#*=}
  input=""
  for ((i = 0; i < ${#ratings}; i++)); do input+=$'\n'"${ratings:i:1}"$'\n'; done
  printf '%sq\n' "$input" | "$gq" --deck "$deck" --now "$now" study --new 3 >/dev/null
done
