# What `cmake --install` lays out under the prefix, and the Debian package made from it
# (`cmake --build build --target package`).
#
#   bin/genai-quiz
#   share/genai-quiz/                                  the bundled deck and its Markdown source
#   share/man/man1/genai-quiz.1                        written at build time by `genai-quiz __man`
#   share/bash-completion/completions/genai-quiz       read by bash-completion on demand
#   share/zsh/vendor-completions/_genai-quiz           on zsh's $fpath on Debian
#   share/fish/vendor_completions.d/genai-quiz.fish    read by fish
#   share/doc/genai-quiz/                              README, CHANGELOG, LICENSE, docs/*.md

install(TARGETS genai-quiz RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES data/genai-interview.yaml data/genai-interview-questions.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/genai-quiz)
install(FILES ${CMAKE_BINARY_DIR}/genai-quiz.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES completions/genai-quiz.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME genai-quiz)
install(FILES completions/_genai-quiz DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES completions/genai-quiz.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
file(GLOB user_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES README.md CHANGELOG.md LICENSE ${user_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package. Its Depends are worked out by dpkg-shlibdeps from the libraries the
# installed binary links (libyaml-cpp0.7, libfmt9, libsqlite3-0, ...), never the -dev packages.
set(GENAI_QUIZ_PACKAGE_CONTACT "The genai-quiz authors" CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME genai-quiz)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${GENAI_QUIZ_PACKAGE_CONTACT})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "terminal flashcards for Generative-AI interview preparation")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "genai-quiz asks the questions of a deck of flashcards in the terminal, shows
the answers, and schedules each card's next review with FSRS-6. Decks are
YAML files or converted from Markdown notes; a deck of Generative-AI
interview questions is built in.")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
include(CPack)
