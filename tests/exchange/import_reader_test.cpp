#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <string>

#include "exchange/export_tree.hpp"
#include "genai_quiz/exchange/export_writer.hpp"
#include "genai_quiz/exchange/import_reader.hpp"
#include "support/export_sample.hpp"

using namespace genai_quiz;
using namespace genai_quiz::testing;

namespace {

std::string sample_json() {
  std::ostringstream out;
  write_export(out, ExportFormat::kJson, sample_export(true));
  return out.str();
}

// A JSON export whose only review is `review` (a JSON object's text).
std::string with_review(const std::string& review, const std::string& version = "1") {
  return R"({"format": "genai-quiz-progress", "version": )" + version + R"(, "reviews": [)" + review + "]}";
}

const std::string kGood = R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00+01:00", "rating": 3})";

std::string messages(const ImportRead& read) {
  std::string out;
  for (const Diagnostic& d : read.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("A minimal export reads with defaults for the optional fields", "[exchange]") {
  ImportRead read = read_import(with_review(kGood), "in.json", parse_offset_iso);
  INFO(messages(read));
  REQUIRE(read.log);
  REQUIRE(read.log->reviews.size() == 1);
  const ReviewRecord& r = read.log->reviews[0];
  CHECK(r.deck_id == "d");
  CHECK(r.card_id == "c");
  CHECK(r.time == *parse_offset_iso("2025-03-01T08:00:00Z"));
  CHECK(r.rating == Rating::kGood);
  CHECK(r.duration_ms == 0);
  CHECK_FALSE(r.cram);
  CHECK(r.fingerprint.empty());
  CHECK(r.repeat == 0);
  CHECK_FALSE(r.coverage);
  CHECK_FALSE(read.log->settings);
  CHECK(read.diagnostics.empty());

  ImportRead yaml = read_import(
      "format: genai-quiz-progress\nversion: 1\nreviews:\n  - {deck: d, card: c, time: 2025-03-01T09:00:00+01:00, "
      "rating: 3}\n",
      "in.yaml", parse_offset_iso);
  INFO(messages(yaml));
  REQUIRE(yaml.log);
  CHECK(yaml.log->reviews == read.log->reviews);
}

TEST_CASE("The coverage of a typed answer reads as it was written, from 0 to 1", "[exchange]") {
  struct Case {
    const char* written;
    std::optional<double> read;
  } cases[] = {
      {"0", 0.0}, {"1", 1.0}, {"0.0", 0.0}, {"1.0", 1.0}, {"0.8", 0.8}, {"0.6666666666666666", 2.0 / 3},
      {"1e-3", 0.001}, {"null", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.written);
    const std::string review = R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "coverage": )" +
                               std::string(c.written) + "}";
    ImportRead json = read_import(with_review(review), "in.json", parse_offset_iso);
    INFO(messages(json));
    REQUIRE(json.log);
    CHECK(json.log->reviews.at(0).coverage == c.read);

    ImportRead yaml = read_import("format: genai-quiz-progress\nversion: 1\nreviews:\n  - {deck: d, card: c, "
                                  "time: 2025-03-01T09:00:00Z, rating: 3, coverage: " + std::string(c.written) + "}\n",
                                  "in.yaml", parse_offset_iso);
    INFO(messages(yaml));
    REQUIRE(yaml.log);
    CHECK(yaml.log->reviews.at(0).coverage == c.read);
  }
}

TEST_CASE("A coverage that is not a number from 0 to 1 is refused", "[exchange]") {
  struct Case {
    const char* written;
    const char* message;
  } cases[] = {
      {"1.5", "in:1:145: error: reviews[0].coverage: the number 1.5 is not a coverage (the share of key points covered, "
              "from 0 to 1)"},
      {"-0.25", "in:1:145: error: reviews[0].coverage: the number -0.25 is not a coverage (the share of key points "
                "covered, from 0 to 1)"},
      {"80", "in:1:145: error: reviews[0].coverage: the number 80 is not a coverage (the share of key points covered, "
             "from 0 to 1)"},
      {"\"0.5\"", "in:1:145: error: reviews[0].coverage: the text \"0.5\" is not a coverage (the share of key points "
                  "covered, from 0 to 1)"},
      {"true", "in:1:145: error: reviews[0].coverage: true is not a coverage (the share of key points covered, from 0 to 1)"},
      {"[0.5]", "in:1:145: error: reviews[0].coverage: a list is not a coverage (the share of key points covered, from 0 "
                "to 1)"},
      {"1e400", "in: error: not valid JSON: number overflow parsing '1e400'"},
  };
  for (const Case& c : cases) {
    INFO(c.written);
    const std::string review = R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "coverage": )" +
                               std::string(c.written) + "}";
    ImportRead read = read_import(with_review(review), "in", parse_offset_iso);
    INFO(messages(read));
    CHECK_FALSE(read.log);
    REQUIRE_FALSE(read.diagnostics.empty());
    if (c.message) CHECK(format_diagnostic(read.diagnostics[0]) == c.message);
  }
  // YAML has words for numbers JSON cannot write; none of them is a coverage.
  for (const char* written : {".nan", ".inf", "1e400"}) {
    INFO(written);
    ImportRead read = read_import(std::string("format: genai-quiz-progress\nversion: 1\nreviews:\n  - {deck: d, card: c, "
                                              "time: 2025-03-01T09:00:00Z, rating: 3, coverage: ") + written + "}\n",
                                  "in", parse_offset_iso);
    INFO(messages(read));
    CHECK_FALSE(read.log);
    CHECK(has_errors(read.diagnostics));
  }
}

TEST_CASE("Malformed, truncated, foreign and newer files are refused with a clear message", "[exchange]") {
  const std::string json = sample_json();
  struct Case {
    const char* what;
    std::string text;
    const char* message;  // the first diagnostic, whole
  } cases[] = {
      {"truncated JSON", json.substr(0, json.size() / 2), nullptr},
      {"empty file", "", "in: error: the file is empty"},
      {"blank file", " \n\n", "in: error: the file is empty"},
      {"foreign JSON", R"({"name": "something else"})",
       "in: error: not a genai-quiz progress export (it has no \"format\": \"genai-quiz-progress\")"},
      {"a JSON list", "[1, 2]", "in: error: not a genai-quiz progress export (it has no \"format\": \"genai-quiz-progress\")"},
      {"plain text", "hello, world\n",
       "in: error: not a genai-quiz progress export (it has no \"format\": \"genai-quiz-progress\")"},
      {"newer version", with_review(kGood, "2"),
       "in: error: made by a newer genai-quiz: format version 2, and this one reads up to 1; upgrade genai-quiz to "
       "import it"},
      {"version as text", with_review(kGood, "\"1\""),
       "in:1:46: error: version: the text \"1\" is not a format version (a whole number from 1)"},
      {"version zero", with_review(kGood, "0"), "in:1:46: error: version: the number 0 is not a format version (a whole number from 1)"},
      {"no review log", R"({"format": "genai-quiz-progress", "version": 1, "cards": []})",
       "in: error: the file has no review log; export it with 'genai-quiz export --reviews'"},
      {"reviews not a list", R"({"format": "genai-quiz-progress", "version": 1, "reviews": {}})",
       "in:1:60: error: reviews: an object is not a list"},
      {"fewer answers than counted",
       R"({"format": "genai-quiz-progress", "version": 1, "review_count": 2, "reviews": [)" + kGood + "]}",
       "in: error: the file says it holds 2 answers but has 1: is it truncated?"},
      {"more answers than counted",
       R"({"format": "genai-quiz-progress", "version": 1, "review_count": 0, "reviews": [)" + kGood + "]}",
       "in: error: the file says it holds 0 answers but has 1: is it truncated?"},
      {"review count as text",
       R"({"format": "genai-quiz-progress", "version": 1, "review_count": "1", "reviews": [)" + kGood + "]}",
       "in:1:65: error: review_count: the text \"1\" is not a number of answers (a whole number, 0 or more)"},
      {"negative review count",
       R"({"format": "genai-quiz-progress", "version": 1, "review_count": -1, "reviews": []})",
       "in:1:65: error: review_count: the number -1 is not a number of answers (a whole number, 0 or more)"},
      {"review not an object", with_review("3"), "in:1:61: error: reviews[0]: the number 3 is not an object"},
      {"missing rating", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z"})"),
       "in:1:61: error: reviews[0]: the field 'rating' is missing"},
      {"rating 5", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 5})"),
       "in:1:130: error: reviews[0].rating: the number 5 is not a rating (allowed: 1, 2, 3 or 4)"},
      {"rating 0", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 0})"),
       "in:1:130: error: reviews[0].rating: the number 0 is not a rating (allowed: 1, 2, 3 or 4)"},
      {"rating as text", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": "3"})"),
       "in:1:130: error: reviews[0].rating: the text \"3\" is not a rating (allowed: 1, 2, 3 or 4)"},
      {"rating 2.5", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 2.5})"),
       "in:1:130: error: reviews[0].rating: the number 2.5 is not a rating (allowed: 1, 2, 3 or 4)"},
      {"time without offset", with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00", "rating": 3})"),
       "in:1:96: error: reviews[0].time: the text \"2025-03-01T09:00:00\" is not an ISO 8601 time with a UTC offset "
       "(e.g. 2025-03-01T09:30:00+01:00)"},
      {"time as number", with_review(R"({"deck": "d", "card": "c", "time": 1740819600000, "rating": 3})"),
       "in:1:96: error: reviews[0].time: the number 1740819600000 is not an ISO 8601 time with a UTC offset "
       "(e.g. 2025-03-01T09:30:00+01:00)"},
      {"empty card id", with_review(R"({"deck": "d", "card": "", "time": "2025-03-01T09:00:00Z", "rating": 3})"),
       "in:1:83: error: reviews[0].card: the text \"\" is not an id (non-empty text)"},
      {"deck as number", with_review(R"({"deck": 7, "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3})"),
       "in:1:70: error: reviews[0].deck: the number 7 is not an id (non-empty text)"},
      {"negative duration",
       with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "duration_ms": -1})"),
       "in:1:148: error: reviews[0].duration_ms: the number -1 is not a duration (a whole number of milliseconds, 0 or more)"},
      {"cram as text",
       with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "cram": "no"})"),
       "in:1:141: error: reviews[0].cram: the text \"no\" is not true or false"},
      {"unknown field",
       with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "ratng": 3})"),
       "in:1:133: error: reviews[0]: unknown field 'ratng' (known: deck, card, time, rating, duration_ms, cram, fingerprint, "
       "repeat, coverage, choice, choice_correct)"},
      {"negative repeat",
       with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, "repeat": -1})"),
       "in:1:143: error: reviews[0].repeat: the number -1 is not a repeat count (a whole number, 0 or more)"},
      {"duplicate reviews", with_review(kGood + ", " + kGood),
       "in: error: reviews[1] repeats reviews[0]: card 'c' of deck 'd' answered at the same time"},
      {"duplicate with the same repeat",
       with_review(R"({"deck": "d", "card": "c", "time": "2025-03-01T08:00:00Z", "rating": 1, "repeat": 1}, )"
                   R"({"deck": "d", "card": "c", "time": "2025-03-01T08:00:00Z", "rating": 1, "repeat": 1})"),
       "in: error: reviews[1] repeats reviews[0]: card 'c' of deck 'd' answered at the same time with the same repeat"},
      {"duplicate at the same instant in another offset",
       with_review(kGood + R"(, {"deck": "d", "card": "c", "time": "2025-03-01T08:00:00Z", "rating": 1})"),
       "in: error: reviews[1] repeats reviews[0]: card 'c' of deck 'd' answered at the same time"},
      {"invalid YAML", "format: genai-quiz-progress\nreviews: [\n  {deck: d\n", nullptr},
      {"YAML alias", "format: genai-quiz-progress\nversion: 1\nx: &a [1]\nreviews: *a\n",
       "in:4:10: error: aliases (*name) are not allowed in an export file"},
      {"YAML with a repeated key", "format: genai-quiz-progress\nversion: 1\nversion: 2\nreviews: []\n",
       "in:3:1: error: the key 'version' appears twice"},
      {"binary file", std::string("\x89PNG\r\n\x1a\n\0\0", 10), "in: error: not a JSON or YAML file: it holds binary data"},
      {"JSON with invalid UTF-8", "{\"format\": \"genai-quiz-progress\", \"x\": \"\xff\"}", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    ImportRead read = read_import(c.text, "in", parse_offset_iso);
    INFO(messages(read));
    CHECK_FALSE(read.log);
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(has_errors(read.diagnostics));
    if (c.message) CHECK(format_diagnostic(read.diagnostics[0]) == c.message);
  }
}

TEST_CASE("A truncated JSON file is reported where it ends, as probably truncated", "[exchange]") {
  std::string json = sample_json();
  ImportRead read = read_import(json.substr(0, 200), "backup.json", parse_offset_iso);
  REQUIRE(read.diagnostics.size() == 1);
  std::string message = format_diagnostic(read.diagnostics[0]);
  INFO(message);
  CHECK(message.rfind("backup.json:", 0) == 0);
  CHECK(message.find("error: not valid JSON: ") != std::string::npos);
  CHECK(message.find("(the file ends too early: is it truncated?)") != std::string::npos);
  ImportRead cut = read_import(json.substr(0, json.size() - 3), "backup.json", parse_offset_iso);
  REQUIRE(cut.diagnostics.size() == 1);
  CHECK(format_diagnostic(cut.diagnostics[0]).find("unexpected end of input") != std::string::npos);
  ImportRead broken = read_import(R"({"format": "genai-quiz-progress", "version": 1,, "reviews": []})", "b.json",
                                  parse_offset_iso);
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(format_diagnostic(broken.diagnostics[0]).rfind("b.json:1:48: error: not valid JSON: ", 0) == 0);
  CHECK(format_diagnostic(broken.diagnostics[0]).find("truncated") == std::string::npos);
  CHECK(read.diagnostics[0].pos.line > 1);

  ImportRead yaml = read_import("format: genai-quiz-progress\nreviews: [\n  {deck: d\n", "b.yaml", parse_offset_iso);
  REQUIRE(yaml.diagnostics.size() == 1);
  INFO(format_diagnostic(yaml.diagnostics[0]));
  CHECK(format_diagnostic(yaml.diagnostics[0]).find("error: not valid YAML: ") != std::string::npos);
  CHECK(yaml.diagnostics[0].pos.line >= 3);
}

TEST_CASE("An export cut at any line is refused or imports whole, in JSON and in YAML", "[exchange]") {
  const ExportData data = sample_export(true);
  const std::size_t whole = data.reviews->size();
  REQUIRE(whole >= 3);
  for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kYaml}) {
    std::ostringstream out;
    write_export(out, format, data);
    const std::string text = out.str();
    INFO((format == ExportFormat::kJson ? "JSON" : "YAML"));
    CHECK(text.find("review_count") != std::string::npos);
    int cuts = 0;
    int refused = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', end + 1)) {
      const std::string cut = text.substr(0, end + 1);
      ImportRead read = read_import(cut, "in", parse_offset_iso);
      INFO("cut after byte " << end + 1 << " of " << text.size() << "\n" << messages(read));
      cuts += 1;
      if (read.log) {
        CHECK(read.log->reviews.size() == whole);
        CHECK(read.log->events == data.events);
      } else {
        CHECK(has_errors(read.diagnostics));
        refused += 1;
      }
    }
    // Only the whole file (the last cut, at its final newline) imports.
    CHECK(cuts > 20);
    CHECK(refused == cuts - 1);
  }
}

TEST_CASE("An export without a review count, as older ones were written, still reads", "[exchange]") {
  std::ostringstream out;
  write_export(out, ExportFormat::kYaml, sample_export(true));
  std::string text = out.str();
  std::size_t at = text.find("review_count: ");
  REQUIRE(at != std::string::npos);
  text.erase(at, text.find('\n', at) + 1 - at);
  ImportRead read = read_import(text, "old.yaml", parse_offset_iso);
  INFO(messages(read));
  REQUIRE(read.log);
  CHECK(read.log->reviews.size() == sample_export(true).reviews->size());
  CHECK(read.diagnostics.empty());
}

TEST_CASE("Every bad entry is reported, up to a limit", "[exchange]") {
  std::string reviews;
  for (int i = 0; i < 30; ++i) {
    if (i > 0) reviews += ", ";
    reviews += R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 9})";
  }
  ImportRead read = read_import(with_review(reviews), "in", parse_offset_iso);
  CHECK_FALSE(read.log);
  REQUIRE(read.diagnostics.size() == kMaxImportErrors + 1);
  CHECK(format_diagnostic(read.diagnostics[3]) ==
        "in:1:349: error: reviews[3].rating: the number 9 is not a rating (allowed: 1, 2, 3 or 4)");
  CHECK(format_diagnostic(read.diagnostics.back()) == "in: error: too many errors; stopped reading");
}

TEST_CASE("Unreadable settings in an export are a warning, not a reason to refuse it", "[exchange]") {
  std::string text = R"({"format": "genai-quiz-progress", "version": 1, "settings": {"desired_retention": 1.5}, "reviews": [)" +
                     kGood + "]}";
  ImportRead read = read_import(text, "in", parse_offset_iso);
  REQUIRE(read.log);
  CHECK_FALSE(read.log->settings);
  REQUIRE(read.diagnostics.size() == 1);
  CHECK(format_diagnostic(read.diagnostics[0]) ==
        "in: warning: settings.desired_retention: 1.5 is not allowed (allowed: 0.70 to 0.99); the settings of the "
        "file are left aside");
}

TEST_CASE("A file that is not UTF-8 is refused at its first bad byte, before it is parsed", "[exchange]") {
  struct Case {
    std::string text;
    std::string expected;
  };
  const Case kCases[] = {
      // The shape a fuzzer found: a settings value that is one 0xFF byte.
      {"format: genai-quiz-progress\nversion: 1\nsettings:\n  maximum_interval: \"\xFF\"\nreviews: []\n",
       "in.yaml:4:22: error: invalid UTF-8 byte 0xFF; save the file as UTF-8\n"},
      {"format: genai-quiz-progress\nversion: 1\nreviews:\n  - deck: caf\xE9\n",
       "in.yaml:4:14: error: invalid UTF-8 byte 0xE9; save the file as UTF-8\n"},
      {"{\"format\": \"genai-quiz-progress\", \"version\": 1,\n \"settings\": {\"maximum_interval\": \"\xFF\"},\n"
       " \"reviews\": []}",
       "in.yaml:2:36: error: invalid UTF-8 byte 0xFF; save the file as UTF-8\n"},
      {with_review("{\"deck\": \"d\xC0\xAF\", \"card\": \"c\", \"time\": \"2025-03-01T09:00:00+01:00\", \"rating\": 3}"),
       "in.yaml:1:72: error: invalid UTF-8 byte 0xC0; save the file as UTF-8\n"},
      {"\xED\xA0\x80", "in.yaml:1:1: error: invalid UTF-8 byte 0xED; save the file as UTF-8\n"},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.text);
    ImportRead read = read_import(c.text, "in.yaml", parse_offset_iso);
    CHECK_FALSE(read.log);
    CHECK(messages(read) == c.expected);
  }
}

TEST_CASE("A settings value that is not UTF-8 text is described without throwing", "[exchange]") {
  std::string error;
  const exchange::Json settings = {{"maximum_interval", "\xFF"}};
  CHECK_FALSE(exchange::settings_from_json(settings, error));
  CHECK(error == "settings.maximum_interval: \"\xEF\xBF\xBD\" is not a valid value");
}

TEST_CASE("A YAML export nested too deep is refused where the limit is passed", "[exchange]") {
  const std::string text = "format: genai-quiz-progress\nversion: 1\nreviews: " + std::string(10'000'000, '[');
  CHECK(messages(read_import(text, "in.yaml", parse_offset_iso)) ==
        "in.yaml:3:509: error: not valid YAML: nesting is deeper than 499 levels\n");
}

TEST_CASE("A bad field of a review is reported at the line and column where it is written", "[exchange]") {
  const std::string json =
      "{\n"
      "  \"format\": \"genai-quiz-progress\",\n"
      "  \"version\": 1,\n"
      "  \"reviews\": [\n"
      "    {\"deck\": \"d\", \"card\": \"a]}\\\"{[\", \"time\": \"2025-03-01T09:00:00Z\", \"rating\": 3},\n"
      "    {\"deck\": \"d\", \"card\": \"b\", \"time\": \"2025-03-01T09:00:00Z\", \"rating\": 3, \"rating\": 7}\n"
      "  ]\n"
      "}\n";
  const std::string yaml =
      "format: genai-quiz-progress\n"
      "version: 1\n"
      "reviews:\n"
      "  - deck: d\n"
      "    card: a\n"
      "    time: 2025-03-01T09:00:00Z\n"
      "    rating: 3\n"
      "  - {deck: d, card: b, time: \"2025-03-01T09:00:00Z\", rating: 7}\n";
  struct Case {
    std::string text;
    std::string message;
  } cases[] = {
      {json, "in.json:6:87: error: reviews[1].rating: the number 7 is not a rating (allowed: 1, 2, 3 or 4)"},
      {yaml, "in.json:8:62: error: reviews[1].rating: the number 7 is not a rating (allowed: 1, 2, 3 or 4)"},
      {std::string(yaml).replace(yaml.find("rating: 3"), 9, "ratng: 3"),
       "in.json:7:5: error: reviews[0]: unknown field 'ratng' (known: deck, card, time, rating, duration_ms, cram, "
       "fingerprint, repeat, coverage, choice, choice_correct)"},
      {std::string(json).replace(json.find("\"card\": \"b\""), 11, "\"card\": 5"),
       "in.json:6:27: error: reviews[1].card: the number 5 is not an id (non-empty text)"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ImportRead read = read_import(c.text, "in.json", parse_offset_iso);
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(format_diagnostic(read.diagnostics[0]) == c.message);
  }
}

TEST_CASE("The rating of answer 150 of an export is reported on its own line", "[exchange]") {
  std::string json = "{\n  \"format\": \"genai-quiz-progress\",\n  \"version\": 1,\n  \"reviews\": [\n";
  for (int i = 0; i < 200; ++i) {
    json += std::string(i == 0 ? "" : ",\n") + "    {\"deck\": \"d\", \"card\": \"c" + std::to_string(i) +
            "\", \"time\": \"2025-03-01T09:00:00Z\", \"rating\": " + (i == 150 ? "9" : "3") + "}";
  }
  json += "\n  ]\n}\n";
  ImportRead read = read_import(json, "big.json", parse_offset_iso);
  REQUIRE(read.diagnostics.size() == 1);
  CHECK(format_diagnostic(read.diagnostics[0]) ==
        "big.json:155:77: error: reviews[150].rating: the number 9 is not a rating (allowed: 1, 2, 3 or 4)");
}

TEST_CASE("The pick of a multiple-choice answer is written as a letter and reads back the same", "[exchange]") {
  struct Case {
    std::optional<int> choice;
    bool correct;
    const char* written;  // the fields the export writes for it
  } cases[] = {
      {0, true, R"("choice":"a","choice_correct":true)"},
      {7, false, R"("choice":"h","choice_correct":false)"},
      {std::nullopt, false, nullptr},
  };
  for (const Case& c : cases) {
    ReviewRecord r;
    r.deck_id = "d";
    r.card_id = "c";
    r.time = *parse_offset_iso("2025-03-01T09:00:00Z");
    r.choice = c.choice;
    r.choice_correct = c.correct;
    const std::string json = exchange::review_json(r, [](TimePoint) { return std::string("2025-03-01T09:00:00Z"); }).dump();
    INFO(json);
    if (c.written) {
      CHECK(json.find(c.written) != std::string::npos);
    } else {
      CHECK(json.find("choice") == std::string::npos);
    }
    ImportRead read = read_import(with_review(json), "in.json", parse_offset_iso);
    INFO(messages(read));
    REQUIRE(read.log);
    CHECK(read.log->reviews.at(0).choice == c.choice);
    CHECK(read.log->reviews.at(0).choice_correct == c.correct);
  }
}

TEST_CASE("A pick that is not a letter from a to h is refused", "[exchange]") {
  struct Case {
    const char* written;
    const char* message;
  } cases[] = {
      {R"("choice": "i")", "reviews[0].choice: the text \"i\" is not a choice (a letter from a to h)"},
      {R"("choice": 1)", "reviews[0].choice: the number 1 is not a choice (a letter from a to h)"},
      {R"("choice": "a", "choice_correct": 1)", "reviews[0].choice_correct: the number 1 is not true or false"},
  };
  for (const Case& c : cases) {
    const std::string review =
        R"({"deck": "d", "card": "c", "time": "2025-03-01T09:00:00Z", "rating": 3, )" + std::string(c.written) + "}";
    ImportRead read = read_import(with_review(review), "in", parse_offset_iso);
    INFO(messages(read));
    CHECK_FALSE(read.log);
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(read.diagnostics[0].message == c.message);
  }
}

TEST_CASE("The card events of an export read back as they were written", "[exchange]") {
  const ExportData data = sample_export(true);
  REQUIRE(data.events.size() == 2);
  for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kYaml}) {
    std::ostringstream out;
    write_export(out, format, data);
    ImportRead read = read_import(out.str(), "in", parse_offset_iso);
    INFO(messages(read));
    REQUIRE(read.log);
    CHECK(read.log->events == data.events);
  }
  // An export from before card events has none, and reads.
  ImportRead old = read_import(with_review(kGood), "in.json", parse_offset_iso);
  REQUIRE(old.log);
  CHECK(old.log->events.empty());
}

TEST_CASE("A bad card event is refused where it is written, and nothing is read", "[exchange]") {
  auto with_event = [](const std::string& event, const std::string& count = "") {
    return R"({"format": "genai-quiz-progress", "version": 1, "reviews": [], )" + count + R"("events": [)" + event +
           "]}";
  };
  struct Case {
    std::string text;
    const char* message;
  } cases[] = {
      {with_event(R"({"deck": "d", "card": "c", "kind": "bury", "time": "2025-03-01T09:00:00Z"})"),
       "in.json:1:110: error: events[0].kind: the text \"bury\" is not a card event (allowed: suspend, unsuspend, "
       "flag, unflag, leech, reset)"},
      {with_event(R"({"deck": "d", "card": "c", "kind": "flag"})"), "events[0]: the field 'time' is missing"},
      {with_event(R"({"deck": "", "card": "c", "kind": "flag", "time": "2025-03-01T09:00:00Z"})"),
       "events[0].deck: the text \"\" is not an id"},
      {with_event(R"({"deck": "d", "card": "c", "kind": "flag", "time": "yesterday"})"),
       "events[0].time: the text \"yesterday\" is not an ISO 8601 time"},
      {with_event(R"({"deck": "d", "card": "c", "kind": "flag", "time": "2025-03-01T09:00:00Z", "by": "me"})"),
       "events[0]: unknown field 'by' (known: deck, card, kind, time)"},
      {with_event(R"("flag")"), "events[0]: the text \"flag\" is not an object"},
      {with_event(R"({"deck": "d", "card": "c", "kind": "flag", "time": "2025-03-01T09:00:00Z"})", R"("event_count": 2, )"),
       "the file says it holds 2 card events but has 1: is it truncated?"},
      {R"({"format": "genai-quiz-progress", "version": 1, "reviews": [], "events": {}})",
       "events: an object is not a list"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ImportRead read = read_import(c.text, "in.json", parse_offset_iso);
    CHECK_FALSE(read.log);
    CHECK_THAT(messages(read), Catch::Contains(c.message));
  }
}
