#pragma once
// The options every command accepts, as the app layer reads them: which decks, where the data
// lives, what time it is and whether to colour. The cli layer declares them (cli/cli_app.hpp).

#include <string>
#include <vector>

namespace genai_quiz {

/// Options that every command accepts, before or after the command name.
struct GlobalOptions {
  std::vector<std::string> decks;  ///< --deck FILE (repeatable); empty means the bundled deck
  std::string data_dir;            ///< --data-dir DIR; empty means GENAI_QUIZ_HOME or XDG
  std::string now;                 ///< --now TIME (ISO 8601); empty means GENAI_QUIZ_NOW or the clock
  std::string color = "auto";      ///< --color auto|always|never
};

}  // namespace genai_quiz
