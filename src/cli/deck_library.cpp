#include "cli/deck_library.hpp"

#include <glob.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <system_error>

#include "cli/cli_app.hpp"
#include "cli/load_settings.hpp"
#include "cli/progress_db.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

bool is_deck_name(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name.front() != '.' && (p.extension() == ".yaml" || p.extension() == ".yml");
}

bool has_glob_characters(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// "~" and "~/x" as the home; anything else relative to `base`.
fs::path resolve(const std::string& written, const fs::path& base) {
  const char* home = std::getenv("HOME");
  if ((written == "~" || written.starts_with("~/")) && home && *home) return fs::path(home) / written.substr(written == "~" ? 1 : 2);
  const fs::path p(written);
  return p.is_absolute() ? p : base / p;
}

std::vector<std::string> glob_matches(const std::string& pattern) {
  glob_t found{};
  std::vector<std::string> out;
  if (::glob(pattern.c_str(), 0, nullptr, &found) == 0) {
    for (std::size_t i = 0; i < found.gl_pathc; ++i) out.emplace_back(found.gl_pathv[i]);
  }
  ::globfree(&found);
  return out;  // glob sorts its matches
}

}  // namespace

fs::path decks_folder(const GlobalOptions& global) { return data_directory(global) / "decks"; }

std::vector<std::string> deck_files_in(const fs::path& folder) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_deck_name(it->path()) && it->is_regular_file(ec)) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

LibraryFiles library_files(const fs::path& folder, const Config& config, const std::string& config_file) {
  LibraryFiles out;
  std::set<fs::path> seen;
  auto add = [&](const std::string& file) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(file, ec);
    if (ec) key = file;
    if (seen.insert(key).second) out.files.push_back(file);
  };
  if (config.bundled) out.files.emplace_back(kBundledDeckArg);
  for (const std::string& file : deck_files_in(folder)) add(file);
  const fs::path base = fs::path(config_file).parent_path();
  for (const DeckEntry& entry : config.decks) {
    const fs::path where = resolve(entry.path, base);
    std::vector<std::string> matches;
    if (has_glob_characters(entry.path)) {
      matches = glob_matches(where.string());
    } else {
      matches.push_back(where.string());
    }
    for (const std::string& match : matches) {
      std::error_code ec;
      if (fs::is_directory(match, ec)) {
        for (const std::string& file : deck_files_in(match)) add(file);
      } else if (fs::exists(match, ec)) {
        add(match);
      } else if (!has_glob_characters(entry.path)) {
        out.problems.push_back({config_file, entry.pos, Severity::kError,
                                "decks: no such deck file or folder: " + match});
      }
    }
  }
  return out;
}

LibraryFiles chosen_deck_files(const GlobalOptions& global) {
  if (!global.decks.empty()) return {global.decks, {}};
  return library_files(decks_folder(global), load_config(global), config_file_path());
}

}  // namespace genai_quiz
