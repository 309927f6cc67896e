# End-to-end runs of `interview` through the line protocol, with the clock pinned.

add_test(NAME e2e.interview.round COMMAND bash ${GQ_E2E_DIR}/interview_round.sh ${GQ} ${GQ_E2E_DIR})

set(now --now 2025-03-01T09:00:00Z)
gq_e2e(interview-no-cards STDOUT_RE "^These sections have no cards yet: nothing to ask\\.\n$" ARGS ${now} interview -s llm)
gq_e2e(interview-nothing-answered
  STDOUT_RE "Question 1 of 1 .*\n\nNo question was answered, so there is no transcript\\.\n$"
  ARGS ${now} interview -n 1)
gq_e2e(interview-zero-questions EXIT 2 STDERR_RE "^genai-quiz: -n: a round needs at least 1 question\n$"
  ARGS interview -n 0)
gq_e2e(interview-zero-minutes EXIT 2 STDERR_RE "^genai-quiz: --minutes: the time per question must be more than 0"
  ARGS interview --minutes 0)
gq_e2e(interview-unknown-section EXIT 2 STDERR_RE "unknown section 'nope'" ARGS ${now} interview -s nope)
gq_e2e(interview-help STDOUT_RE "Usage: genai-quiz interview.*--minutes.*--transcript.*Example:\n  genai-quiz interview"
  ARGS interview --help)
add_test(NAME e2e.interview.choices COMMAND bash ${GQ_E2E_DIR}/interview_choices.sh ${GQ} ${GQ_E2E_DIR})
