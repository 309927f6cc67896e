# genai-quiz optimize, run as a user would.
set(gq_optimize_env "GENAI_QUIZ_HOME=${CMAKE_CURRENT_BINARY_DIR}/e2e-home;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/e2e-config")

add_test(NAME e2e.optimize.fits_a_csv_log
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/synthetic-revlog.csv)
set_tests_properties(e2e.optimize.fits_a_csv_log PROPERTIES ENVIRONMENT "${gq_optimize_env}"
  PASS_REGULAR_EXPRESSION "Read 565 reviews of 90 cards.*450 reviews can be predicted.*current \\(FSRS-6 defaults\\).*fitted.*Fitted parameters \\(w0-w20\\):")

add_test(NAME e2e.optimize.json_and_time_series
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/synthetic-revlog.csv --json --evaluate --day-start 0 --utc-offset -05:00)
set_tests_properties(e2e.optimize.json_and_time_series PROPERTIES ENVIRONMENT "${gq_optimize_env}"
  PASS_REGULAR_EXPRESSION "\"outcome\": \"trained\".*\"time_series\": {[^}]*\"log_loss\"")

add_test(NAME e2e.optimize.too_little_history
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/short-revlog.csv)
set_tests_properties(e2e.optimize.too_little_history PROPERTIES ENVIRONMENT "${gq_optimize_env}"
  PASS_REGULAR_EXPRESSION "not enough review history to fit parameters")
add_test(NAME e2e.optimize.too_little_history_fails
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/short-revlog.csv)
set_tests_properties(e2e.optimize.too_little_history_fails PROPERTIES ENVIRONMENT "${gq_optimize_env}" WILL_FAIL TRUE)

add_test(NAME e2e.optimize.unreadable_file
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/no-such-file.csv)
set_tests_properties(e2e.optimize.unreadable_file PROPERTIES ENVIRONMENT "${gq_optimize_env}"
  PASS_REGULAR_EXPRESSION "genai-quiz: cannot read '.*no-such-file.csv'")

add_test(NAME e2e.optimize.bad_offset
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/synthetic-revlog.csv --utc-offset 5)
set_tests_properties(e2e.optimize.bad_offset PROPERTIES ENVIRONMENT "${gq_optimize_env}"
  PASS_REGULAR_EXPRESSION "--utc-offset '5' is not an offset like \\+02:00")

# --apply writes scheduling.parameters into config.yaml; the next run starts from them.
set(gq_apply_config ${CMAKE_CURRENT_BINARY_DIR}/e2e-config-apply)
add_test(NAME e2e.optimize.apply_setup COMMAND ${CMAKE_COMMAND} -E rm -rf ${gq_apply_config})
set_tests_properties(e2e.optimize.apply_setup PROPERTIES FIXTURES_SETUP gq_apply)
add_test(NAME e2e.optimize.apply_saves_parameters
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/synthetic-revlog.csv --apply)
set_tests_properties(e2e.optimize.apply_saves_parameters PROPERTIES
  ENVIRONMENT "GENAI_QUIZ_HOME=${CMAKE_CURRENT_BINARY_DIR}/e2e-home;XDG_CONFIG_HOME=${gq_apply_config}"
  FIXTURES_SETUP gq_applied FIXTURES_REQUIRED gq_apply
  PASS_REGULAR_EXPRESSION "Saved them in .*e2e-config-apply/genai-quiz/config.yaml")
add_test(NAME e2e.optimize.apply_is_read_back
  COMMAND ${GQ} optimize --from ${GQ_E2E_DIR}/data/synthetic-revlog.csv)
set_tests_properties(e2e.optimize.apply_is_read_back PROPERTIES
  ENVIRONMENT "GENAI_QUIZ_HOME=${CMAKE_CURRENT_BINARY_DIR}/e2e-home;XDG_CONFIG_HOME=${gq_apply_config}"
  FIXTURES_REQUIRED gq_applied
  PASS_REGULAR_EXPRESSION "current \\(config.yaml\\)")
