#include "genai_quiz/exchange/import_reader.hpp"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <functional>
#include <initializer_list>

#include "exchange/export_tree.hpp"
#include "exchange/value_path.hpp"
#include "exchange/yaml_to_json.hpp"
#include "genai_quiz/core/review_merge.hpp"
#include "genai_quiz/core/utf8.hpp"
#include "genai_quiz/exchange/export_writer.hpp"

namespace genai_quiz {
namespace {

using exchange::Json;
using exchange::PathEnd;
using exchange::ValuePath;

// Finds where a value is written in the file: locate_json or locate_yaml.
using Locator = std::function<std::optional<std::size_t>(const ValuePath&, PathEnd)>;

// "[json.exception.parse_error.101] parse error at line 3, column 1: syntax error while parsing
// array - unexpected end of input; expected ']'" becomes "unexpected end of input; expected ']'".
std::string json_problem(const std::string& what, bool at_end) {
  std::string message = what;
  if (std::size_t bracket = message.find("] "); message.starts_with('[') && bracket != std::string::npos) {
    message.erase(0, bracket + 2);
  }
  std::size_t dash = message.find(" - ");
  if (dash != std::string::npos) {
    message = message.substr(dash + 3);
  } else if (std::size_t colon = message.find(": "); colon != std::string::npos) {
    message = message.substr(colon + 2);
  }
  if (at_end) message += " (the file ends too early: is it truncated?)";
  return "not valid JSON: " + message;
}

// A short description of a value for messages: its type and, for scalars, the value.
std::string describe(const Json& j) {
  std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  switch (j.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::null: return "null";
    case Json::value_t::string: return "the text " + text;
    case Json::value_t::boolean: return text;
    default: return "the number " + text;
  }
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, const TimeParser& parse_time, Locator locate)
      : text_(text), file_(file), parse_time_(parse_time), locate_(std::move(locate)) {}

  ImportRead read(const Json& root) {
    ImportRead out;
    if (!header(root)) {
      out.diagnostics = std::move(diagnostics_);
      return out;
    }
    ImportedLog log;
    log.version = root["version"].get<int>();
    if (root.contains("settings")) {
      std::string problem;
      log.settings = exchange::settings_from_json(root["settings"], problem);
      if (!log.settings) warn(problem + "; the settings of the file are left aside");
    }
    const Json& reviews = root["reviews"];
    for (std::size_t i = 0; i < reviews.size() && errors_ < kMaxImportErrors; ++i) {
      std::optional<ReviewRecord> r =
          review(reviews[i], "reviews[" + std::to_string(i) + "]", ValuePath{std::string("reviews"), i});
      if (r) log.reviews.push_back(std::move(*r));
    }
    if (root.contains("event_count") && !root.contains("events")) {
      error("the file says it holds card events but has no 'events' list: is it truncated?", {"event_count"});
    } else if (root.contains("events")) {
      const Json& events = root["events"];
      if (!events.is_array()) {
        error("events: " + describe(events) + " is not a list", {"events"});
      } else if (count_matches(root, "event_count", "events", "card events")) {
        for (std::size_t i = 0; i < events.size() && errors_ < kMaxImportErrors; ++i) {
          std::optional<CardEvent> e =
              event(events[i], "events[" + std::to_string(i) + "]", ValuePath{std::string("events"), i});
          if (e) log.events.push_back(std::move(*e));
        }
      }
    }
    if (errors_ >= kMaxImportErrors) error("too many errors; stopped reading");
    if (errors_ == 0) {
      for (Diagnostic& d : find_duplicate_reviews(log.reviews, file_)) {
        diagnostics_.push_back(std::move(d));
        errors_ += 1;
      }
    }
    if (errors_ == 0) out.log = std::move(log);
    out.diagnostics = std::move(diagnostics_);
    return out;
  }

 private:
  bool header(const Json& root) {
    const std::string name(kExportFormatName);
    if (!root.is_object() || !root.contains("format") || root["format"] != name) {
      error("not a genai-quiz progress export (it has no \"format\": \"" + name + "\")");
      return false;
    }
    const Json& version = root.contains("version") ? root["version"] : Json();
    if (!version.is_number_integer() || version.get<std::int64_t>() < 1) {
      error("version: " + describe(version) + " is not a format version (a whole number from 1)", {"version"});
      return false;
    }
    if (version.get<std::int64_t>() > kExportFormatVersion) {
      error("made by a newer genai-quiz: format version " + version.dump() + ", and this one reads up to " +
            std::to_string(kExportFormatVersion) + "; upgrade genai-quiz to import it");
      return false;
    }
    if (!root.contains("reviews")) {
      error("the file has no review log; export it with 'genai-quiz export --reviews'");
      return false;
    }
    if (!root["reviews"].is_array()) {
      error("reviews: " + describe(root["reviews"]) + " is not a list", {"reviews"});
      return false;
    }
    return count_matches(root, "review_count", "reviews", "answers");
  }

  // An export carries the size of each of its logs (`count_key` for the list `list_key` of
  // `what`), so that one cut short is refused; an older export without the count is read as it is.
  bool count_matches(const Json& root, const char* count_key, const char* list_key, const char* what) {
    if (!root.contains(count_key)) return true;
    const Json& count = root[count_key];
    if (!count.is_number_integer() || count.get<std::int64_t>() < 0) {
      error(std::string(count_key) + ": " + describe(count) + " is not a number of " + what +
                " (a whole number, 0 or more)",
            {count_key});
      return false;
    }
    if (count.get<std::uint64_t>() != root[list_key].size()) {
      error("the file says it holds " + count.dump() + " " + what + " but has " +
            std::to_string(root[list_key].size()) + ": is it truncated?");
      return false;
    }
    return true;
  }

 public:
  /// One review record, `where` naming it in messages and `entry` its path in the text (each
  /// problem is reported at the value it is about); nothing, and an error diagnostic, when it is
  /// not well-formed.
  std::optional<ReviewRecord> review(const Json& j, const std::string& where, const ValuePath& entry) {
    const auto field = [&](const std::string& key) { return field_path(entry, key); };
    if (!has_fields(j, where, entry,
                    {"deck", "card", "time", "rating", "duration_ms", "cram", "fingerprint", "repeat", "coverage",
                     "choice", "choice_correct"},
                    {"deck", "card", "time", "rating"})) {
      return std::nullopt;
    }
    ReviewRecord r;
    if (!card_and_time(j, where, entry, r.deck_id, r.card_id, r.time)) return std::nullopt;
    const Json& rating = j["rating"];
    if (!rating.is_number_integer() || rating.get<std::int64_t>() < 1 || rating.get<std::int64_t>() > 4) {
      return fail(where + ".rating: " + describe(rating) + " is not a rating (allowed: 1, 2, 3 or 4)", field("rating"));
    }
    r.rating = static_cast<Rating>(rating.get<int>());
    if (j.contains("duration_ms")) {
      const Json& d = j["duration_ms"];
      if (!d.is_number_integer() || d.get<std::int64_t>() < 0) {
        return fail(where + ".duration_ms: " + describe(d) + " is not a duration (a whole number of milliseconds, 0 or more)",
                    field("duration_ms"));
      }
      r.duration_ms = d.get<std::int64_t>();
    }
    if (j.contains("cram")) {
      if (!j["cram"].is_boolean()) {
        return fail(where + ".cram: " + describe(j["cram"]) + " is not true or false", field("cram"));
      }
      r.cram = j["cram"].get<bool>();
    }
    if (j.contains("fingerprint")) {
      if (!j["fingerprint"].is_string()) {
        return fail(where + ".fingerprint: " + describe(j["fingerprint"]) + " is not text", field("fingerprint"));
      }
      r.fingerprint = j["fingerprint"].get<std::string>();
    }
    if (j.contains("repeat")) {
      const Json& n = j["repeat"];
      if (!n.is_number_integer() || n.get<std::int64_t>() < 0 || n.get<std::int64_t>() > 1000000) {
        return fail(where + ".repeat: " + describe(n) + " is not a repeat count (a whole number, 0 or more)",
                    field("repeat"));
      }
      r.repeat = n.get<int>();
    }
    if (j.contains("coverage") && !j["coverage"].is_null()) {
      const Json& c = j["coverage"];
      // A NaN compares false both ways, so it is refused too.
      if (!c.is_number() || !(c.get<double>() >= 0 && c.get<double>() <= 1)) {
        return fail(where + ".coverage: " + describe(c) +
                        " is not a coverage (the share of key points covered, from 0 to 1)",
                    field("coverage"));
      }
      r.coverage = c.get<double>();
    }
    if (j.contains("choice") && !j["choice"].is_null()) {
      const Json& c = j["choice"];
      const std::string letter = c.is_string() ? c.get<std::string>() : "";
      if (letter.size() != 1 || letter[0] < 'a' || letter[0] > 'h') {
        return fail(where + ".choice: " + describe(c) + " is not a choice (a letter from a to h)", field("choice"));
      }
      r.choice = letter[0] - 'a';
      if (j.contains("choice_correct")) {
        const Json& ok = j["choice_correct"];
        if (!ok.is_boolean()) {
          return fail(where + ".choice_correct: " + describe(ok) + " is not true or false", field("choice_correct"));
        }
        r.choice_correct = ok.get<bool>();
      }
    }
    return r;
  }

  /// One card event ({"deck", "card", "kind", "time"}, all required), as review() reads answers.
  std::optional<CardEvent> event(const Json& j, const std::string& where, const ValuePath& entry) {
    const auto field = [&](const std::string& key) { return field_path(entry, key); };
    if (!has_fields(j, where, entry, {"deck", "card", "kind", "time"}, {"deck", "card", "kind", "time"})) {
      return std::nullopt;
    }
    CardEvent e;
    if (!card_and_time(j, where, entry, e.deck_id, e.card_id, e.time)) return std::nullopt;
    const Json& kind = j["kind"];
    std::optional<CardEventKind> k = kind.is_string() ? event_kind_from_name(kind.get<std::string>()) : std::nullopt;
    if (!k) {
      return fail(where + ".kind: " + describe(kind) +
                      " is not a card event (allowed: suspend, unsuspend, flag, unflag, leech, reset)",
                  field("kind"));
    }
    e.kind = *k;
    return e;
  }

 private:
  // `entry` and then `key`: where a problem with one field of an entry is reported.
  static ValuePath field_path(const ValuePath& entry, const std::string& key) {
    ValuePath p = entry;
    p.emplace_back(key);
    return p;
  }

  // True when `j` is an object whose fields are all in `known` (in the order messages list them)
  // and include all of `required`; else false, with an error at the first problem.
  bool has_fields(const Json& j, const std::string& where, const ValuePath& entry,
                  std::initializer_list<const char*> known, std::initializer_list<const char*> required) {
    if (!j.is_object()) {
      error(where + ": " + describe(j) + " is not an object", entry);
      return false;
    }
    for (const auto& item : j.items()) {
      const std::string& key = item.key();
      if (std::find_if(known.begin(), known.end(), [&](const char* k) { return key == k; }) == known.end()) {
        std::string list;
        for (const char* k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        error(where + ": unknown field '" + key + "' (known: " + list + ")", field_path(entry, key), PathEnd::kKey);
        return false;
      }
    }
    for (const char* key : required) {
      if (!j.contains(key)) {
        error(where + ": the field '" + std::string(key) + "' is missing", entry);
        return false;
      }
    }
    return true;
  }

  // The fields every entry of a log has, present (checked before): `deck` and `card` (ids) and
  // `time`. False, with an error at the bad value, when one is malformed.
  bool card_and_time(const Json& j, const std::string& where, const ValuePath& entry, std::string& deck,
                     std::string& card, TimePoint& time) {
    const auto field = [&](const std::string& key) { return field_path(entry, key); };
    for (auto [key, out] : {std::pair{"deck", &deck}, std::pair{"card", &card}}) {
      const Json& v = j[key];
      if (!v.is_string() || v.get<std::string>().empty()) {
        error(where + "." + key + ": " + describe(v) + " is not an id (non-empty text)", field(key));
        return false;
      }
      *out = v.get<std::string>();
    }
    const Json& t = j["time"];
    std::optional<TimePoint> parsed = t.is_string() ? parse_time_(t.get<std::string>()) : std::nullopt;
    if (!parsed) {
      error(where + ".time: " + describe(t) +
                " is not an ISO 8601 time with a UTC offset (e.g. 2025-03-01T09:30:00+01:00)",
            field("time"));
      return false;
    }
    time = *parsed;
    return true;
  }

 public:

  std::vector<Diagnostic> take_diagnostics() { return std::move(diagnostics_); }

 private:
  std::nullopt_t fail(std::string message, const ValuePath& path, PathEnd end = PathEnd::kValue) {
    error(std::move(message), path, end);
    return std::nullopt;
  }

  // An error at the value `path` leads to (no position when the path is empty or not found).
  void error(std::string message, const ValuePath& path = {}, PathEnd end = PathEnd::kValue) {
    SourcePos pos;
    if (!path.empty()) {
      if (std::optional<std::size_t> offset = locate_(path, end)) pos = source_position(text_, *offset);
    }
    diagnostics_.push_back({file_, pos, Severity::kError, std::move(message)});
    errors_ += 1;
  }

  void warn(std::string message) { diagnostics_.push_back({file_, {}, Severity::kWarning, std::move(message)}); }

  std::string_view text_;
  const std::string& file_;
  const TimeParser& parse_time_;
  Locator locate_;
  std::vector<Diagnostic> diagnostics_;
  int errors_ = 0;
};

// Reads text already known to be UTF-8 without NUL bytes.
ImportRead read_utf8_import(std::string_view text, const std::string& file, const TimeParser& parse_time) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  std::optional<Json> root;
  Locator locate;
  if (start != std::string_view::npos && text[start] == '{') {
    locate = [text](const ValuePath& path, PathEnd end) { return exchange::locate_json(text, path, end); };
    try {
      root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
      std::size_t at = e.byte == 0 ? 0 : e.byte - 1;  // nlohmann counts from 1
      bool at_end = at + 1 >= text.size();
      return {std::nullopt, {{file, source_position(text, at), Severity::kError, json_problem(e.what(), at_end)}}};
    } catch (const Json::exception& e) {  // a number too large for a double: out_of_range.406
      return {std::nullopt, {{file, {}, Severity::kError, json_problem(e.what(), false)}}};
    }
  } else {
    locate = [text](const ValuePath& path, PathEnd end) { return exchange::locate_yaml(text, path, end); };
    Diagnostic problem;
    root = exchange::yaml_to_json(text, problem);
    if (!root) {
      problem.file = file;
      return {std::nullopt, {problem}};
    }
  }
  return Reader(text, file, parse_time, std::move(locate)).read(*root);
}

}  // namespace

ImportRead read_import(std::string_view text, const std::string& file, const TimeParser& parse_time) {
  if (text.find('\0') != std::string_view::npos) {
    return {std::nullopt, {{file, {}, Severity::kError, "not a JSON or YAML file: it holds binary data"}}};
  }
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(text)) {
    return {std::nullopt, {{file, {bad->line, bad->column}, Severity::kError, utf8::invalid_byte_message(*bad)}}};
  }
  try {
    return read_utf8_import(text, file, parse_time);
  } catch (const Json::exception& e) {  // the checks above should leave none; name the file if one is left
    return {std::nullopt, {{file, {}, Severity::kError, "could not be read: " + std::string(e.what())}}};
  } catch (const YAML::Exception& e) {
    return {std::nullopt, {{file, {}, Severity::kError, "could not be read: " + std::string(e.what())}}};
  }
}

}  // namespace genai_quiz

namespace genai_quiz {

LogLineRead read_log_line(std::string_view line, const std::string& file, int line_number,
                          const TimeParser& parse_time) {
  auto problem = [&](std::string message) {
    return LogLineRead{std::nullopt, std::nullopt, {file, {line_number, 0}, Severity::kError, std::move(message)}};
  };
  if (line.find('\0') != std::string_view::npos) return problem("not a line of JSON: it holds binary data");
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(line)) {
    return problem(utf8::invalid_byte_message(*bad));
  }
  Json j;
  try {
    j = Json::parse(line.begin(), line.end());
  } catch (const Json::exception& e) {
    return problem(json_problem(e.what(), false));
  }
  Reader reader(line, file, parse_time,
                [line](const ValuePath& path, PathEnd end) { return exchange::locate_json(line, path, end); });
  LogLineRead out;
  if (j.is_object() && j.contains("kind")) {
    out.event = reader.event(j, "event", {});
    if (out.event) return out;
  } else {
    out.review = reader.review(j, "answer", {});
    if (out.review) return out;
  }
  out.problem = reader.take_diagnostics().front();
  out.problem.pos = {line_number, out.problem.pos.line == 1 ? out.problem.pos.column : 0};
  return out;
}

}  // namespace genai_quiz
