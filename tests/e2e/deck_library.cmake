# The deck library: the decks folder, decks: in config.yaml, --deck, broken and clashing decks.
add_test(NAME e2e.deck-library COMMAND bash ${GQ_E2E_DIR}/deck_library.sh ${GQ} ${GQ_DECKS_DIR})
add_test(NAME e2e.deck-command COMMAND bash ${GQ_E2E_DIR}/deck_command.sh ${GQ} ${GQ_DECKS_DIR}
         ${CMAKE_CURRENT_SOURCE_DIR}/data/convert)
