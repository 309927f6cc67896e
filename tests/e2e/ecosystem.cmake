# End-to-end checks of how genai-quiz fits the system: the config command, the man page, shell
# completion, the install layout and the Debian package.
add_test(NAME e2e.config-command COMMAND bash ${GQ_E2E_DIR}/config_command.sh ${GQ})
