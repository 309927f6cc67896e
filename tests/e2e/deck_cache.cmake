# The parsed-deck cache: `list` stores each deck under $XDG_CACHE_HOME/genai-quiz, and a second
# `list` of the same decks, which reads them from there, prints exactly the same.
set(cache_home ${CMAKE_CURRENT_BINARY_DIR}/e2e-deck-cache-home)
add_test(NAME e2e.deck-cache-clean COMMAND ${CMAKE_COMMAND} -E rm -rf ${cache_home})
set_tests_properties(e2e.deck-cache-clean PROPERTIES FIXTURES_SETUP deck-cache-clean)

gq_e2e(deck-cache-store HOME ${cache_home} STDOUT expected/list-two-decks.txt STDERR expected/list-two-decks.err
  ARGS --deck good.yaml --deck warnings.yaml list)
set_tests_properties(e2e.deck-cache-store PROPERTIES FIXTURES_REQUIRED deck-cache-clean FIXTURES_SETUP deck-cache-stored)

add_test(NAME e2e.deck-cache-written COMMAND bash -c
  "ls ${cache_home}/.cache/genai-quiz/good-*.deck ${cache_home}/.cache/genai-quiz/warnings-*.deck")
set_tests_properties(e2e.deck-cache-written PROPERTIES FIXTURES_REQUIRED deck-cache-stored)

gq_e2e(deck-cache-reuse HOME ${cache_home} STDOUT expected/list-two-decks.txt STDERR expected/list-two-decks.err
  ARGS --deck good.yaml --deck warnings.yaml list)
set_tests_properties(e2e.deck-cache-reuse PROPERTIES FIXTURES_REQUIRED deck-cache-stored)
