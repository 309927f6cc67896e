# Every report at 40 and 100 columns with a library of several decks: no line wider than the
# width, no word broken (fits_width.sh), the decks grouped.
add_test(NAME e2e.widths COMMAND bash ${GQ_E2E_DIR}/widths.sh ${GQ} ${GQ_DECKS_DIR})
set_tests_properties(e2e.widths PROPERTIES TIMEOUT 120)
