# End-to-end runs of export, import and stats. A fixture studies tests/data/decks/export.yaml on
# several days through the line protocol (export_progress.sh); the read-only runs below share
# that progress and compare their output with golden files, the clock pinned after the last day.
# export_import.sh checks the round trips, merging and refusals on progress of its own.

set(export_home ${CMAKE_CURRENT_BINARY_DIR}/e2e-export-home)
add_test(NAME e2e.export.setup
  COMMAND bash -c "rm -rf \"$1\" && bash \"$2\" \"$3\" \"$4\" \"$1/genai-quiz\"" setup
          ${export_home} ${GQ_E2E_DIR}/export_progress.sh ${GQ} ${GQ_DECKS_DIR}/export.yaml)
set_tests_properties(e2e.export.setup PROPERTIES FIXTURES_SETUP export_progress)

# gq_export_e2e(NAME ...): gq_e2e on the fixture's progress, deck export.yaml, clock pinned.
function(gq_export_e2e name)
  gq_e2e(${name} HOME ${export_home} ${ARGN})
  set_tests_properties(e2e.${name} PROPERTIES FIXTURES_REQUIRED export_progress)
endfunction()
set(pinned --deck export.yaml --now 2025-03-10T10:00:00Z)

# Golden outputs of every format and of the statistics.
gq_export_e2e(export-csv STDOUT expected/export.csv STDERR /dev/null ARGS ${pinned} export --format csv)
gq_export_e2e(export-reviews-csv STDOUT expected/export-reviews.csv ARGS ${pinned} export --reviews --format CSV)
gq_export_e2e(export-json STDOUT expected/export.json ARGS ${pinned} export --reviews)
gq_export_e2e(export-yaml STDOUT expected/export.yaml ARGS ${pinned} export --reviews --format yaml)
gq_export_e2e(export-md STDOUT expected/export.md ARGS ${pinned} export --reviews --format md)
gq_export_e2e(export-section STDOUT expected/export-retrieval.json ARGS ${pinned} export -s retr --reviews)
gq_export_e2e(stats STDOUT expected/stats.txt STDERR /dev/null ARGS ${pinned} stats)
gq_export_e2e(stats-ascii STDOUT expected/stats-ascii.txt ENV LC_ALL=C ARGS ${pinned} stats)
gq_export_e2e(stats-color STDOUT expected/stats-color.txt ARGS ${pinned} --color always stats)
gq_export_e2e(stats-json STDOUT expected/stats.json ARGS ${pinned} stats --json)
gq_export_e2e(stats-section STDOUT expected/stats-retrieval.json ARGS ${pinned} stats -s Retrieval --json)
gq_export_e2e(stats-other-zone
  STDOUT_RE "^Cards on 2025-03-10\n.*Due in the next 30 days: 3 cards"
  ENV TZ=America/New_York ARGS ${pinned} stats)

# Without progress: every card is new, and reading creates no database.
gq_e2e(export-no-progress STDOUT_RE "^deck,section,id,question,state.*\nexport,basics,softmax,What does softmax compute\\?,new,,0,0,0,0,0,,false"
  ARGS --deck export.yaml export --format csv)
gq_e2e(stats-no-progress
  STDOUT_RE "\nNo typed answers checked against key points yet \\(they come from study --type and\ninterview\\)\\.\n.*Nothing studied is due in this time\\.\n.*No answers in this time\\.\n$"
  ARGS --deck export.yaml stats)

# Mistakes in how the commands are called.
gq_e2e(export-bad-format EXIT 2 STDERR_RE "--format: 'xml' is not one of csv, json, yaml, md\n" ARGS export --format xml)
gq_e2e(export-unknown-extension EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: cannot tell the format of 'progress.txt' from its name[;] end it with .csv, .json, .yaml or .md, or add --format\n$"
  ARGS export -o progress.txt)
gq_e2e(export-unwritable EXIT 1 STDOUT /dev/null
  STDERR_RE "^genai-quiz: cannot write /nonexistent-dir/progress.json: No such file or directory\n$"
  ARGS export -o /nonexistent-dir/progress.json)
# A full disk on standard output names the reason (stdout is /dev/full, so run.sh cannot capture it).
add_test(NAME e2e.export-stdout-full COMMAND bash -c [=[
  home=$(mktemp -d) && trap 'rm -rf "$home"' EXIT && cd "$2" &&
  err=$(LC_ALL=C.UTF-8 GENAI_QUIZ_HOME=$home "$1" --deck export.yaml export --format csv 2>&1 >/dev/full); rc=$?
  printf '%s\n' "$err"
  [[ $rc == 1 && $err == 'genai-quiz: cannot write the export to standard output: No space left on device' ]]
]=] full ${GQ} ${GQ_DECKS_DIR})
gq_e2e(export-unknown-section EXIT 2 STDERR_RE "unknown section 'nope'" ARGS --deck export.yaml export -s nope)
gq_e2e(import-missing-file EXIT 1 STDERR_RE "^genai-quiz: cannot read no-such-file.json: No such file or directory\n$"
  ARGS import no-such-file.json)
gq_e2e(import-invalid-utf8 EXIT 1
  STDERR_RE "^../exchange/invalid-utf8.yaml:4:23: error: invalid UTF-8 byte 0xFF[;] save the file as UTF-8\ngenai-quiz: nothing was imported[;] the progress database is unchanged\n$"
  ARGS import ../exchange/invalid-utf8.yaml)
# The files a fuzzer found, read where they are (the test is skipped without ../shared).
add_test(NAME e2e.import-shared-invalid-utf8
  COMMAND bash ${GQ_E2E_DIR}/import_shared_findings.sh ${GQ} ${PROJECT_SOURCE_DIR}/../shared)
set_tests_properties(e2e.import-shared-invalid-utf8 PROPERTIES SKIP_RETURN_CODE 77)
gq_e2e(import-no-file EXIT 2 STDERR_RE "^genai-quiz: import: FILE is missing: a JSON or YAML file" ARGS import)
gq_e2e(export-help STDOUT_RE "Usage: genai-quiz export.*--reviews.*Example:\n  genai-quiz export -o progress.csv" ARGS export --help)
gq_e2e(import-help STDOUT_RE "Usage: genai-quiz import.*--dry-run.*Example:\n  genai-quiz export --reviews" ARGS import --help)
gq_e2e(stats-help STDOUT_RE "Usage: genai-quiz stats.*--json.*Example:\n  genai-quiz stats\n" ARGS stats --help)

# Round trips, idempotence, merging two machines, refusals that leave the store unchanged.
add_test(NAME e2e.export.import COMMAND bash ${GQ_E2E_DIR}/export_import.sh ${GQ} ${GQ_DECKS_DIR}/export.yaml
  ${GQ_E2E_DIR}/export_progress.sh)

# The weakest cards' questions take the width there is: in full at 100 columns, on a line of
# their own at 40.
gq_export_e2e(stats-weakest-wide ENV COLUMNS=100
  STDOUT_RE "\n  100%  basics/tricky       Quotes \"like this\", commas, a [|] pipe and a second line[?]\n"
  ARGS ${pinned} stats)
gq_export_e2e(stats-weakest-narrow ENV COLUMNS=40
  STDOUT_RE "\n   94%  retrieval/rerank\n    What does a reranker do[?]\n"
  ARGS ${pinned} stats)
