#include "deck/deck_cache_format.hpp"

#include <cstdint>
#include <cstring>

#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

constexpr std::string_view kMagic = "genai-quiz parsed deck\n";
constexpr std::uint32_t kLayoutVersion = 4;  // 2: cards have key points; 3: and a source; 4: and choices

// Appends little-endian integers and length-prefixed strings.
class Writer {
 public:
  void u8(std::uint8_t v) { out_ += static_cast<char>(v); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_ += static_cast<char>(v >> (8 * i));
  }
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  void raw(std::string_view bytes) { out_.append(bytes); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s);
  }
  void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
  void pos(const SourcePos& p) {
    const auto& [line, column] = p;
    i32(line);
    i32(column);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote; past the end, or on a bad value, it fails and stays failed, and
// every read then gives zero values.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }
  void fail() { ok_ = false; }

  std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)[0]); }
  std::uint32_t u32() {
    const std::string_view b = take(4);
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[i]);
    return v;
  }
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  std::string_view raw(std::size_t n) {
    if (n > in_.size()) n = in_.size() + 1;  // fails
    return take(n);
  }
  std::string str() { return std::string(raw(u32())); }
  // A string of deck text, which the loader only caches when it is UTF-8: anything else fails.
  std::string text() {
    std::string s = str();
    if (utf8::first_invalid(s)) fail();
    return s;
  }
  // A count of items that each take at least `min_bytes`, so that a corrupt count cannot
  // ask for more items than the rest of the file could hold.
  std::size_t count(std::size_t min_bytes) {
    const std::size_t n = u32();
    if (n > in_.size() / min_bytes) fail();
    return ok_ ? n : 0;
  }
  void pos(SourcePos& p) {
    auto& [line, column] = p;
    line = i32();
    column = i32();
  }

 private:
  std::string_view take(std::size_t n) {
    static constexpr char kZeros[8] = {};
    if (!ok_ || n > in_.size()) {
      ok_ = false;
      return std::string_view(kZeros, n <= sizeof kZeros ? n : 0);
    }
    const std::string_view out = in_.substr(0, n);
    in_.remove_prefix(n);
    return out;
  }

  std::string_view in_;
  bool ok_ = true;
};

std::string_view digest_bytes(const Digest256& d) { return {reinterpret_cast<const char*>(d.data()), d.size()}; }

// The binding lists below name every field of each struct: a field added to one of them stops
// the build here until the cache stores it too.

void write_key_point(Writer& w, const KeyPoint& point) {
  const auto& [alternatives, pos] = point;
  w.count(alternatives.size());
  for (const std::string& alternative : alternatives) w.str(alternative);
  w.pos(pos);
}

void read_key_point(Reader& r, KeyPoint& point) {
  auto& [alternatives, pos] = point;
  alternatives.resize(r.count(4));
  for (std::string& alternative : alternatives) alternative = r.text();
  r.pos(pos);
}

void write_card(Writer& w, const Card& card) {
  const auto& [id, explicit_id, question, answer, tags, key_points, source, choices, correct, pos] = card;
  w.str(id);
  w.u8(explicit_id ? 1 : 0);
  w.str(question);
  w.str(answer);
  w.count(tags.size());
  for (const std::string& tag : tags) w.str(tag);
  w.count(key_points.size());
  for (const KeyPoint& point : key_points) write_key_point(w, point);
  w.str(source);
  w.count(choices.size());
  for (const std::string& choice : choices) w.str(choice);
  w.count(correct.size());
  for (int index : correct) w.i32(index);
  w.pos(pos);
}

void read_card(Reader& r, Card& card) {
  auto& [id, explicit_id, question, answer, tags, key_points, source, choices, correct, pos] = card;
  id = r.text();
  const std::uint8_t flag = r.u8();
  if (flag > 1) r.fail();
  explicit_id = flag == 1;
  question = r.text();
  answer = r.text();
  tags.resize(r.count(4));
  for (std::string& tag : tags) tag = r.text();
  key_points.resize(r.count(12));  // a key point takes at least 12 bytes
  for (KeyPoint& point : key_points) read_key_point(r, point);
  source = r.text();
  choices.resize(r.count(4));
  for (std::string& choice : choices) choice = r.text();
  correct.resize(r.count(4));
  for (int& index : correct) {
    index = r.i32();
    if (index < 0 || static_cast<std::size_t>(index) >= choices.size()) r.fail();
  }
  r.pos(pos);
}

void write_section(Writer& w, const Section& section) {
  const auto& [id, title, cards, stubs, stub_positions, pos, stub_questions] = section;
  w.str(id);
  w.str(title);
  w.count(cards.size());
  for (const Card& card : cards) write_card(w, card);
  w.i32(stubs);
  w.count(stub_positions.size());
  for (const SourcePos& p : stub_positions) w.pos(p);
  w.pos(pos);
  w.count(stub_questions.size());
  for (const std::string& question : stub_questions) w.str(question);
}

void read_section(Reader& r, Section& section) {
  auto& [id, title, cards, stubs, stub_positions, pos, stub_questions] = section;
  id = r.text();
  title = r.text();
  cards.resize(r.count(41));  // a card takes at least 41 bytes
  for (Card& card : cards) read_card(r, card);
  stubs = r.i32();
  stub_positions.resize(r.count(8));
  for (SourcePos& p : stub_positions) r.pos(p);
  r.pos(pos);
  stub_questions.resize(r.count(4));
  for (std::string& question : stub_questions) question = r.text();
}

void write_diagnostic(Writer& w, const Diagnostic& d) {
  const auto& [file, pos, severity, message] = d;
  w.str(file);
  w.pos(pos);
  w.u8(severity == Severity::kError ? 1 : 0);
  w.str(message);
}

void read_diagnostic(Reader& r, Diagnostic& d) {
  auto& [file, pos, severity, message] = d;
  file = r.str();
  r.pos(pos);
  const std::uint8_t error = r.u8();
  if (error > 1) r.fail();
  severity = error == 1 ? Severity::kError : Severity::kWarning;
  message = r.str();
}

void write_loaded(Writer& w, const LoadedDeck& loaded) {
  const auto& [deck, diagnostics] = loaded;
  const auto& [id, title, file, sections, pos] = deck;
  w.str(id);
  w.str(title);
  w.str(file);
  w.count(sections.size());
  for (const Section& section : sections) write_section(w, section);
  w.pos(pos);
  w.count(diagnostics.size());
  for (const Diagnostic& d : diagnostics) write_diagnostic(w, d);
}

void read_loaded(Reader& r, LoadedDeck& loaded) {
  auto& [deck, diagnostics] = loaded;
  auto& [id, title, file, sections, pos] = deck;
  id = r.str();
  title = r.str();
  file = r.str();
  sections.resize(r.count(32));  // a section takes at least 32 bytes
  for (Section& section : sections) read_section(r, section);
  r.pos(pos);
  diagnostics.resize(r.count(17));  // a diagnostic takes at least 17 bytes
  for (Diagnostic& d : diagnostics) read_diagnostic(r, d);
}

void write_key(Writer& w, const DeckCacheKey& key) {
  w.raw(kMagic);
  w.u32(kLayoutVersion);
  w.str(key.loader);
  w.raw(digest_bytes(key.content));
  w.str(key.file);
}

bool key_matches(Reader& r, const DeckCacheKey& key) {
  return r.raw(kMagic.size()) == kMagic && r.u32() == kLayoutVersion && r.str() == key.loader &&
         r.raw(key.content.size()) == digest_bytes(key.content) && r.str() == key.file && r.ok();
}

}  // namespace

std::string encode_deck_cache(const DeckCacheKey& key, const LoadedDeck& loaded) {
  Writer w;
  write_key(w, key);
  write_loaded(w, loaded);
  const Digest256 checksum = blake2b_256(w.bytes());
  w.raw(digest_bytes(checksum));
  return std::move(w.bytes());
}

std::optional<LoadedDeck> decode_deck_cache(std::string_view bytes, const DeckCacheKey& key) {
  constexpr std::size_t kChecksumBytes = std::tuple_size_v<Digest256>;
  if (bytes.size() < kChecksumBytes) return std::nullopt;
  const std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
  Reader r(body);
  if (!key_matches(r, key)) return std::nullopt;  // before hashing the whole file: the usual miss
  if (digest_bytes(blake2b_256(body)) != bytes.substr(body.size())) return std::nullopt;
  LoadedDeck loaded;
  read_loaded(r, loaded);
  if (!r.ok() || !r.at_end()) return std::nullopt;
  return loaded;
}

}  // namespace genai_quiz
