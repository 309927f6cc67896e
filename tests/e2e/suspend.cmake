# suspend and unsuspend, and the ! key of the line protocol, through the real binary with the
# data directory in a temporary folder.
add_test(NAME e2e.suspend COMMAND bash ${GQ_E2E_DIR}/suspend.sh ${GQ})
add_test(NAME e2e.reset_leech COMMAND bash ${GQ_E2E_DIR}/reset_leech.sh ${GQ})
# list's marks, list --flagged, list --orphans and prune (a tmux terminal for its question).
add_test(NAME e2e.prune COMMAND bash ${GQ_E2E_DIR}/prune.sh ${GQ})
# Bad input (unknown card ids, a vanished deck file, a read-only decks folder) changes nothing.
add_test(NAME e2e.bad-input COMMAND bash ${GQ_E2E_DIR}/bad_input.sh ${GQ})
# Marks and the card event log in every export format, and carried by import.
add_test(NAME e2e.export-marks COMMAND bash ${GQ_E2E_DIR}/export_marks.sh ${GQ})
# stats, search, interview and plan with suspended, flagged and leech cards.
add_test(NAME e2e.marks-reports COMMAND bash ${GQ_E2E_DIR}/marks_reports.sh ${GQ})
