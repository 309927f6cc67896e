#include "cli/load_settings.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

std::string config_file_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  std::filesystem::path base;
  if (xdg && *xdg) {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    base = std::filesystem::path(home && *home ? home : ".") / ".config";
  }
  return (base / "genai-quiz" / "config.yaml").string();
}

Config load_config(const GlobalOptions& /*global*/) {
  std::string path = config_file_path();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Config{};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read the configuration file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error("cannot read the configuration file " + path);
  ConfigParse parsed = parse_config(text.str(), path);
  if (has_errors(parsed.diagnostics)) {
    std::string message = "invalid configuration file " + path + ":";
    for (const Diagnostic& d : parsed.diagnostics) message.append("\n").append(format_diagnostic(d));
    throw Error(message);
  }
  return parsed.config;
}

SchedulerSettings load_settings(const GlobalOptions& global) { return load_config(global).scheduling; }

}  // namespace genai_quiz
