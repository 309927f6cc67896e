# The interactive study screen in a real terminal (tmux): keys, reveal, rating, undo, resize, quit.
add_test(NAME e2e.study.tmux COMMAND bash ${GQ_E2E_DIR}/study_tmux.sh ${GQ})
set_tests_properties(e2e.study.tmux PROPERTIES TIMEOUT 60)

# A new user's first hour on the study screen, at 40 and 100 columns (see the script's comment).
add_test(NAME e2e.study.widths-tmux COMMAND bash ${GQ_E2E_DIR}/study_widths_tmux.sh ${GQ})
set_tests_properties(e2e.study.widths-tmux PROPERTIES TIMEOUT 120)

# The e key: the card edited in EDITOR (a script), the deck read again, at 40 and 100 columns.
add_test(NAME e2e.study.edit-tmux COMMAND bash ${GQ_E2E_DIR}/study_edit_tmux.sh ${GQ})
set_tests_properties(e2e.study.edit-tmux PROPERTIES TIMEOUT 120)

# A multiple-choice deck on the study screen at 40 and 100 columns.
add_test(NAME e2e.study.choices-tmux COMMAND bash ${GQ_E2E_DIR}/study_choices_tmux.sh ${GQ} ${GQ_DECKS_DIR}/quiz.yaml)
set_tests_properties(e2e.study.choices-tmux PROPERTIES TIMEOUT 120)

# A quiz document converted to multiple-choice cards and studied at 40 and 100 columns.
add_test(NAME e2e.convert.quiz-tmux
  COMMAND bash ${GQ_E2E_DIR}/convert_quiz_tmux.sh ${GQ} ${CMAKE_CURRENT_SOURCE_DIR}/data/convert/quiz_session.md)
set_tests_properties(e2e.convert.quiz-tmux PROPERTIES TIMEOUT 120)
