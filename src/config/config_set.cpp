#include "genai_quiz/config/config_set.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

#include "genai_quiz/config/config_file.hpp"
#include "genai_quiz/core/utf8.hpp"
#include "genai_quiz/core/yaml_nesting.hpp"

namespace genai_quiz {
namespace {

struct Line {
  std::string text;  // without the line break
  int indent = 0;
  bool content = false;  // neither blank nor a comment
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
    line.indent = first == std::string::npos ? 0 : static_cast<int>(first);
    line.content = first != std::string::npos && line.text[first] != '#';
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

// Where a comment starts on a line (a '#' after a space, outside quotes), or npos.
std::size_t comment_start(const std::string& line, std::size_t from) {
  char quote = 0;
  for (std::size_t i = from; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
      if (c == '\\' && quote == '"') ++i;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    }
  }
  return std::string::npos;
}

// True when `line`, from column `indent`, is `key:` followed by a space, the end or a comment.
bool is_key_line(const Line& line, int indent, std::string_view key) {
  if (!line.content || line.indent != indent) return false;
  std::string_view rest(line.text);
  rest.remove_prefix(static_cast<std::size_t>(indent));
  if (rest.substr(0, key.size()) != key || rest.size() <= key.size() || rest[key.size()] != ':') return false;
  return rest.size() == key.size() + 1 || rest[key.size() + 1] == ' ' || rest[key.size() + 1] == '\t';
}

// True when a key line holds no value of its own (a block section or block value follows).
bool has_no_inline_value(const std::string& line, std::size_t colon) {
  std::size_t value = line.find_first_not_of(" \t", colon + 1);
  return value == std::string::npos || line[value] == '#';
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out.append(line).append("\n");
  return out;
}

// A value of several lines goes under its key: each line after the first is indented by `pad`.
std::string indent_continuation(std::string_view value, const std::string& pad) {
  std::string out;
  for (char c : value) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

// The edit on lines, for a file whose section is in block style (or absent); nothing otherwise.
std::optional<std::string> edit_lines(std::string_view text, const ConfigKey& key, std::string_view value) {
  const std::vector<Line> lines = split_lines(text);
  std::vector<std::string> out;
  for (const Line& line : lines) out.push_back(line.text);
  const std::string section = key.section;

  std::size_t header = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_key_line(lines[i], 0, section)) header = i;
  }
  if (header == lines.size()) {
    for (const Line& line : lines) {
      if (line.content && line.indent == 0 && line.text.front() != '#' && line.text.find(':') == std::string::npos) {
        return std::nullopt;  // not a block mapping at the top
      }
    }
    if (!out.empty() && !out.back().empty()) out.emplace_back();
    out.push_back(section + ":");
    out.push_back(std::string("  ") + key.name + ": " + indent_continuation(value, "  "));
    return join(out);
  }
  if (!has_no_inline_value(lines[header].text, section.size())) return std::nullopt;  // e.g. `scheduling: {...}`

  std::size_t end = header + 1;  // the section's lines run to the next content line at column 0
  while (end < lines.size() && (!lines[end].content || lines[end].indent > 0)) ++end;
  int child = -1;
  std::size_t last = header;  // the last content line of the section
  for (std::size_t i = header + 1; i < end; ++i) {
    if (!lines[i].content) continue;
    if (child < 0) child = lines[i].indent;
    last = i;
  }
  if (child < 0) child = 2;
  const std::string pad(static_cast<std::size_t>(child), ' ');
  const std::string replacement = pad + key.name + ": " + indent_continuation(value, pad);

  std::size_t at = end;
  for (std::size_t i = header + 1; i < end; ++i) {
    if (is_key_line(lines[i], child, key.name)) at = i;
  }
  if (at == end) {
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(last + 1), replacement);
    return join(out);
  }
  // The old value: the rest of the key line and any continuation lines (deeper, or `- ` items at
  // the key's own indentation).
  std::size_t stop = at + 1;
  while (stop < end) {
    const Line& next = lines[stop];
    bool item = next.content && next.indent == child && next.text.compare(std::size_t(child), 2, "- ") == 0;
    if (next.content && next.indent <= child && !item) break;
    if (!next.content && next.indent == 0 && next.text.find_first_not_of(' ') == std::string::npos) {
      // A blank line ends the value unless deeper lines of it follow.
      std::size_t after = stop + 1;
      while (after < end && !lines[after].content) ++after;
      if (after == end || lines[after].indent <= child) break;
    }
    ++stop;
  }
  while (stop > at + 1 && !lines[stop - 1].content) --stop;  // keep trailing comments and blanks
  std::string kept_comment;
  if (stop == at + 1) {
    const std::string& line = lines[at].text;
    std::size_t colon = static_cast<std::size_t>(child) + std::string_view(key.name).size();
    std::size_t hash = comment_start(line, colon + 1);
    if (hash != std::string::npos && !has_no_inline_value(line, colon)) {
      std::size_t gap = line.find_last_not_of(" \t", hash - 1);
      kept_comment = line.substr(gap + 1);
    }
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(at), out.begin() + static_cast<std::ptrdiff_t>(stop));
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), replacement + kept_comment);
  return join(out);
}

// The edit on the parsed tree, written back by yaml-cpp (comments are lost); nothing when `text`
// is not YAML or its top or section is not a mapping.
std::optional<std::string> edit_tree(std::string_view text, const ConfigKey& key, std::string_view value) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap()) return std::nullopt;  // rewriting it would drop what is there
    if (!root[key.section].IsDefined() || root[key.section].IsNull()) root[key.section] = YAML::Node(YAML::NodeType::Map);
    if (!root[key.section].IsMap()) return std::nullopt;
    root[key.section][key.name] = YAML::Load(std::string(value));
    YAML::Emitter emitter;
    emitter << root;
    return std::string(emitter.c_str()) + "\n";
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

// What a parsed file means: every key's value, and which keys it sets.
std::vector<std::string> meaning(const ConfigParse& parsed) {
  std::vector<std::string> out;
  for (const ConfigKey& k : config_keys()) out.push_back(k.show(parsed.config));
  for (const KeySetting& s : parsed.settings) out.push_back(s.key);
  return out;
}

bool is_plain(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  if (std::string_view("[]{}!&*|>'\"%@`,?-#:").find(s.front()) != std::string_view::npos) {
    return s.front() == '-' && s.size() > 1 && s[1] != ' ';  // a negative number
  }
  return s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos &&
         s.find_first_of("\n\t,[]{}") == std::string_view::npos && s.back() != ':';
}

std::string scalar_yaml(std::string_view s) {
  if (is_plain(s)) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string trim(std::string_view s) {
  std::size_t a = s.find_first_not_of(" \t\n");
  if (a == std::string_view::npos) return "";
  std::size_t b = s.find_last_not_of(" \t\n");
  return std::string(s.substr(a, b - a + 1));
}

}  // namespace

std::string value_to_yaml(const ConfigKey& key, std::string_view typed) {
  const std::string t = trim(typed);
  if (key.shape == ValueShape::kScalar) return scalar_yaml(t);
  if (t.empty() || t == "none" || t == "[]") return "[]";
  if (t.front() == '[') return t;
  std::string out = "[";
  std::size_t i = 0;
  while (i < t.size()) {
    std::size_t j = t.find_first_of(" \t,", i);
    if (j == std::string::npos) j = t.size();
    if (j > i) out.append(out.size() > 1 ? ", " : "").append(scalar_yaml(t.substr(i, j - i)));
    i = j + 1;
  }
  return out + "]";
}

ConfigEdit set_config_value(std::string_view text, const ConfigKey& key, std::string_view value_yaml,
                            const std::string& file) {
  ConfigEdit edit;
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(text)) {  // never rewrite such a file
    edit.problems.push_back({file, {bad->line, bad->column}, Severity::kError, utf8::invalid_byte_message(*bad)});
    return edit;
  }
  if (utf8::first_invalid(value_yaml)) {
    edit.problems.push_back({file, {}, Severity::kError, std::string(key.name) + ": the value is not UTF-8 text"});
    return edit;
  }
  if (find_deep_nesting(text)) {  // never hand such a file to yaml-cpp: parse_config says where
    edit.problems = parse_config(text, file).diagnostics;
    return edit;
  }
  if (find_deep_nesting(value_yaml)) {
    edit.problems.push_back({file, {}, Severity::kError, std::string(key.name) + ": the value is not valid YAML: " + deep_nesting_message()});
    return edit;
  }
  try {
    YAML::Load(std::string(value_yaml));
  } catch (const YAML::Exception&) {
    edit.problems.push_back({file, {}, Severity::kError, std::string(key.name) + ": " +
                                                             std::string(value_yaml) + " is not a YAML value"});
    return edit;
  }
  const ConfigParse before = parse_config(text, file);
  std::optional<std::string> tree = edit_tree(text, key, value_yaml);
  if (!tree) {
    edit.problems = before.diagnostics;  // the file itself is broken: say how
    if (edit.problems.empty()) edit.problems.push_back({file, {}, Severity::kError, "cannot set a key in this file"});
    return edit;
  }
  const ConfigParse wanted = parse_config(*tree, file);
  std::optional<std::string> lines = edit_lines(text, key, value_yaml);
  if (lines && meaning(parse_config(*lines, file)) == meaning(wanted)) {
    edit.text = std::move(*lines);
  } else {
    edit.text = std::move(*tree);
    edit.layout_kept = false;
  }
  // Refuse only the errors this edit brings in: positions move, so compare messages.
  const ConfigParse after = parse_config(edit.text, file);
  for (const Diagnostic& d : after.diagnostics) {
    bool old = std::any_of(before.diagnostics.begin(), before.diagnostics.end(),
                           [&](const Diagnostic& b) { return b.message == d.message; });
    if (!old && d.severity == Severity::kError) edit.problems.push_back(d);
  }
  if (!edit.problems.empty()) edit.text.clear();
  return edit;
}

}  // namespace genai_quiz
