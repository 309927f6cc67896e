#include "genai_quiz/config/config_edit.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include "genai_quiz/config/config_file.hpp"

namespace genai_quiz {
namespace {

struct Line {
  std::string text;  // without the line break
  int indent = 0;
  bool blank = true;    // empty or only spaces
  bool comment = false; // first non-space character is '#'
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.text = std::string(text.substr(start, end - start));
    if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
    std::size_t first = line.text.find_first_not_of(' ');
    line.blank = first == std::string::npos;
    line.indent = line.blank ? 0 : int(first);
    line.comment = !line.blank && line.text[first] == '#';
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

/// True when `line` is `key:` followed by nothing, spaces or a comment.
bool is_bare_key(const std::string& line, std::string_view key) {
  if (line.rfind(key, 0) != 0 || line.size() <= key.size() || line[key.size()] != ':') return false;
  std::size_t rest = line.find_first_not_of(' ', key.size() + 1);
  return rest == std::string::npos || line[rest] == '#';
}

bool starts_with_at(const Line& line, std::string_view prefix) {
  return !line.blank && line.text.compare(std::size_t(line.indent), prefix.size(), prefix) == 0;
}

bool same_parameters(const Weights& a, const Weights& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::abs(a[i] - b[i]) > 1e-6 * std::max(1.0, std::abs(b[i]))) return false;
  }
  return true;
}

}  // namespace

std::string format_parameters(const Weights& w, int indent) {
  std::string out = "parameters: [";
  const std::string continuation(std::size_t(indent) + out.size(), ' ');
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i > 0) out += i % 7 == 0 ? ",\n" + continuation : ", ";
    char number[32];
    std::snprintf(number, sizeof number, "%.7g", w[i]);
    out += number;
  }
  return out + "]";
}

std::optional<std::string> set_parameters(std::string_view yaml_text, const Weights& w) {
  if (has_errors(parse_config(yaml_text, "config.yaml").diagnostics)) return std::nullopt;
  std::vector<Line> lines = split_lines(yaml_text);
  std::size_t header = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].indent == 0 && starts_with_at(lines[i], "scheduling")) {
      if (!is_bare_key(lines[i].text, "scheduling")) return std::nullopt;  // e.g. flow style
      header = i;
    }
  }
  std::vector<std::string> out;
  for (const Line& line : lines) out.push_back(line.text);
  if (header == lines.size()) {
    if (!out.empty() && !out.back().empty()) out.emplace_back();
    out.push_back("scheduling:");
    out.push_back("  " + format_parameters(w, 2));
  } else {
    std::size_t end = header + 1;  // the section runs to the next line at column 0
    while (end < lines.size() && (lines[end].blank || lines[end].comment || lines[end].indent > 0)) ++end;
    int child = 2;
    std::size_t last = header;  // last line with content in the section
    for (std::size_t i = header + 1; i < end; ++i) {
      if (lines[i].blank || lines[i].comment) continue;
      if (last == header) child = lines[i].indent;
      last = i;
    }
    const std::string replacement = std::string(std::size_t(child), ' ') + format_parameters(w, child);
    std::size_t key = end;
    for (std::size_t i = header + 1; i < end; ++i) {
      if (lines[i].indent == child && starts_with_at(lines[i], "parameters:")) key = i;
    }
    if (key < end) {
      std::size_t stop = key + 1;  // the old value's continuation lines
      while (stop < end && !lines[stop].blank &&
             (lines[stop].indent > child || (lines[stop].indent == child && starts_with_at(lines[stop], "- ")))) {
        ++stop;
      }
      out.erase(out.begin() + std::ptrdiff_t(key), out.begin() + std::ptrdiff_t(stop));
      out.insert(out.begin() + std::ptrdiff_t(key), replacement);
    } else {
      out.insert(out.begin() + std::ptrdiff_t(last + 1), replacement);
    }
  }
  std::string text;
  for (const std::string& line : out) text += line + "\n";
  ConfigParse check = parse_config(text, "config.yaml");
  if (has_errors(check.diagnostics) || !same_parameters(check.config.scheduling.parameters, w)) return std::nullopt;
  return text;
}

}  // namespace genai_quiz
