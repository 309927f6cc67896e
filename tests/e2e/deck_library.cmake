# The deck library (decks folder, decks: in config.yaml, broken and clashing decks), the deck
# command, and the study settings of config.yaml.
add_test(NAME e2e.deck-library COMMAND bash ${GQ_E2E_DIR}/deck_library.sh ${GQ} ${GQ_DECKS_DIR})
add_test(NAME e2e.deck-command COMMAND bash ${GQ_E2E_DIR}/deck_command.sh ${GQ} ${GQ_DECKS_DIR}
         ${CMAKE_CURRENT_SOURCE_DIR}/data/convert)
add_test(NAME e2e.study-settings COMMAND bash ${GQ_E2E_DIR}/study_settings.sh ${GQ})
