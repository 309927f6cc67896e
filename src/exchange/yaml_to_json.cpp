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

}  // namespace

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
