#!/usr/bin/env bash
# Builds a progress database by studying a deck through the line protocol on several days, with
# the clock pinned, for the export, import and stats end-to-end tests.
#   export_progress.sh GENAI_QUIZ_BINARY DECK DATA_DIR [DAY...]
# Each DAY is "YYYY-MM-DDTHH:MM:SSZ=RATINGS": a session at that time that reveals a card and
# rates it with each of RATINGS (1 to 4) in turn, then quits (or ends sooner when nothing is left
# to study); or "YYYY-MM-DDTHH:MM:SSZ~RATINGS~TEXT": the same with `study --type`, TEXT typed as
# the answer to every card (cards with key points then save its coverage). With no DAY, a fixed
# history of four weeks is studied, three of its sessions typed.
set -euo pipefail
gq=$1 deck=$2 data=$3
shift 3
days=("$@")
if [[ ${#days[@]} -eq 0 ]]; then
  days=(2025-02-03T09:00:00Z=333333 2025-02-04T19:00:00Z=3433 2025-02-06T08:30:00Z=3133133
        2025-02-10T20:00:00Z=3321 2025-02-14T07:45:00Z=43
        "2025-02-19T12:00:00Z~31323~a probability distribution over the classes, the expected code length, to fit the context"
        "2025-02-24T09:00:00Z~3333~the wrong distribution, to sharpen retrieval"
        2025-03-01T21:30:00Z=12133
        "2025-03-04T06:00:00Z~3313~class probabilities: a probability distribution; the expected code length under the wrong distribution; to fit the context and sharpen retrieval"
        2025-03-10T09:30:00Z=1)
fi
export GENAI_QUIZ_HOME=$data TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
for day in "${days[@]}"; do
  input="" typed=()
  if [[ $day == *~* ]]; then
    now=${day%%~*} rest=${day#*~}
    ratings=${rest%%~*} text=${rest#*~}
    typed=(--type)
    for ((i = 0; i < ${#ratings}; i++)); do input+="$text"$'\n\n'"${ratings:i:1}"$'\n'; done
  else
    now=${day%%=*} ratings=${day#*=}
    for ((i = 0; i < ${#ratings}; i++)); do input+=$'\n'"${ratings:i:1}"$'\n'; done
  fi
  printf '%sq\n' "$input" | "$gq" --deck "$deck" --now "$now" study --new 3 ${typed[@]+"${typed[@]}"} >/dev/null
done
