# The interactive interview and study --type screens in a real terminal (tmux).
add_test(NAME e2e.interview.tmux COMMAND bash ${GQ_E2E_DIR}/interview_tmux.sh ${GQ})
set_tests_properties(e2e.interview.tmux PROPERTIES TIMEOUT 90)
