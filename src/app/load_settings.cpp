#include "genai_quiz/app/load_settings.hpp"

namespace genai_quiz {

Config load_config(const GlobalOptions& /*global*/) { return load_config_file(config_file_path()); }

SchedulerSettings load_settings(const GlobalOptions& global) { return load_config(global).scheduling; }

}  // namespace genai_quiz
