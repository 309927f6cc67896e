# End-to-end checks of how genai-quiz fits the system: the config command, the man page, shell
# completion, the install layout and the Debian package.
add_test(NAME e2e.config-command COMMAND bash ${GQ_E2E_DIR}/config_command.sh ${GQ})
add_test(NAME e2e.man-page COMMAND bash ${GQ_E2E_DIR}/man_page.sh ${GQ} ${CMAKE_BINARY_DIR}/genai-quiz.1)
