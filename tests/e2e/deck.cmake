# End-to-end runs of `list` and `validate` on the bundled deck and the decks in tests/data/decks.

# list
gq_e2e(list STDOUT expected/list.txt STDERR /dev/null ARGS list)
gq_e2e(list-json STDOUT expected/list.json STDERR /dev/null ARGS list --json)
gq_e2e(list-sections STDOUT expected/list-sections.txt ARGS list -s LLM --section retrieval -s llm)
gq_e2e(list-section-prefix-json STDOUT expected/list-good-attention.json
  ARGS --deck good.yaml list --json --section att)
gq_e2e(list-two-decks STDOUT expected/list-two-decks.txt STDERR expected/list-two-decks.err
  ARGS --deck good.yaml --deck warnings.yaml list)
gq_e2e(list-deck-after-command STDOUT expected/list-good-attention.json
  ARGS list --json -s attention --deck good.yaml)
gq_e2e(list-unknown-section EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: unknown section 'nope'\navailable sections:\n  foundations  Technical Foundation\n  llm          Large Language Models\n  rag          Retrieval-Augmented Generation \\(RAG\\)\n$"
  ARGS list -s nope)
gq_e2e(list-misspelt-section EXIT 2 STDERR_RE "unknown section 'fundations'[;] did you mean 'foundations'\\?"
  ARGS list -s fundations)
gq_e2e(list-ambiguous-section EXIT 2
  STDERR_RE "section 'Sample/' is ambiguous: it matches 'sample/basics' and 'sample/attention'\navailable sections:\n  sample/basics  +Basics\n"
  ARGS --deck good.yaml --deck warnings.yaml list -s Sample/)
gq_e2e(list-qualified-section STDOUT_RE "^sample: Sample deck — for tests\n\nattention  Attention Mechanisms\n"
  ARGS --deck good.yaml --deck warnings.yaml list -s sample/attention)
gq_e2e(list-broken-deck EXIT 1 STDOUT /dev/null STDERR expected/list-broken.err ARGS --deck broken.yaml list)
gq_e2e(list-same-deck-twice EXIT 1
  STDERR_RE "^good.yaml:2:5: error: deck id 'sample' is already used by good.yaml[;] give each deck its own 'id'\n"
  ARGS --deck good.yaml --deck good.yaml list)
gq_e2e(list-bundled-beside-deck STDOUT_RE "^sample: Sample deck.*\ngenai-interview: "
  ARGS --deck good.yaml --deck bundled list)
gq_e2e(list-missing-deck EXIT 2 STDERR_RE "no-such-deck.yaml" ARGS --deck no-such-deck.yaml list)
gq_e2e(list-help STDOUT_RE "Usage: genai-quiz list.*--json.*Example:\n  genai-quiz list -s foundations" ARGS list --help)
gq_e2e(list-bad-flag EXIT 2 STDERR_RE "--bogus" ARGS list --bogus)

# validate
gq_e2e(validate STDOUT expected/validate-bundled.txt STDERR /dev/null ARGS validate)
gq_e2e(validate-good STDOUT expected/validate-good.txt ARGS validate good.yaml warnings.yaml)
gq_e2e(validate-deck-option STDOUT_RE "^sample: 4 cards, 2 stubs in 2 sections[;] 0 errors, 0 warnings\n$"
  ARGS --deck good.yaml validate)
gq_e2e(validate-broken EXIT 1 STDOUT expected/validate-broken.txt ARGS validate broken.yaml tabs.yaml)
gq_e2e(validate-unreadable EXIT 1
  STDOUT_RE "^missing.yaml: error: cannot read deck file 'missing.yaml': No such file or directory\nmissing.yaml: 0 cards, 0 stubs in 0 sections[;] 1 error, 0 warnings\nsample: 4 cards"
  ARGS validate missing.yaml good.yaml)
gq_e2e(validate-help STDOUT_RE "Usage: genai-quiz validate.*Example:\n  genai-quiz validate my-deck.yaml" ARGS validate --help)

# the program as a whole
gq_e2e(help STDOUT_RE "Subcommands:.*list .*validate " ARGS --help)
gq_e2e(version STDOUT_RE "^genai-quiz [0-9]+\\.[0-9]+\\.[0-9]+ \\(([0-9a-f]{12}(-dirty)?|unknown)\\)\n$" ARGS --version)
gq_e2e(no-command EXIT 2 ARGS)
gq_e2e(unknown-command EXIT 2 ARGS frobnicate)
gq_e2e(validate-bundled-by-name STDOUT_RE "genai-interview" ARGS validate bundled)
gq_e2e(list-missing-deck-message EXIT 2
  STDERR_RE "no such deck file: no-such-deck.yaml \\(a YAML deck, or 'bundled' for the bundled deck\\)" ARGS --deck no-such-deck.yaml list)

# No command writes a raw control character from a hostile deck to the terminal.
add_test(NAME e2e.hostile-text COMMAND bash ${GQ_E2E_DIR}/hostile_text.sh ${GQ}
         ${CMAKE_CURRENT_SOURCE_DIR}/data/hostile/hostile-deck.yaml)

# Ten million '[' are refused where the nesting passes the limit, in bounded memory, by every
# YAML reader (deck, import, config).
add_test(NAME e2e.deep-nesting COMMAND bash ${GQ_E2E_DIR}/deep_nesting.sh ${GQ})
if(GENAI_QUIZ_SANITIZE)
  # AddressSanitizer reserves terabytes of address space for its shadow memory, so the address
  # space cannot be limited there; the Release run of the suite keeps the limit.
  set_tests_properties(e2e.deep-nesting PROPERTIES ENVIRONMENT GQ_SANITIZED=1)
endif()

# Terminal injection, end to end: every command that writes to a terminal, in line mode and on
# the interactive screens (tmux), with colour off and on, lets no raw control from a hostile deck,
# Markdown document, option or config file through (one line a command).
add_test(NAME e2e.terminal-injection COMMAND bash ${GQ_E2E_DIR}/terminal_injection.sh ${GQ}
         ${PROJECT_SOURCE_DIR}/../shared)
