# End-to-end checks of how genai-quiz fits the system: the config command, the man page, shell
# completion, the install layout and the Debian package.
add_test(NAME e2e.config-command COMMAND bash ${GQ_E2E_DIR}/config_command.sh ${GQ})
add_test(NAME e2e.man-page COMMAND bash ${GQ_E2E_DIR}/man_page.sh ${GQ} ${CMAKE_BINARY_DIR}/genai-quiz.1)
foreach(shell bash zsh fish)
  add_test(NAME e2e.completion-${shell}
    COMMAND bash ${GQ_E2E_DIR}/completion/completion_test.sh ${shell} ${GQ} ${PROJECT_SOURCE_DIR}/completions)
  set_tests_properties(e2e.completion-${shell} PROPERTIES SKIP_RETURN_CODE 77 LABELS completion)
endforeach()
add_test(NAME e2e.version-revision
  COMMAND bash ${GQ_E2E_DIR}/version_revision.sh ${GQ} ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION})
# Builds the .deb (cpack) and installs it in a scratch root: skip with `ctest -LE package` where
# there is no dpkg. Run alone, as cpack's preinstall step checks the build tree.
add_test(NAME e2e.package COMMAND bash ${GQ_E2E_DIR}/package_test.sh ${CMAKE_BINARY_DIR})
set_tests_properties(e2e.package PROPERTIES SKIP_RETURN_CODE 77 LABELS package RUN_SERIAL TRUE TIMEOUT 300)
