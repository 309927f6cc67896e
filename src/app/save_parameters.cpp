#include "genai_quiz/app/save_parameters.hpp"

#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/config/config_edit.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

std::string save_parameters(const Weights& w) {
  const std::string path = config_file_path();
  const std::optional<std::string> text = read_config_text(path);
  std::optional<std::string> edited = set_parameters(text.value_or(""), w);
  if (!edited) {
    throw Error("cannot update " + path + " automatically; put this line under 'scheduling:' yourself:\n  " +
                format_parameters(w, 2));
  }
  write_config_text(path, *edited);
  return path;
}

}  // namespace genai_quiz
