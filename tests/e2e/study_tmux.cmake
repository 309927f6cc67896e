# The interactive study screen in a real terminal (tmux): keys, reveal, rating, undo, resize, quit.
add_test(NAME e2e.study.tmux COMMAND bash ${GQ_E2E_DIR}/study_tmux.sh ${GQ})
set_tests_properties(e2e.study.tmux PROPERTIES TIMEOUT 60)
