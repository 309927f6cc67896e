# The pane helpers that the tmux end-to-end scripts source. Before sourcing, set test_name (the
# prefix of their messages); before using them, socket (the tmux server, -L) and pane (the
# session, -t). wait_tries (default 200) is how many 50 ms looks wait_for takes before failing.
#   screen                  the pane's text
#   fail MESSAGE...         says what failed and shows the pane, then exits 1
#   wait_for TEXT [TRIES]   returns once the pane shows TEXT; fails after TRIES looks
#   keys KEY...             types into the pane (tmux send-keys)
screen() { [[ -n ${socket:-} ]] && tmux -L "$socket" capture-pane -p -t "$pane"; }
fail() { echo "$test_name: $*"; echo "--- screen ---"; screen || true; exit 1; }
wait_for() {
  for _ in $(seq 1 "${2:-${wait_tries:-200}}"); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  fail "the screen never showed '$1'"
}
keys() { tmux -L "$socket" send-keys -t "$pane" "$@"; }
