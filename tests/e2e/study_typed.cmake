# End-to-end runs of `study --type` and `study --by` through the line protocol, clock pinned.

set(now --now 2025-03-01T09:00:00Z)
gq_e2e(study-typed STDIN input/study-typed.txt STDOUT expected/study-typed.txt STDERR /dev/null
  ARGS ${now} study --type --by 2025-03-18)
# An empty answer (answered aloud) lists the key points first, suggests no rating and waits for one.
gq_e2e(study-typed-command-first STDIN input/study-one-good.txt
  STDOUT_RE "are commands\\)\nAnswered aloud: compare it with the model answer and rate it yourself.\nKey points to have made:\n  - chain rule\n.*\nAnswer:\nBackpropagation .*\nRate: 1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 10d\nSaved: Good"
  ARGS ${now} study --type --limit 1)
gq_e2e(study-by-bad-date EXIT 2 STDERR_RE "^genai-quiz: --by: 'next week' is not a date \\(allowed: YYYY-MM-DD"
  ARGS ${now} study --by "next week")
gq_e2e(study-by-past EXIT 2 STDERR_RE "^genai-quiz: --by: 2025-02-01 is in the past\n$" ARGS ${now} study --by 2025-02-01)
gq_e2e(study-by-today STDIN input/study-one-good.txt STDOUT_RE "review 0\nThe interview is today\nQuestion:"
  ARGS ${now} study --by 2025-03-01 --limit 1)
add_test(NAME e2e.study.interview-date COMMAND bash ${GQ_E2E_DIR}/interview_date.sh ${GQ})
