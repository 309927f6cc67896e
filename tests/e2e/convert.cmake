# End-to-end runs of `genai-quiz convert` on the fixtures in tests/data/convert/. Each runs the
# real binary in a scratch folder under the build tree (see scripts/convert_check.cmake);
# arguments in ARGS, AFTER and COPY are separated by '|'.

set(convert_data ${CMAKE_CURRENT_SOURCE_DIR}/data/convert)

function(gq_convert_test name)
  add_test(NAME e2e-convert-${name}
    COMMAND ${CMAKE_COMMAND} -DGQ=${GQ} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/e2e-convert/${name} ${ARGN}
            -P ${GQ_E2E_DIR}/scripts/convert_check.cmake)
endfunction()

gq_convert_test(help "-DARGS=convert|--help"
  "-DSTDOUT_RE=numbered.*headings.*bold.*details.*qa.*Example:\n  genai-quiz convert ")

gq_convert_test(to-stdout "-DCOPY=${convert_data}/numbered_mixed.md" "-DARGS=convert|numbered_mixed.md"
  "-DSTDOUT_RE=^# Converted from numbered_mixed.md by genai-quiz convert \\(layout: numbered\\)\\.\nid: numbered-mixed\n"
  "-DSTDERR_RE=numbered_mixed.md: 5 cards, 4 stubs in 2 sections \\(layout: numbered\\)\n  basics +Basics +4 cards +1 stub\n  deep-learning +Deep Learning +1 card +3 stubs\nWrote the deck to standard output")

gq_convert_test(to-file "-DCOPY=${convert_data}/qa_pairs.md" "-DARGS=convert|qa_pairs.md|-o|deck.yaml"
  -DSTDOUT_EMPTY=1 -DFILE=deck.yaml "-DFILE_RE=\nid: qa-pairs\ntitle: Networking Q&A\n"
  "-DSTDERR_RE=Wrote deck.yaml")

gq_convert_test(replaces-file "-DCOPY=${convert_data}/math.md" -DBEFORE=deck.yaml -DBEFORE_TEXT=old
  "-DARGS=convert|math.md|--output|deck.yaml|--force" -DFILE=deck.yaml "-DFILE_RE=^# Converted"
  "-DAFTER=convert|math.md|-o|-" "-DAFTER_STDOUT_RE=question: What does \\$x\\*\\*2\\$ mean")

gq_convert_test(deck-id "-DCOPY=${convert_data}/bold_lines.md" "-DARGS=convert|bold_lines.md|--id|stats"
  "-DSTDOUT_RE=\nid: stats\n")

gq_convert_test(forced-layout "-DCOPY=${convert_data}/headings_levels.md"
  "-DARGS=convert|headings_levels.md|--layout|HEADINGS" "-DSTDERR_RE=\\(layout: headings\\)")

gq_convert_test(forced-layout-finds-nothing "-DCOPY=${convert_data}/qa_pairs.md"
  "-DARGS=convert|qa_pairs.md|--layout|details|-o|deck.yaml" -DEXIT=1 -DNO_FILE=deck.yaml
  "-DSTDERR_RE=qa_pairs.md: error: no questions found in the 'details' layout")

gq_convert_test(unknown-layout "-DCOPY=${convert_data}/qa_pairs.md" "-DARGS=convert|qa_pairs.md|--layout|slides"
  -DEXIT=2 "-DSTDERR_RE=--layout")

gq_convert_test(bad-id "-DCOPY=${convert_data}/qa_pairs.md" "-DARGS=convert|qa_pairs.md|--id|two words"
  -DEXIT=2 "-DSTDERR_RE=--id two words: use letters, digits")

gq_convert_test(missing-input "-DARGS=convert|nowhere.md" -DEXIT=1 "-DSTDERR_RE=cannot read nowhere.md")

gq_convert_test(input-is-output "-DCOPY=${convert_data}/qa_pairs.md" "-DARGS=convert|qa_pairs.md|-o|qa_pairs.md"
  -DEXIT=2 "-DSTDERR_RE=would overwrite the Markdown input")

gq_convert_test(binary "-DCOPY=${convert_data}/binary.dat" "-DARGS=convert|binary.dat|-o|deck.yaml"
  -DEXIT=1 -DNO_FILE=deck.yaml -DSTDOUT_EMPTY=1
  "-DSTDERR_RE=^binary.dat:3:1: error: this is a binary file, not Markdown text\n$")

gq_convert_test(not-utf8 "-DCOPY=${convert_data}/latin1.md" "-DARGS=convert|latin1.md|-o|deck.yaml"
  -DEXIT=1 -DNO_FILE=deck.yaml "-DSTDERR_RE=^latin1.md:1:6: error: invalid UTF-8 byte 0xE9")

gq_convert_test(no-questions "-DCOPY=${convert_data}/plain_notes.md" "-DARGS=convert|plain_notes.md|-o|deck.yaml"
  -DEXIT=1 -DNO_FILE=deck.yaml "-DSTDERR_RE=plain_notes.md: error: no questions found")

gq_convert_test(failure-keeps-old-file "-DCOPY=${convert_data}/binary.dat" -DBEFORE=deck.yaml -DBEFORE_TEXT=old
  "-DARGS=convert|binary.dat|-o|deck.yaml" -DEXIT=1 -DFILE=deck.yaml "-DFILE_RE=^old$")

gq_convert_test(no-progress-when-piped -DBIG=big.md "-DARGS=convert|big.md|-o|deck.yaml" -DFILE=deck.yaml
  "-DSTDERR_RE=^big.md: 4000 cards, 0 stubs in 1 section")

find_program(SCRIPT_PROGRAM script)
if(SCRIPT_PROGRAM)
  gq_convert_test(progress-on-terminal -DBIG=big.md -DTTY=1 "-DARGS=convert|big.md|-o|deck.yaml"
    -DFILE=deck.yaml "-DSTDERR_RE=Converting big.md [^ ]+ +[0-9]+%.*big.md: 4000 cards")
endif()

# The deck written is one the other commands accept.
gq_convert_test(output-validates "-DCOPY=${convert_data}/numbered_mixed.md"
  "-DARGS=convert|numbered_mixed.md|-o|deck.yaml" -DFILE=deck.yaml
  "-DAFTER=validate|deck.yaml" "-DAFTER_STDOUT_RE=^numbered-mixed: 5 cards, 4 stubs in 2 sections; 0 errors, 0 warnings\n$")

gq_convert_test(output-lists "-DCOPY=${convert_data}/details_answers.md"
  "-DARGS=convert|details_answers.md|-o|deck.yaml" -DFILE=deck.yaml
  "-DAFTER=--deck|deck.yaml|list" "-DAFTER_STDOUT_RE=^details-answers: JavaScript Quiz\n\njavascript-quiz +JavaScript Quiz\n  2 cards")

# The summary keeps its columns: widths in terminal columns, a long title cut with an ellipsis.
gq_convert_test(summary-columns "-DCOPY=${convert_data}/long_section_title.md" "-DARGS=convert|long_section_title.md"
  "-DSTDERR_RE=much long…      1 card  0 stubs\n  rag                             RAG                                                   1 card  0 stubs\n")

add_test(NAME e2e.convert.update COMMAND bash ${GQ_E2E_DIR}/convert_update.sh ${GQ} ${convert_data}/legend_tags.md)

# A quiz document converted to multiple-choice cards, validated and studied in the line protocol.
add_test(NAME e2e.convert.quiz COMMAND bash ${GQ_E2E_DIR}/convert_quiz.sh ${GQ} ${convert_data}/quiz_session.md)
