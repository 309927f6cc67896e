# End-to-end runs of `study` through the line protocol, with the clock pinned.

set(now --now 2025-03-01T09:00:00Z)
gq_e2e(study-first-session STDIN input/study-first.txt STDOUT expected/study-first.txt STDERR /dev/null
  ARGS --deck study.yaml ${now} study)
gq_e2e(study-words STDIN input/study-words.txt
  STDOUT_RE "Saved: Good, next in 10m\n.*Saved: Easy, next in [0-9]+d\n.*Unknown command 'bogus'[;] \\? lists the commands\\.\n.*u or undo .*Skipped until tomorrow\\.\n.*Undid the skip\\.\n\nstudy · Hostile"
  ARGS --deck study.yaml ${now} study)
gq_e2e(study-env-now STDIN input/study-one-good.txt ENV GENAI_QUIZ_NOW=2025-03-01T23:30:00+01:00
  STDOUT_RE "Saved: Good, next in 10m\n.*Next card due in 10m \\(22:40\\)\\.\n$"
  ARGS --deck study.yaml study --limit 1)
gq_e2e(study-cram STDIN input/study-one-good.txt
  STDOUT_RE "study · Math · 2 left · cram\n.*Saved: Good \\(cram: schedule unchanged\\)\n.*Cram answers are saved in the log"
  ARGS --deck study.yaml ${now} study --cram -s math)
gq_e2e(study-tag STDIN input/study-one-good.txt STDOUT_RE "study · Hostile.* · 1 left · new 1 · learning 0 · review 0\n"
  ARGS --deck study.yaml ${now} study -t SECURITY)
gq_e2e(study-section-without-cards
  STDOUT_RE "^Section 'Large Language Models' has no cards yet \\(3 awaiting content\\)\\.\n$" ARGS ${now} study -s llm)
gq_e2e(study-sections-without-cards
  STDOUT_RE "^These sections have no cards yet \\(6 awaiting content\\)\\.\n$" ARGS ${now} study -s llm -s rag)
gq_e2e(study-tag-without-cards EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: unknown tag 'nothing-like-it'\navailable tags: architecture attention training\n$"
  ARGS ${now} study -t nothing-like-it)
gq_e2e(study-no-new-cards
  STDOUT_RE "^Nothing is due\\.\n3 new cards wait for another day: today's limit of 0 new cards is reached \\(--new N changes it\\)\\.\nTo go over cards anyway: genai-quiz study --cram\n$"
  ARGS ${now} study --new 0)
gq_e2e(study-bad-now EXIT 2 STDERR_RE "^genai-quiz: --now: 'tomorrow' is not an ISO 8601 time" ARGS --now tomorrow study)
gq_e2e(study-bad-env-now EXIT 2 ENV GENAI_QUIZ_NOW=soon STDERR_RE "^genai-quiz: GENAI_QUIZ_NOW: 'soon' is not" ARGS study)
gq_e2e(study-unknown-section EXIT 2 STDERR_RE "unknown section 'nope'" ARGS ${now} study -s nope)
gq_e2e(study-negative-new EXIT 2 STDERR_RE "--new: the number of new cards cannot be negative" ARGS study --new -1)
gq_e2e(study-help STDOUT_RE "Usage: genai-quiz study.*--cram.*--shuffle.*Example:\n  genai-quiz study -s foundations"
  ARGS study --help)

# Several days of study with progress kept between them.
add_test(NAME e2e.study.days COMMAND bash ${GQ_E2E_DIR}/study_days.sh ${GQ} ${GQ_DECKS_DIR}/study.yaml)

# --shuffle without --seed repeats exactly when the time is pinned.
add_test(NAME e2e.study.shuffle_pinned COMMAND bash ${GQ_E2E_DIR}/study_shuffle.sh ${GQ})
# A multiple-choice deck through the line protocol: a wrong pick (suggests Again, rated Good
# instead), a right pick taken with an empty line (Good), then quit.
gq_e2e(study-choices STDIN input/study-choices.txt STDOUT expected/study-choices.txt STDERR /dev/null
  ARGS --now 2025-03-01T09:00:00Z --deck quiz.yaml study)
# A letter past the last option is no command; on the answer a letter picks nothing.
gq_e2e(study-choices-bad-letter STDIN input/study-choices-bad.txt
  STDOUT_RE "Unknown command 'd'[;] \\? lists the commands\\.\n  a\\) To make.*right\\.\nAnswer:.*Unknown command 'a'"
  ARGS --now 2025-03-01T09:00:00Z --deck quiz.yaml study)

# Two sessions at once: a card answered in one is left out of the other, with a note.
add_test(NAME e2e.study.two-sessions COMMAND bash ${GQ_E2E_DIR}/two_sessions.sh ${GQ})
set_tests_properties(e2e.study.two-sessions PROPERTIES TIMEOUT 60)

# With fuzz on, the Easy label holds still across reveals within a day and is what Easy saves.
add_test(NAME e2e.study.easy-label COMMAND bash ${GQ_E2E_DIR}/easy_label.sh ${GQ})
