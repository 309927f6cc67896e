#include "support/layer_rules.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace genai_quiz::testing {
namespace {

namespace fs = std::filesystem;

std::string uses_text(const std::set<std::string>& uses) {
  if (uses.empty()) return "no other layer";
  std::string out;
  for (const std::string& u : uses) out += (out.empty() ? "" : " ") + u;
  return out;
}

// The layer a file belongs to ("" when it is in no layer's folder), and whether it is a public
// header.
struct Place {
  std::string layer;
  bool is_public = false;
};

Place place_of(const fs::path& relative) {
  auto part = relative.begin();
  if (part == relative.end()) return {};
  const std::string top = part->string();
  ++part;
  if (top == "src" && part != relative.end() && std::next(part) != relative.end()) return {part->string(), false};
  if (top == "include" && part != relative.end() && part->string() == "genai_quiz") {
    ++part;
    if (part != relative.end() && std::next(part) != relative.end()) return {part->string(), true};
  }
  return {};
}

void check_file(const fs::path& root, const fs::path& file, const LayerTable& table,
                std::vector<LayerViolation>& out) {
  const fs::path relative = file.lexically_relative(root);
  const std::string name = relative.generic_string();
  const Place place = place_of(relative);
  const auto own = table.find(place.layer);
  if (own == table.end()) {
    out.push_back({name, 1, "the folder " + place.layer + " is not a layer of src/layers.txt"});
    return;
  }
  static const std::regex kInclude(R"(^\s*#\s*include\s*"([^"]+)\")");
  std::ifstream in(file);
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    std::smatch m;
    if (!std::regex_search(text, m, kInclude)) continue;
    const std::string target = m[1];
    const std::size_t slash = target.find('/');
    if (slash == std::string::npos) continue;  // a generated header next to the file
    const std::string first = target.substr(0, slash);
    if (first == "genai_quiz") {
      const std::size_t second = target.find('/', slash + 1);
      if (second == std::string::npos) continue;  // a generated header (genai_quiz/version.hpp)
      const std::string layer = target.substr(slash + 1, second - slash - 1);
      if (layer == place.layer || own->second.contains(layer)) continue;
      if (!table.contains(layer)) {
        out.push_back({name, line, "\"" + target + "\" names no layer of src/layers.txt"});
      } else {
        out.push_back({name, line, place.layer + " may not include \"" + target + "\": " + place.layer + " uses " +
                                       uses_text(own->second) + " (src/layers.txt)"});
      }
      continue;
    }
    if (!table.contains(first)) {
      out.push_back({name, line, "\"" + target + "\" names no layer of src/layers.txt"});
    } else if (first != place.layer) {
      out.push_back({name, line, "\"" + target + "\" is private to the " + first + " layer"});
    } else if (place.is_public) {
      out.push_back({name, line, "the public header includes the private \"" + target + "\""});
    }
  }
}

}  // namespace

LayerTable read_layer_table(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  LayerTable table;
  static const std::regex kLine(R"(^([a-z]+):((\s+[a-z]+)*)\s*$)");
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty() || text[0] == '#') continue;
    std::smatch m;
    if (!std::regex_match(text, m, kLine)) {
      throw std::runtime_error(path.string() + ":" + std::to_string(line) + ": expected \"layer: used used ...\"");
    }
    std::set<std::string>& uses = table[m[1]];
    std::istringstream words(m[2].str());
    for (std::string w; words >> w;) uses.insert(w);
  }
  return table;
}

std::string LayerViolation::text() const { return file + ":" + std::to_string(line) + ": " + message; }

std::vector<LayerViolation> layer_violations(const fs::path& root, const LayerTable& table) {
  std::vector<fs::path> files;
  for (const char* top : {"src", "include"}) {
    if (!fs::is_directory(root / top)) continue;
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(root / top)) {
      const std::string ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".cpp" || ext == ".hpp")) files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<LayerViolation> out;
  for (const fs::path& f : files) check_file(root, f, table, out);
  return out;
}

}  // namespace genai_quiz::testing
