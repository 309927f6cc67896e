#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "deck/blake2b.hpp"
#include "deck/deck_cache_format.hpp"
#include "genai_quiz/deck/deck_cache.hpp"
#include "support/temp_dir.hpp"

using namespace genai_quiz;
using genai_quiz::testing::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kDecks = std::string(GENAI_QUIZ_SOURCE_DIR) + "/tests/data/decks";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_bytes(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string with_byte(std::string s, std::size_t at, char byte) {
  s[at] = byte;
  return s;
}

// A deck of 3,000 cards with every kind of content: ids given or derived (warnings), stubs, tags,
// Unicode, block and quoted scalars, and a misspelt key (a warning).
std::string generated_deck() {
  std::string yaml = "id: generated\ntitle: \"Generated — big\"\nsections:\n";
  for (int s = 0; s < 30; ++s) {
    yaml += "  - title: Section " + std::to_string(s) + " 注意\n    cards:\n";
    for (int c = 0; c < 100; ++c) {
      const std::string n = std::to_string(s * 100 + c);
      yaml += c % 7 != 0 ? "      - id: c" + n + "\n        " : std::string("      - ");
      yaml += "question: \"What is $x_{" + n + "}$?\"\n        answer: |\n          Line one of " + n +
              ".\n\n          - **bold** item\n        tags: [t" + std::to_string(c % 5) + ", 数学]\n";
      if (c % 10 == 0) yaml += "      - stub: true\n      - ~\n";
    }
    if (s == 3) yaml += "    colour: red\n";
  }
  return yaml;
}

// Loads `path` through the cache twice: the first load parses and stores, the second reuses;
// both must equal a plain load_deck_file.
void check_round_trip(const std::string& path, const fs::path& cache) {
  INFO(path);
  const LoadedDeck fresh = load_deck_file(path);
  REQUIRE_FALSE(has_errors(fresh.diagnostics));
  const CachedLoad first = load_deck_file_cached(path, cache);
  CHECK_FALSE(first.reused);
  CHECK(first.stored);
  CHECK(first.loaded == fresh);
  const CachedLoad second = load_deck_file_cached(path, cache);
  CHECK(second.reused);
  CHECK_FALSE(second.stored);
  CHECK(second.loaded == fresh);
}

}  // namespace

TEST_CASE("BLAKE2b-256 gives the digests of b2sum -l 256", "[deck]") {
  struct Case {
    std::string data;
    const char* hex;
  } cases[] = {
      {"", "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"},
      {"abc", "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"},
      {std::string(127, 'a'), "59e2f1aba240f20aa591016f5ef429990bc9c2131dcd0d30f0ffd75ed18f317d"},
      {std::string(128, 'a'), "ae2aa48507885c4c950fb809b2076f959cde9f8ea6da260d9a3587df33dac450"},
      {std::string(129, 'a'), "2f64744a6de0d2c0b56e64cf6e29a5aaa255010d415d51c75ccc82f73dccd865"},
      {std::string(1000000, 'x'), "f3891296f305dd88e34ab9e39c35ccd2fcc69475d1b512e022c6cae361717e9c"},
  };
  for (const Case& c : cases) {
    INFO(c.data.size() << " bytes");
    CHECK(to_hex(blake2b_256(c.data)) == c.hex);
  }
  std::string all_bytes;
  for (int i = 0; i < 1280; ++i) all_bytes += static_cast<char>(i % 256);
  CHECK(to_hex(blake2b_256(all_bytes)) == "82628cbfc9689e234b0923a531f4578fe2e7138a03e2f81ed6cde97517336650");
}

TEST_CASE("The cache folder is GENAI_QUIZ_CACHE_DIR, else under XDG_CACHE_HOME, else under HOME", "[deck]") {
  struct Case {
    const char* own;
    const char* xdg;
    const char* home;
    const char* dir;
  } cases[] = {
      {"/c", "/x", "/h", "/c"},
      {nullptr, "/x", "/h", "/x/genai-quiz"},
      {"", "/x", "/h", "/x/genai-quiz"},
      {nullptr, nullptr, "/h", "/h/.cache/genai-quiz"},
      {nullptr, "relative", "/h", "/h/.cache/genai-quiz"},  // the XDG spec ignores relative paths
      {nullptr, "", "", ""},
      {nullptr, nullptr, nullptr, ""},
  };
  for (const Case& c : cases) CHECK(deck_cache_dir(c.own, c.xdg, c.home) == fs::path(c.dir));
}

TEST_CASE("A cached load equals a fresh parse for the bundled deck, the test decks and a big deck", "[deck]") {
  TempDir temp;
  const fs::path cache = temp.path() / "cache";
  const fs::path bundled = temp.path() / "genai-interview.yaml";
  write_bytes(bundled, bundled_deck_yaml());
  const fs::path big = temp.path() / "big.yaml";
  write_bytes(big, generated_deck());

  check_round_trip(bundled.string(), cache);
  check_round_trip(kDecks + "/good.yaml", cache);
  check_round_trip(kDecks + "/warnings.yaml", cache);  // warnings are stored with the deck
  check_round_trip(big.string(), cache);

  const LoadedDeck loaded = load_deck_file_cached(big.string(), cache).loaded;
  CHECK(loaded.deck.card_count() == 3000);
  CHECK(loaded.deck.stub_count() == 2 * 30 * 10);
  CHECK(count_severity(loaded.diagnostics, Severity::kWarning) == 30 + 30 * 15 + 1);
  CHECK(std::distance(fs::directory_iterator(cache), fs::directory_iterator()) == 4);
}

TEST_CASE("Decks with errors are parsed every time and never stored", "[deck]") {
  TempDir temp;
  for (const char* name : {"broken.yaml", "tabs.yaml"}) {
    const std::string path = kDecks + "/" + name;
    const CachedLoad load = load_deck_file_cached(path, temp.path());
    CHECK_FALSE(load.reused);
    CHECK_FALSE(load.stored);
    CHECK(load.loaded == load_deck_file(path));
    CHECK_FALSE(fs::exists(deck_cache_entry(temp.path(), path)));
  }
}

TEST_CASE("A damaged or truncated cache entry falls back to parsing and is replaced", "[deck]") {
  TempDir temp;
  const std::string path = kDecks + "/warnings.yaml";
  const LoadedDeck fresh = load_deck_file(path);
  REQUIRE(load_deck_file_cached(path, temp.path()).stored);
  const fs::path entry = deck_cache_entry(temp.path(), path);
  const std::string good = read_bytes(entry);
  REQUIRE(good.size() > 200);

  struct Case {
    const char* what;
    std::string bytes;
  } cases[] = {
      {"empty", ""},
      {"only the start", good.substr(0, 10)},
      {"cut in half", good.substr(0, good.size() / 2)},
      {"last byte missing", good.substr(0, good.size() - 1)},
      {"a byte added", good + "x"},
      {"a byte of the header changed", with_byte(good, 3, '?')},
      {"a byte of the deck changed", with_byte(good, good.size() / 2, '?')},
      {"a byte of the checksum changed", with_byte(good, good.size() - 1, '?')},
      {"garbage", std::string(good.size(), '\xFF')},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    REQUIRE(c.bytes != good);
    write_bytes(entry, c.bytes);
    const CachedLoad load = load_deck_file_cached(path, temp.path());
    CHECK_FALSE(load.reused);
    CHECK(load.stored);
    CHECK(load.loaded == fresh);
    CHECK(read_bytes(entry) == good);
  }
}

TEST_CASE("Every cut of a cache file and every changed byte is refused", "[deck]") {
  const LoadedDeck fresh = load_deck_file(kDecks + "/good.yaml");
  const DeckCacheKey key{"loader", blake2b_256("text"), "good.yaml"};
  const std::string good = encode_deck_cache(key, fresh);
  REQUIRE(decode_deck_cache(good, key) == fresh);
  for (std::size_t size = 0; size < good.size(); ++size) {
    INFO("cut to " << size << " bytes");
    REQUIRE_FALSE(decode_deck_cache(std::string_view(good).substr(0, size), key));
  }
  for (std::size_t at = 0; at < good.size(); ++at) {
    INFO("byte " << at << " changed");
    REQUIRE_FALSE(decode_deck_cache(with_byte(good, at, static_cast<char>(good[at] ^ 0x20)), key));
  }
}

TEST_CASE("A cache entry is used only for the same bytes, path and loader", "[deck]") {
  const LoadedDeck fresh = load_deck_file(kDecks + "/good.yaml");
  const DeckCacheKey key{"loader", blake2b_256("text"), "good.yaml"};
  const std::string bytes = encode_deck_cache(key, fresh);
  CHECK(decode_deck_cache(bytes, {"other loader", key.content, key.file}) == std::nullopt);
  CHECK(decode_deck_cache(bytes, {key.loader, blake2b_256("text!"), key.file}) == std::nullopt);
  CHECK(decode_deck_cache(bytes, {key.loader, key.content, "./good.yaml"}) == std::nullopt);

  TempDir temp;
  const fs::path cache = temp.path() / "cache";
  const fs::path deck = temp.path() / "deck.yaml";
  const std::string one = "id: d\nsections:\n  - id: s\n    cards:\n      - id: a\n        question: Q?\n        answer: One.\n";
  write_bytes(deck, one);
  REQUIRE(load_deck_file_cached(deck.string(), cache).stored);

  std::string two = one;
  two.replace(two.find("One."), 4, "Two.");
  write_bytes(deck, two);
  const CachedLoad changed = load_deck_file_cached(deck.string(), cache);
  CHECK_FALSE(changed.reused);
  CHECK(changed.loaded.deck.sections[0].cards[0].answer == "Two.");
  CHECK(load_deck_file_cached(deck.string(), cache).reused);

  // The same file named another way shares the entry, but its path is in the deck.
  const std::string other_name = (temp.path() / "." / "deck.yaml").string();
  REQUIRE(deck_cache_entry(cache, other_name) == deck_cache_entry(cache, deck.string()));
  const CachedLoad renamed = load_deck_file_cached(other_name, cache);
  CHECK_FALSE(renamed.reused);
  CHECK(renamed.loaded.deck.file == other_name);
  CHECK(renamed.loaded == load_deck_file(other_name));
}

TEST_CASE("Without a usable cache folder a deck is still loaded", "[deck]") {
  const std::string path = kDecks + "/good.yaml";
  const LoadedDeck fresh = load_deck_file(path);

  const CachedLoad off = load_deck_file_cached(path, {});
  CHECK_FALSE(off.reused);
  CHECK_FALSE(off.stored);
  CHECK(off.loaded == fresh);

  TempDir temp;
  const fs::path file = temp.path() / "a-file";
  write_bytes(file, "not a folder");
  const CachedLoad unwritable = load_deck_file_cached(path, file / "cache");
  CHECK_FALSE(unwritable.stored);
  CHECK(unwritable.loaded == fresh);

  CHECK_THROWS_WITH(load_deck_file_cached(kDecks + "/missing.yaml", temp.path()),
                    "cannot read deck file '" + kDecks + "/missing.yaml': No such file or directory");
}

TEST_CASE("Every field of a deck survives the cache format, including those the loader leaves empty", "[deck]") {
  LoadedDeck loaded;
  loaded.deck = {"id", "Title", "path/deck.yaml", {}, {2, 5}};
  Section section;
  section.id = "s";
  section.title = "Section";
  section.cards.push_back(
      {"c", true, "Q?", "A.", {"t1", "注意"}, {{{"chain rule"}, {8, 11}}, {{"gradient descent", "更新"}, {9, 11}}}, "https://example.org/c",
       {"one", "**two**", "三"}, {0, 2}, {7, 9}});
  section.cards.push_back({"d", false, "", "", {}, {}, "", {}, {}, {0, 0}});
  section.stubs = 2;
  section.stub_positions = {{10, 7}, {11, 7}};
  section.pos = {4, 5};
  section.stub_questions = {"What is left?"};
  loaded.deck.sections = {section, Section{}};
  loaded.diagnostics = {{"path/deck.yaml", {3, 1}, Severity::kWarning, "w"}, {"other", {}, Severity::kError, "e"}};
  const DeckCacheKey key{"loader", blake2b_256("text"), "path/deck.yaml"};
  CHECK(decode_deck_cache(encode_deck_cache(key, loaded), key) == loaded);
}

TEST_CASE("Storing an entry removes temporary files that killed writers left behind", "[deck]") {
  TempDir temp;
  const std::string path = kDecks + "/good.yaml";
  const fs::path entry = deck_cache_entry(temp.path(), path);
  const fs::path stale = temp.path() / ("." + entry.filename().string() + ".tmp-Stale0");
  const fs::path recent = temp.path() / ("." + entry.filename().string() + ".tmp-Fresh1");
  const fs::path other = temp.path() / ".other.deck.tmp-Stale0";
  for (const fs::path& p : {stale, recent, other}) write_bytes(p, "partial");
  fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(2));
  fs::last_write_time(other, fs::file_time_type::clock::now() - std::chrono::hours(2));
  REQUIRE(load_deck_file_cached(path, temp.path()).stored);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(recent));  // perhaps another program still writing
  CHECK(fs::exists(other));   // another deck's
  CHECK(load_deck_file_cached(path, temp.path()).reused);
}

TEST_CASE("A cache entry whose deck text is not UTF-8 is refused, so the deck is parsed again", "[deck]") {
  const DeckCacheKey key{"loader", blake2b_256("text"), "path/deck.yaml"};
  struct Case {
    const char* what;
    std::string question, answer, tag;
  };
  const Case kCases[] = {
      {"a question", "Q\xFF?", "A.", "t"},
      {"an answer", "Q?", "caf\xE9", "t"},
      {"a tag", "Q?", "A.", "\xC0\xAF"},
  };
  for (const Case& c : kCases) {
    INFO(c.what);
    LoadedDeck loaded;
    loaded.deck = {"id", "Title", "path/deck.yaml", {}, {1, 1}};
    Section section;
    section.id = "s";
    section.cards.push_back({"c", true, c.question, c.answer, {c.tag}, {}, "", {}, {}, {3, 1}});
    loaded.deck.sections = {section};
    CHECK(decode_deck_cache(encode_deck_cache(key, loaded), key) == std::nullopt);
  }
}
