#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/exchange/shared_folder.hpp"
#include "support/temp_dir.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;
using testing::TempDir;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CardEvent event(std::string card, TimePoint time, CardEventKind kind) {
  CardEvent e;
  e.deck_id = "deck";
  e.card_id = std::move(card);
  e.time = time;
  e.kind = kind;
  return e;
}

ReviewRecord answer(std::string card, TimePoint time, Rating rating = Rating::kGood) {
  ReviewRecord r;
  r.deck_id = "deck";
  r.card_id = std::move(card);
  r.time = time;
  r.rating = rating;
  r.duration_ms = 1500;
  r.fingerprint = "fp";
  return r;
}

const std::string kLine = R"({"deck":"deck","card":"a","rating":3,"duration_ms":1500,"cram":false,"fingerprint":"fp","time":"2025-03-01T09:00:00Z"})";

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("An answer written as a line reads back as the same answer", "[exchange]") {
  ReviewRecord r = answer("a", utc(2025, 3, 1, 9) + std::chrono::milliseconds(250), Rating::kHard);
  r.repeat = 2;
  r.coverage = 0.75;
  r.cram = true;
  const std::string line = review_line(r, local_iso_time);
  CHECK(line.find('\n') == std::string::npos);
  LogLineRead back = read_log_line(line, "f.jsonl", 1, parse_offset_time);
  REQUIRE(back.review);
  CHECK_FALSE(back.event);
  CHECK(*back.review == r);
}

TEST_CASE("A card event written as a line reads back as the same event, of every kind", "[exchange]") {
  for (CardEventKind kind : {CardEventKind::kSuspend, CardEventKind::kUnsuspend, CardEventKind::kFlag,
                             CardEventKind::kUnflag, CardEventKind::kLeech, CardEventKind::kReset}) {
    const CardEvent e = event("a", utc(2025, 3, 1, 9) + std::chrono::milliseconds(125), kind);
    const std::string line = event_line(e, local_iso_time);
    CAPTURE(line);
    CHECK(line.find('\n') == std::string::npos);
    LogLineRead back = read_log_line(line, "f.jsonl", 1, parse_offset_time);
    REQUIRE(back.event);
    CHECK_FALSE(back.review);
    CHECK(*back.event == e);
  }
}

TEST_CASE("A line that is not an answer or a card event is an error naming the file and the line", "[exchange]") {
  struct Row {
    std::string line;
    std::string message;
  };
  const std::vector<Row> rows = {
      {"{\"deck\":", "f.jsonl:4: error: not valid JSON:"},
      {"[1,2]", "f.jsonl:4: error: answer: a list is not an object"},
      {R"({"deck":"d","card":"a","rating":7,"time":"2025-03-01T09:00:00Z"})",
       "f.jsonl:4:33: error: answer.rating: the number 7 is not a rating (allowed: 1, 2, 3 or 4)"},
      {R"({"deck":"d","card":"a","rating":3,"time":"2025-03-01T09:00:00Z","mood":1})",
       "f.jsonl:4:65: error: answer: unknown field 'mood'"},
      {R"({"deck":"d","card":"a","kind":"bury","time":"2025-03-01T09:00:00Z"})",
       "f.jsonl:4:31: error: event.kind: the text \"bury\" is not a card event (allowed: suspend, unsuspend, flag, "
       "unflag, leech, reset)"},
      {R"({"deck":"d","card":"a","kind":"flag"})", "f.jsonl:4: error: event: the field 'time' is missing"},
      {R"({"deck":"d","card":"a","kind":"flag","rating":3,"time":"2025-03-01T09:00:00Z"})",
       "f.jsonl:4:38: error: event: unknown field 'rating' (known: deck, card, kind, time)"},
      {R"({"deck":"d","card":"","kind":"reset","time":"2025-03-01T09:00:00Z"})",
       "f.jsonl:4:20: error: event.card: the text \"\" is not an id"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    LogLineRead r = read_log_line(row.line, "f.jsonl", 4, parse_offset_time);
    CHECK_FALSE(r.review);
    CHECK_FALSE(r.event);
    CHECK_THAT(format_diagnostic(r.problem), Catch::StartsWith(row.message));
  }
}

TEST_CASE("An empty folder becomes a shared folder, and a folder of other files is refused", "[exchange]") {
  TempDir dir;
  write(dir / "empty" / "README.md", "# progress\n");
  std::filesystem::create_directories(dir / "empty" / ".git");
  CHECK(open_shared_folder(dir / "empty"));
  CHECK(std::filesystem::exists(dir / "empty" / "genai-quiz-sync.json"));
  CHECK(std::filesystem::is_directory(dir / "empty" / "devices"));
  CHECK_FALSE(open_shared_folder(dir / "empty"));  // already one

  write(dir / "photos" / "cat.jpg", "meow");
  CHECK_THAT(error_of([&] { open_shared_folder(dir / "photos"); }),
             Catch::Contains("is not a genai-quiz sync folder (it has files but no genai-quiz-sync.json)"));
  CHECK(!std::filesystem::exists(dir / "photos" / "genai-quiz-sync.json"));

  const int newer = kSyncFormatVersion + 1;
  write(dir / "newer" / "genai-quiz-sync.json",
        R"({"format":"genai-quiz-sync","version":)" + std::to_string(newer) + "}");
  CHECK_THAT(error_of([&] { open_shared_folder(dir / "newer"); }),
             Catch::Contains("was made by a newer genai-quiz: sync format version " + std::to_string(newer) +
                             ", and this one reads up to " + std::to_string(kSyncFormatVersion)));
  write(dir / "other" / "genai-quiz-sync.json", R"({"format":"something-else","version":1})");
  CHECK_THAT(error_of([&] { open_shared_folder(dir / "other"); }), Catch::Contains("not a genai-quiz sync marker"));
  CHECK_THAT(error_of([&] { open_shared_folder(dir / "missing"); }), Catch::Contains("no such folder"));
}

TEST_CASE("Reading a shared folder takes complete lines, leaves a partial one, and reads conflict copies", "[exchange]") {
  TempDir dir;
  open_shared_folder(dir.path());
  write(dir / "devices" / "aaa.jsonl", kLine + "\n" + kLine.substr(0, 30));  // a line still arriving
  write(dir / "devices" / "aaa.json", R"({"name":"laptop"})");
  write(dir / "devices" / "bbb.sync-conflict-20250301-101500-XYZ.jsonl", "\n" + kLine + "\r\n");
  write(dir / "devices" / ".syncthing.bbb.jsonl.tmp", "garbage");
  write(dir / "devices" / "notes.txt", "not a log");
  SharedFolder f = read_shared_folder(dir.path(), parse_offset_time);
  REQUIRE(f.files.size() == 2);
  CHECK(f.files[0].device == "aaa");
  CHECK_FALSE(f.files[0].copy);
  CHECK(f.files[0].reviews.size() == 1);
  CHECK(f.files[0].partial_bytes == 30);
  CHECK(f.files[1].device == "bbb");
  CHECK(f.files[1].copy);
  CHECK(f.files[1].reviews.size() == 1);
  CHECK(f.devices == std::vector<DeviceInfo>{{"aaa", "laptop"}, {"bbb", ""}});
}

TEST_CASE("A malformed line of another device is an error naming its file and line, counting blank lines", "[exchange]") {
  TempDir dir;
  open_shared_folder(dir.path());
  write(dir / "devices" / "ccc.jsonl", kLine + "\n\n" + "{oops}\n" + "[]\n");
  const std::string message = error_of([&] { read_shared_folder(dir.path(), parse_offset_time); });
  CHECK_THAT(message, Catch::StartsWith((dir / "devices" / "ccc.jsonl").string() + ":3: error: not valid JSON"));
  CHECK_THAT(message, Catch::EndsWith("(and 1 more such lines)"));
}

TEST_CASE("Appending to a device log keeps its complete lines and drops a partial one", "[exchange]") {
  TempDir dir;
  open_shared_folder(dir.path());
  write(device_log_path(dir.path(), "me"), kLine + "\n" + "{\"deck\":\"de");
  const std::vector<ReviewRecord> more = {answer("b", utc(2025, 3, 2, 9)), answer("c", utc(2025, 3, 2, 10))};
  append_device_log(dir.path(), "me", more, {}, local_iso_time);
  const std::string text = read(device_log_path(dir.path(), "me"));
  CHECK(text == kLine + "\n" + review_line(more[0], local_iso_time) + "\n" + review_line(more[1], local_iso_time) + "\n");
  append_device_log(dir.path(), "me", {}, {}, local_iso_time);  // nothing new: untouched
  CHECK(read(device_log_path(dir.path(), "me")) == text);
}

TEST_CASE("Card events are appended to the device log among its answers, in time order, and read back", "[exchange]") {
  TempDir dir;
  open_shared_folder(dir.path());
  const std::vector<ReviewRecord> answers = {answer("b", utc(2025, 3, 2, 9)), answer("c", utc(2025, 3, 2, 11))};
  const std::vector<CardEvent> events = {event("b", utc(2025, 3, 2, 10), CardEventKind::kSuspend),
                                         event("c", utc(2025, 3, 2, 12), CardEventKind::kReset)};
  append_device_log(dir.path(), "me", answers, events, local_iso_time);
  CHECK(read(device_log_path(dir.path(), "me")) ==
        review_line(answers[0], local_iso_time) + "\n" + event_line(events[0], local_iso_time) + "\n" +
            review_line(answers[1], local_iso_time) + "\n" + event_line(events[1], local_iso_time) + "\n");
  const std::vector<CardEvent> later = {event("d", utc(2025, 3, 3, 9), CardEventKind::kFlag)};
  append_device_log(dir.path(), "me", {}, later, local_iso_time);
  const SharedFolder f = read_shared_folder(dir.path(), parse_offset_time);
  REQUIRE(f.files.size() == 1);
  CHECK(f.files[0].reviews == answers);
  CHECK(f.files[0].events == std::vector<CardEvent>{events[0], events[1], later[0]});
}

TEST_CASE("A folder of the first sync format, whose logs hold answers only, reads and is marked as the current format",
          "[exchange]") {
  TempDir dir;
  // As a build before card events left it: marker version 1, a log of answers without events.
  write(dir / "genai-quiz-sync.json", "{\n  \"format\": \"genai-quiz-sync\",\n  \"version\": 1\n}\n");
  write(dir / "devices" / "aaa.jsonl", kLine + "\n");
  CHECK_FALSE(open_shared_folder(dir.path()));
  const SharedFolder f = read_shared_folder(dir.path(), parse_offset_time);
  REQUIRE(f.files.size() == 1);
  CHECK(f.files[0].reviews.size() == 1);
  CHECK(f.files[0].events.empty());
  // The marker now names the version whose logs carry events, so a build before them refuses the
  // folder with "upgrade genai-quiz" instead of failing on the first event line.
  const std::string marker = read(dir / "genai-quiz-sync.json");
  CHECK_THAT(marker, Catch::Contains("\"version\": " + std::to_string(kSyncFormatVersion)));
  CHECK(kSyncFormatVersion > 1);
  CHECK_FALSE(open_shared_folder(dir.path()));
  CHECK(read(dir / "genai-quiz-sync.json") == marker);  // written once
}

TEST_CASE("A device's name is written only when it changes", "[exchange]") {
  TempDir dir;
  open_shared_folder(dir.path());
  CHECK(write_device_name(dir.path(), "me", "desktop"));
  CHECK_FALSE(write_device_name(dir.path(), "me", "desktop"));
  CHECK(write_device_name(dir.path(), "me", "office"));
  CHECK(read_shared_folder(dir.path(), parse_offset_time).devices == std::vector<DeviceInfo>{{"me", "office"}});
}

TEST_CASE("Device ids are lower-case letters, digits and dashes", "[exchange]") {
  CHECK(valid_device_id("3fa9c2d1e0b4a5f6"));
  CHECK(valid_device_id("my-laptop"));
  CHECK_FALSE(valid_device_id(""));
  CHECK_FALSE(valid_device_id("Laptop"));
  CHECK_FALSE(valid_device_id("a/b"));
  CHECK_FALSE(valid_device_id(std::string(65, 'a')));
}
