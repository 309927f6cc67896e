#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "exchange/yaml_to_json.hpp"
#include "genai_quiz/exchange/export_writer.hpp"
#include "genai_quiz/exchange/import_reader.hpp"
#include "support/export_sample.hpp"
#include "support/golden.hpp"

using namespace genai_quiz;
using namespace genai_quiz::testing;

namespace {

// An answer with the fields an export carries, in the order of a review row.
ReviewRecord review(std::string deck, std::string card, TimePoint time, Rating rating, std::int64_t duration_ms,
                    bool cram, std::string fingerprint, int repeat, std::optional<double> coverage) {
  ReviewRecord r;
  r.deck_id = std::move(deck);
  r.card_id = std::move(card);
  r.time = time;
  r.rating = rating;
  r.duration_ms = duration_ms;
  r.cram = cram;
  r.fingerprint = std::move(fingerprint);
  r.repeat = repeat;
  r.coverage = coverage;
  return r;
}

std::string written(ExportFormat format, const ExportData& data) {
  std::ostringstream out;
  write_export(out, format, data);
  return out.str();
}

// A small RFC 4180 reader: rows of fields, quoted fields may hold commas, quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("A CSV field is quoted only when it holds a comma, a quote or a line break", "[exchange]") {
  struct Case {
    const char* text;
    const char* field;
  } cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a, b", "\"a, b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"carriage\rreturn", "\"carriage\rreturn\""},
      {" spaces kept ", " spaces kept "},
      {"é ü 日本", "é ü 日本"},
  };
  for (const Case& c : cases) CHECK(csv_field(c.text) == c.field);
}

TEST_CASE("Export formats are named by flag or by the file's extension", "[exchange]") {
  struct Case {
    const char* text;
    std::optional<ExportFormat> by_name, by_path;
  } cases[] = {
      {"csv", ExportFormat::kCsv, std::nullopt},
      {"JSON", ExportFormat::kJson, std::nullopt},
      {"yaml", ExportFormat::kYaml, std::nullopt},
      {"md", ExportFormat::kMarkdown, std::nullopt},
      {"progress.csv", std::nullopt, ExportFormat::kCsv},
      {"out/progress.JSON", std::nullopt, ExportFormat::kJson},
      {"progress.yml", std::nullopt, ExportFormat::kYaml},
      {"backup.yaml", std::nullopt, ExportFormat::kYaml},
      {"report.markdown", std::nullopt, ExportFormat::kMarkdown},
      {"report.md", std::nullopt, ExportFormat::kMarkdown},
      {"progress", std::nullopt, std::nullopt},
      {".csv", std::nullopt, std::nullopt},
      {"dir.csv/progress", std::nullopt, std::nullopt},
      {"progress.txt", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(parse_export_format(c.text) == c.by_name);
    CHECK(export_format_for_path(c.text) == c.by_path);
  }
}

TEST_CASE("CSV cards survive a spreadsheet round trip, commas, quotes and line breaks included", "[exchange]") {
  ExportData data = sample_export(false);
  std::string csv = written(ExportFormat::kCsv, data);
  CHECK(csv.find("\r\n") != std::string::npos);
  std::vector<std::vector<std::string>> rows = parse_csv(csv);
  REQUIRE(rows.size() == data.cards.size() + 1);
  CHECK(rows[0] == std::vector<std::string>{"deck", "section", "id", "question", "state", "due", "stability",
                                            "difficulty", "retrievability", "reps", "lapses", "last_review", "edited",
                                            "suspended", "flagged", "leech"});
  for (std::size_t i = 0; i < data.cards.size(); ++i) {
    const CardRecord& c = data.cards[i];
    const std::vector<std::string>& row = rows[i + 1];
    REQUIRE(row.size() == 16);
    CHECK(row[0] == c.deck);
    CHECK(row[2] == c.id);
    CHECK(row[3] == c.question);
    CHECK(row[4] == phase_name(c.state.phase));
    CHECK(row[5] == (c.state.phase == Phase::kNew ? "" : utc_iso(c.state.due)));
    CHECK(std::stod(row[6]) == c.state.stability);  // written exactly
    CHECK(std::stod(row[8]) == c.retrievability);
    CHECK(row[9] == std::to_string(c.state.reps));
    CHECK(row[12] == (c.edited ? "true" : "false"));
    CHECK(row[13] == (c.marks.suspended ? "true" : "false"));
    CHECK(row[14] == (c.marks.flagged ? "true" : "false"));
    CHECK(row[15] == (c.marks.leech ? "true" : "false"));
  }
}

TEST_CASE("CSV with --reviews is the review log, one answer a row", "[exchange]") {
  ExportData data = sample_export(true);
  std::vector<std::vector<std::string>> rows = parse_csv(written(ExportFormat::kCsv, data));
  REQUIRE(rows.size() == data.reviews->size() + 1);
  CHECK(rows[0] == std::vector<std::string>{"deck", "card", "time", "rating", "duration_ms", "cram", "fingerprint",
                                            "repeat", "coverage"});
  int typed = 0;
  for (std::size_t i = 0; i < data.reviews->size(); ++i) {
    const ReviewRecord& r = (*data.reviews)[i];
    REQUIRE(rows[i + 1].size() == 9);
    CHECK(std::vector<std::string>(rows[i + 1].begin(), rows[i + 1].end() - 1) ==
          std::vector<std::string>{r.deck_id, r.card_id, utc_iso(r.time), std::to_string(static_cast<int>(r.rating)),
                                   std::to_string(r.duration_ms), r.cram ? "true" : "false", r.fingerprint,
                                   std::to_string(r.repeat)});
    // The coverage reads back as the very same number; empty when the answer was not typed.
    const std::string& coverage = rows[i + 1].back();
    if (r.coverage) {
      typed += 1;
      CHECK(std::stod(coverage) == *r.coverage);
    } else {
      CHECK(coverage.empty());
    }
  }
  CHECK(typed == 5);
}

TEST_CASE("JSON exports carry the format, its version, the settings and every card field", "[exchange]") {
  ExportData data = sample_export(false);
  auto j = nlohmann::json::parse(written(ExportFormat::kJson, data));
  CHECK(j["format"] == "genai-quiz-progress");
  CHECK(j["version"] == kExportFormatVersion);
  CHECK(j["exported_at"] == "2025-03-20T09:00:00Z");
  CHECK(j["settings"]["desired_retention"] == 0.9);
  CHECK(j["settings"]["learning_steps"] == nlohmann::json::array({"1m", "10m"}));
  CHECK(j["settings"]["parameters"].size() == 21);
  CHECK_FALSE(j.contains("reviews"));
  REQUIRE(j["cards"].size() == data.cards.size());
  for (std::size_t i = 0; i < data.cards.size(); ++i) {
    const CardRecord& c = data.cards[i];
    const auto& card = j["cards"][i];
    CHECK(card["question"] == c.question);
    CHECK(card["stability"].get<double>() == c.state.stability);
    CHECK(card["difficulty"].get<double>() == c.state.difficulty);
    if (c.state.phase == Phase::kNew) {
      CHECK(card["due"].is_null());
      CHECK(card["last_review"].is_null());
    } else {
      CHECK(card["due"] == utc_iso(c.state.due));
      CHECK(card["last_review"] == utc_iso(*c.state.last_review));
    }
  }
}

TEST_CASE("JSON and YAML exports with --reviews read back as the same review log", "[exchange]") {
  ExportData data = sample_export(true);
  // Ids that YAML would take for a number, a boolean or null unless quoted.
  data.reviews->push_back(review("123", "true", sample_now(), Rating::kEasy, 0, false, "", 0, std::nullopt));
  data.reviews->push_back(review("null", "1.5e3", sample_now(), Rating::kHard, 7, true, "~", 0, std::nullopt));
  // Milliseconds are part of an answer's identity and of its fuzz seed: they must survive.
  data.reviews->push_back(review("d", "c", sample_now() + std::chrono::milliseconds(7), Rating::kGood, 0, false, "", 0, 0.0));
  // A second answer to that card in the same millisecond (a pinned clock) keeps its place.
  data.reviews->push_back(review("d", "c", sample_now() + std::chrono::milliseconds(7), Rating::kGood, 0, false, "", 1, 1.0));
  // Coverages are written exactly: the shortest text that reads back as the same number.
  data.reviews->push_back(review("d", "e", sample_now(), Rating::kGood, 0, false, "", 0, 1.0 / 7));
  data.reviews->push_back(review("d", "f", sample_now(), Rating::kGood, 0, false, "", 0, 0.1 + 0.2));
  for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kYaml}) {
    ImportRead read = read_import(written(format, data), "export", parse_offset_iso);
    INFO(read.diagnostics.size());
    REQUIRE(read.log);
    CHECK(read.diagnostics.empty());
    CHECK(read.log->version == kExportFormatVersion);
    CHECK(read.log->settings == data.settings);
    CHECK(read.log->reviews == *data.reviews);
  }
}

TEST_CASE("Every export format matches its golden file", "[exchange]") {
  check_golden("exchange/sample.csv", written(ExportFormat::kCsv, sample_export(false)));
  check_golden("exchange/sample-reviews.csv", written(ExportFormat::kCsv, sample_export(true)));
  check_golden("exchange/sample.json", written(ExportFormat::kJson, sample_export(true)));
  check_golden("exchange/sample.yaml", written(ExportFormat::kYaml, sample_export(true)));
  check_golden("exchange/sample.md", written(ExportFormat::kMarkdown, sample_export(true)));
  check_golden("exchange/sample-cards.md", written(ExportFormat::kMarkdown, sample_export(false)));
}

TEST_CASE("The Markdown report lists studied cards weakest first and new cards last", "[exchange]") {
  ExportData data = sample_export(false);
  std::string md = written(ExportFormat::kMarkdown, data);
  auto at = [&](const char* id) { return md.find(std::string("| `") + id + "` |"); };
  for (const char* id : {"backprop", "tricky", "fresh", "chunking"}) REQUIRE(at(id) != std::string::npos);
  const CardRecord& backprop = data.cards[0];
  const CardRecord& tricky = data.cards[1];
  REQUIRE(backprop.retrievability != tricky.retrievability);
  CHECK((at("backprop") < at("tricky")) == (backprop.retrievability < tricky.retrievability));
  CHECK(at("fresh") > at("tricky"));
  CHECK(at("fresh") > at("backprop"));
  CHECK(md.find("a \\| pipe<br>and a second line") != std::string::npos);
  CHECK(md.find("(edited)") != std::string::npos);
}

TEST_CASE("Questions with any characters read back unchanged from the JSON and YAML exports", "[exchange]") {
  ExportData data = sample_export(false);
  const std::vector<std::string> questions = {
      "tab\there and a trailing space ",
      "  leading spaces, then \"quotes\" and 'apostrophes'",
      "- looks like a list: with a colon # and a hash",
      "line\r\nbreaks\rand\nmore\n\n",
      "null",
      "true",
      "0x1F",
      "~",
      "control \x01\x1b[31m escape",
      "unicode: é 日本 🙂 \u2028 line separator \u0085 next line \ufeff bom",
      "back\\slash and {braces} [brackets] &anchor *alias !tag %percent @at `tick`",
      "",
  };
  data.cards.resize(questions.size(), data.cards[0]);
  for (std::size_t i = 0; i < questions.size(); ++i) data.cards[i].question = questions[i];
  for (ExportFormat format : {ExportFormat::kJson, ExportFormat::kYaml}) {
    std::string text = written(format, data);
    nlohmann::ordered_json tree;
    if (format == ExportFormat::kJson) {
      tree = nlohmann::ordered_json::parse(text);
    } else {
      Diagnostic problem;
      std::optional<nlohmann::ordered_json> parsed = exchange::yaml_to_json(text, problem);
      INFO(format_diagnostic(problem));
      REQUIRE(parsed);
      tree = *parsed;
    }
    for (std::size_t i = 0; i < questions.size(); ++i) {
      INFO("question " << i << " in " << (format == ExportFormat::kJson ? "JSON" : "YAML"));
      CHECK(tree["cards"][i]["question"] == questions[i]);
    }
  }
}
