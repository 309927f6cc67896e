#include "genai_quiz/config/config_io.hpp"

#include <cstdlib>
#include <filesystem>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/files/read_file.hpp"

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

std::optional<std::string> read_config_text(const std::string& path) {
  return read_file_if_exists(path, "the configuration file " + path);
}

void write_config_text(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // Write through a symbolic link (a config kept with other dotfiles) rather than replace it.
  fs::path file(path);
  if (fs::symlink_status(file, ec).type() == fs::file_type::symlink) {
    file = fs::canonical(file, ec);
    if (ec) throw Error("cannot follow the link " + path + ": " + ec.message());
  }
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  if (ec) throw Error("cannot create " + file.parent_path().string() + ": " + ec.message());
  write_file_atomically(file, [&](std::ostream& out) { out << text; });
}

Config load_config_file(const std::string& path) {
  std::optional<std::string> text = read_config_text(path);
  if (!text) return Config{};
  ConfigParse parsed = parse_config(*text, path);
  if (has_errors(parsed.diagnostics)) {
    std::string message = "invalid configuration file " + path + ":";
    for (const Diagnostic& d : parsed.diagnostics) message.append("\n").append(format_diagnostic(d));
    throw Error(message);
  }
  return parsed.config;
}

}  // namespace genai_quiz
