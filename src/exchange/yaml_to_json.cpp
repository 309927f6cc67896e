#include "exchange/yaml_to_json.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <vector>

#include "genai_quiz/core/yaml_nesting.hpp"

namespace genai_quiz::exchange {
namespace {

// A problem found while building the tree. It is reported only when the YAML itself is valid:
// on broken YAML the parser's events can look like anything, and its own error says more.
struct Refused {
  YAML::Mark mark;
  std::string message;
};

bool one_of(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    if (s == w) return true;
  }
  return false;
}

// A plain scalar typed by YAML 1.2's core schema.
Json resolve_plain(const std::string& s) {
  if (one_of(s, {"true", "True", "TRUE"})) return true;
  if (one_of(s, {"false", "False", "FALSE"})) return false;
  static const std::regex kInt("[-+]?[0-9]+");
  static const std::regex kFloat(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  if (std::regex_match(s, kInt)) {
    std::int64_t value = 0;
    const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size()) return value;
  }
  if (std::regex_match(s, kFloat)) return std::strtod(s.c_str(), nullptr);
  return s;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add(mark, nullptr); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (refused) return;
    refuse(mark, "aliases (*name) are not allowed in an export file");
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    if (refused) return;
    if (tag == "?") {
      add(mark, resolve_plain(value));
    } else if (tag == "!" || tag == "tag:yaml.org,2002:str") {
      add(mark, value);
    } else {
      refuse(mark, "the tag '" + tag + "' is not allowed in an export file");
    }
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(mark, Json::array());
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(mark, Json::object());
  }
  void OnMapEnd() override { close(); }

  std::optional<Json> root;
  std::optional<Refused> refused;  ///< the first problem; events after it are ignored

 private:
  void refuse(const YAML::Mark& mark, std::string message) {
    if (!refused) refused = Refused{mark, std::move(message)};
  }

  struct Frame {
    Json value;
    std::optional<std::string> key;  // in a mapping: the key waiting for its value
  };

  void add(const YAML::Mark& mark, Json value) {
    if (refused) return;
    if (stack_.empty()) {
      root = std::move(value);
      return;
    }
    Frame& top = stack_.back();
    if (top.value.is_array()) {
      top.value.push_back(std::move(value));
    } else if (!top.key) {
      if (!value.is_string() && !value.is_number() && !value.is_boolean()) {
        return refuse(mark, "a key must be text");
      }
      std::string key = value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, Json::error_handler_t::replace);
      if (top.value.contains(key)) return refuse(mark, "the key '" + key + "' appears twice");
      top.key = std::move(key);
    } else {
      top.value[*top.key] = std::move(value);
      top.key.reset();
    }
  }

  void open(const YAML::Mark& mark, Json value) {
    if (refused) return;
    if (!stack_.empty() && stack_.back().value.is_object() && !stack_.back().key) {
      return refuse(mark, "a key must be text");
    }
    stack_.push_back({std::move(value), std::nullopt});
    marks_.push_back(mark);
  }

  void close() {
    if (refused) return;
    Json done = std::move(stack_.back().value);
    YAML::Mark mark = marks_.back();
    stack_.pop_back();
    marks_.pop_back();
    add(mark, std::move(done));
  }

  std::vector<Frame> stack_;
  std::vector<YAML::Mark> marks_;
};

Diagnostic at(const YAML::Mark& mark, std::string message) {
  Diagnostic d;
  d.pos = {mark.line + 1, mark.column + 1};
  d.message = std::move(message);
  return d;
}

// Follows the path of each node through the events and stops at the one wanted.
class PathFinder : public YAML::EventHandler {
 public:
  PathFinder(const ValuePath& path, PathEnd end) : path_(path), end_(end) {}

  struct Found {};  // thrown to stop the parser once the node is found

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, nullptr); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, nullptr); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string& value) override {
    node(mark, &value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    node(mark, nullptr);
    frames_.push_back({false, kNoItem, true, {}});
  }
  void OnSequenceEnd() override { frames_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    node(mark, nullptr);
    frames_.push_back({true, kNoItem, true, {}});
  }
  void OnMapEnd() override { frames_.pop_back(); }

  std::optional<std::size_t> offset;

 private:
  struct Frame {
    bool mapping;
    std::size_t index;  // in a list: the index of the item being read
    bool at_key;        // in a mapping: the next node is a key
    std::string key;    // in a mapping: the key of the value that comes next
  };

  // True when the frames lead along the path so far, and the path has `extra` more steps.
  bool on_path(std::size_t extra) const {
    if (frames_.size() + extra != path_.size()) return false;
    for (std::size_t k = 0; k < frames_.size(); ++k) {
      const Frame& f = frames_[k];
      const bool last = k + 1 == frames_.size();
      if (f.mapping) {
        const std::string* key = std::get_if<std::string>(&path_[k]);
        if (key == nullptr || (!last && *key != f.key)) return false;
      } else {
        const std::size_t* index = std::get_if<std::size_t>(&path_[k]);
        if (index == nullptr || *index != f.index) return false;
      }
    }
    return true;
  }

  // A node begins at `mark`; `scalar` is its text when it is a scalar.
  void node(const YAML::Mark& mark, const std::string* scalar) {
    if (frames_.empty()) {
      if (path_.empty()) found(mark);
      return;
    }
    Frame& top = frames_.back();
    if (top.mapping && top.at_key) {
      top.at_key = false;
      top.key = scalar != nullptr ? *scalar : std::string();
      if (end_ == PathEnd::kKey && on_path(0) && std::get<std::string>(path_.back()) == top.key) found(mark);
      return;
    }
    if (top.mapping) {
      top.at_key = true;
    } else {
      top.index += 1;  // from kNoItem to 0 for the first
    }
    if (end_ == PathEnd::kValue && on_path(0) &&
        (top.mapping ? std::get<std::string>(path_.back()) == top.key
                     : std::get<std::size_t>(path_.back()) == top.index)) {
      found(mark);
    }
  }

  void found(const YAML::Mark& mark) {
    offset = mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
    throw Found{};
  }

  static constexpr std::size_t kNoItem = static_cast<std::size_t>(-1);  // before the first item

  const ValuePath& path_;
  PathEnd end_;
  std::vector<Frame> frames_;
};

}  // namespace

std::optional<std::size_t> locate_yaml(std::string_view text, const ValuePath& path, PathEnd end) {
  if (find_deep_nesting(text)) return std::nullopt;
  std::istringstream input{std::string(text)};
  PathFinder finder(path, end);
  try {
    YAML::Parser parser(input);
    parser.HandleNextDocument(finder);
  } catch (const PathFinder::Found&) {
    return finder.offset;
  } catch (const YAML::Exception&) {
  }
  return std::nullopt;
}

std::optional<Json> yaml_to_json(std::string_view text, Diagnostic& error) {
  if (std::optional<DeepNesting> deep = find_deep_nesting(text)) {
    error = Diagnostic{{}, {deep->line, deep->column}, Severity::kError, "not valid YAML: " + deep_nesting_message()};
    return std::nullopt;
  }
  std::istringstream input{std::string(text)};
  TreeBuilder builder;
  try {
    YAML::Parser parser(input);
    bool found = parser.HandleNextDocument(builder);
    if (builder.refused) {
      error = at(builder.refused->mark, builder.refused->message);
      return std::nullopt;
    }
    if (!found || !builder.root) {
      error = Diagnostic{{}, {}, Severity::kError, "the file is empty"};
      return std::nullopt;
    }
    TreeBuilder second;
    if (parser.HandleNextDocument(second)) {
      error = Diagnostic{{}, {}, Severity::kError, "the file holds more than one YAML document"};
      return std::nullopt;
    }
  } catch (const YAML::DeepRecursion& e) {
    error = at(e.mark, "not valid YAML: " + deep_nesting_message(e.depth() - 1));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    error = at(e.mark, "not valid YAML: " + e.msg);
    return std::nullopt;
  }
  return std::move(builder.root);
}

}  // namespace genai_quiz::exchange
