#!/usr/bin/env bash
# Terminal injection, end to end. A deck made here, whose every text field (deck and section
# titles, questions, answers, key points, tags) carries an SGR and a device-status request
# (ESC [ 6n, which makes a terminal answer), OSC 0 (window title) and OSC 52 (clipboard), C0
# controls, DEL, the C1 CSI U+009B, the bidi controls U+202E and U+2066, zero-width characters
# and a BOM, and a Markdown document made the same way, go through every command that writes to
# a terminal: list, validate, stats, export md and csv, study and interview in line mode and on
# the interactive screen (tmux), convert, config, help and usage errors. Each runs with colour
# off and on; the bytes that reach the terminal (a pseudo-terminal from `script`, or tmux's
# pipe-pane) are counted, leaving out only the program's own SGR colour sequences (and, on the
# interactive screens, its own cursor and mode sequences). The count must be 0 for each; one line
# is printed per command. The inputs in ../shared/data/fuzz-findings/terminal-injection-*.yaml
# are run too when present.
#   terminal_injection.sh GENAI_QUIZ_BINARY [SHARED_DIR]
set -euo pipefail
gq=$1
shared=${2-}
command -v script >/dev/null || { echo "terminal_injection: 'script' (bsdutils) is needed"; exit 1; }
command -v tmux >/dev/null || { echo "terminal_injection: tmux is needed (tools/install-deps.sh installs it)"; exit 1; }
work=$(mktemp -d)
socket="gq-inject-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC TERM=xterm-256color LC_ALL=C.UTF-8 COLUMNS=60
unset GENAI_QUIZ_NOW NO_COLOR

# The payload, in YAML's double-quoted escapes, and as raw bytes.
p='\e[5;38;5;201m\e]0;owned\a\e]52;c;aGk=\a\e[6n\x01\b\x7f\u009b2J\u202eevil\u2066\u200b\u200d\u2060\ufeff'
raw=$(printf '\033[5;38;5;201m\033]0;owned\a\033]52;c;aGk=\a\033[6n\001\b\177\302\2332J\342\200\256evil\342\201\246\342\200\213\342\200\215\342\201\240\357\273\277')
cat >"$work/deck.yaml" <<YAML
id: inject
title: "Deck $p"
sections:
YAML
for s in 1 2; do
  cat >>"$work/deck.yaml" <<YAML
  - id: "s$s$p"
    title: "Section $s $p"
    cards:
YAML
  for c in 1 2; do
    cat >>"$work/deck.yaml" <<YAML
      - id: "c$s$c$p"
        "odd$p": 1
        question: "Question $s$c $p?"
        answer: "Answer $s$c $p, with **bold $p** and \`code $p\`."
        tags: ["tag$p"]
        key_points:
          - "point $p"
YAML
  done
done
# A Markdown document dense with C0 controls is refused as binary: its payload has only ESC among
# them (its OSCs end with ESC \\).
md=$(printf '\033[5;38;5;201m\033]0;owned\033\\\033]52;c;aGk=\033\\\033[6n\302\2332J\342\200\256evil\342\201\246\342\200\213\342\200\215\342\201\240\357\273\277')
printf '# Notes %s\n\n## Questions %s\n\n### Q1. First %s?\n\nAnswer one %s.\n\n### Q2. Second %s?\n\nAnswer two %s.\n' \
  "$md" "$md" "$md" "$md" "$md" "$md" >"$work/notes.md"
mkdir -p "$work/config/genai-quiz"
printf 'scheduling:\n  desired_retention: "%s"\n  "k%s": 1\n' "$raw" "$raw" >"$work/config/genai-quiz/bad.yaml"

failed=0
# raw_controls FILE [screen]: the raw control characters in FILE, the program's own SGR colour
# sequences left out (and with `screen`, its other CSI sequences and charset/keypad switches);
# the payload's own SGR and ESC [ 6n always count. A pty's CR LF is a line break.
raw_controls() {
  SCREEN=${2-} perl -0777 -ne '
    s/\r\n/\n/g;
    s/\e\[(?!5;38;5;201m)[0-9;]*m//g;
    if ($ENV{SCREEN}) { s/\e\[(?!6n)[0-9;?]*[A-Za-z]//g; s/\e[()][0-9A-B]|\e[=>78]//g; s/\r//g; }
    my $n = () = /[\x00-\x09\x0B-\x1F\x7F]|\xC2[\x80-\x9F]|\xE2\x80[\x8B-\x8F\xAA-\xAE]|\xE2\x81[\xA0\xA6-\xA9]|\xD8\x9C|\xEF\xBB\xBF/g;
    print $n' "$1"
}
report() {  # NAME FILE [screen]
  local n
  if [[ ! -s $2 ]]; then
    printf 'terminal_injection: %-40s no output: FAIL\n' "$1"; failed=1; return
  fi
  n=$(raw_controls "$2" "${3-}")
  if [[ $n -eq 0 ]]; then
    printf 'terminal_injection: %-40s 0 raw controls\n' "$1"
  else
    printf 'terminal_injection: %-40s %s raw controls: FAIL\n' "$1" "$n"
    cat -v "$2" | head -c 3000; echo
    failed=1
  fi
}
# run NAME COMMAND...: COMMAND on a pseudo-terminal, stdin from $INPUT when set (line mode); its
# output must show the payload made visible ($WANT, by default the text after the override).
run() {
  local name=$1; shift
  local cmd
  cmd=$(printf '%q ' "$@")
  if [[ -n ${INPUT-} ]]; then
    printf "$INPUT" >"$work/input"
    cmd="$cmd <$work/input"
  fi
  # `script` runs the line with $SHELL; the quoting of printf %q is bash's.
  SHELL=$BASH script -qec "stty cols 60 rows 30; $cmd" /dev/null </dev/null >"$work/out" 2>&1 || true
  report "$name" "$work/out"
  if ! grep -aqF -- "${WANT-evil}" "$work/out"; then
    echo "terminal_injection: $name does not show '${WANT-evil}':"; cat -v "$work/out" | head -c 2000; echo
    failed=1
  fi
}

esc=$(printf '\033')
for colour in never always; do
  g=("$gq" --color "$colour" --deck "$work/deck.yaml" --now 2025-03-01T09:00:00Z)
  c="[$colour]"
  run "list $c" "${g[@]}" list
  run "list --json $c" "${g[@]}" list --json
  run "validate $c" "$gq" --color "$colour" validate "$work/deck.yaml"
  run "stats $c" "${g[@]}" stats
  INPUT='\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n' run "study, line mode $c" "${g[@]}" study --no-fuzz --dry-run
  run "export --format md $c" "${g[@]}" export --format md
  run "export --format csv $c" "${g[@]}" export --format csv
  INPUT="an answer $raw\n\nanother $raw\n\n3\n3\n" run "interview, line mode $c" "${g[@]}" interview -n 2 --seed 1 \
    --dry-run --transcript "$work/transcript-$colour.md"
  run "convert (YAML to the terminal) $c" "$gq" --color "$colour" convert "$work/notes.md"
  WANT='^[' run "convert -o (summary) $c" "$gq" --color "$colour" convert "$work/notes.md" -o "$work/converted-$colour.yaml"
  WANT='^[' run "convert -o FILE named with controls $c" "$gq" --color "$colour" convert "$work/notes.md" \
    -o "$work/out${esc}]0;t${esc}[6n-$colour.yaml"
  WANT='^[[6n' run "list -s (unknown section) $c" "${g[@]}" list -s "x${esc}]0;t${esc}[6n"
  WANT='^[[6n' run "unknown option $c" "$gq" --color "$colour" list "--bogus${esc}]0;t${esc}[6n"
  WANT='^[[6n' run "unknown command $c" "$gq" --color "$colour" "x${esc}]0;t${esc}[6n"
  WANT='^[[6n' run "bad option value $c" "$gq" --color "$colour" study --new "1${esc}[6n"
  WANT='^[[6n' run "help COMMAND $c" "$gq" --color "$colour" help "x${esc}]0;t${esc}[6n"
  run "config SETTING VALUE $c" "$gq" --color "$colour" config desired_retention "0.8${esc}[6n$raw"
  WANT='^[[6n' run "config KEY (unknown) $c" "$gq" --color "$colour" config "k${esc}]0;t${esc}[6n" 1
  mv "$work/config/genai-quiz/bad.yaml" "$work/config/genai-quiz/config.yaml"
  run "config (bad config.yaml) $c" "$gq" --color "$colour" config
  run "stats (bad config.yaml) $c" "${g[@]}" stats
  mv "$work/config/genai-quiz/config.yaml" "$work/config/genai-quiz/bad.yaml"
done

# The transcript is a file: it keeps the text, with each control shown as a visible code.
t="$work/transcript-never.md"
if [[ ! -s $t ]]; then
  echo "terminal_injection: interview wrote no transcript"; failed=1
else
  report "interview transcript (file)" "$t"
  grep -qF "<U+202E>evil" "$t" || { echo "terminal_injection: the transcript does not show the controls as codes"; failed=1; }
fi

# The interactive screens, through tmux: every byte the program writes is piped to a file.
session=0
screen() { tmux -L "$socket" capture-pane -p -t "gq$session"; }
wait_for() {
  for _ in $(seq 1 200); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "terminal_injection: the screen never showed '$1'"; screen; failed=1; return 1
}
keys() { tmux -L "$socket" send-keys -t "gq$session" "$@"; }
on_screen() {  # COMMAND: starts COMMAND in a new tmux session whose output goes to $work/pane
  [[ $session -eq 0 ]] || tmux -L "$socket" kill-session -t "gq$session" 2>/dev/null || true
  session=$((session + 1))
  rm -f "$work/pane"
  tmux -L "$socket" -f /dev/null new-session -d -s "gq$session" -x 80 -y 24 "sleep 0.5; $1; sleep 30"
  tmux -L "$socket" pipe-pane -t "gq$session" -o "cat >>$work/pane"
}
for colour in never always; do
  g="$gq --color $colour --deck $work/deck.yaml --now 2025-03-01T09:00:00Z"
  on_screen "$g study --no-fuzz --dry-run"
  if wait_for "Question" && wait_for "<U+202E>evil"; then
    keys Space; wait_for "Answer" && keys 3
    wait_for "Question" && keys Space && keys 3
    sleep 0.5; keys q; sleep 0.5
  fi
  report "study, screen (tmux) [$colour]" "$work/pane" screen
  on_screen "$g interview -n 1 --seed 1 --dry-run --transcript $work/screen-$colour.md"
  if wait_for "Question" && wait_for "<U+202E>evil"; then
    keys "an answer" Enter Enter
    sleep 1; keys 3; sleep 0.5; keys q; sleep 0.5; keys Enter; sleep 0.5
  fi
  report "interview, screen (tmux) [$colour]" "$work/pane" screen
done

# The findings kept beside the project, when they are there.
if [[ -n $shared && -f $shared/data/fuzz-findings/terminal-injection-deck.yaml ]]; then
  f=$shared/data/fuzz-findings
  g=("$gq" --color never --deck "$f/terminal-injection-deck.yaml" --now 2025-03-01T09:00:00Z)
  export WANT='^['
  run "findings: list" "${g[@]}" list
  run "findings: export --format md" "${g[@]}" export --format md
  WANT='Cards on' run "findings: stats" "${g[@]}" stats
  [[ -f $f/terminal-injection-diagnostics.yaml ]] &&
    run "findings: validate" "$gq" --color never validate "$f/terminal-injection-diagnostics.yaml"
  unset WANT
else
  echo "terminal_injection: SKIP the findings: ${shared:-no shared directory given}/data/fuzz-findings/terminal-injection-deck.yaml is absent"
fi
exit $failed
