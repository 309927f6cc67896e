# search, study --card and edit through the real binary, with a decks folder and config.yaml in
# a temporary HOME.
add_test(NAME e2e.find-edit COMMAND bash ${GQ_E2E_DIR}/find_edit.sh ${GQ})
