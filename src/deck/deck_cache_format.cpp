#include "deck/deck_cache_format.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

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
  // A list: its count, then each item written by `write_item(*this, item)`.
  template <typename T, typename Write>
  void list(const std::vector<T>& items, Write write_item) {
    count(items.size());
    for (const T& item : items) write_item(*this, item);
  }
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
  // What Writer::list wrote: a count of items that each take at least `min_bytes`, then each
  // item read by `read_item(*this, item)`.
  template <typename T, typename Read>
  void list(std::vector<T>& items, std::size_t min_bytes, Read read_item) {
    items.resize(count(min_bytes));
    for (T& item : items) read_item(*this, item);
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

// Item writers and readers for Writer::list and Reader::list.
void write_str(Writer& w, const std::string& s) { w.str(s); }
void read_text(Reader& r, std::string& s) { s = r.text(); }
void write_pos(Writer& w, const SourcePos& p) { w.pos(p); }
void read_pos(Reader& r, SourcePos& p) { r.pos(p); }

std::string_view digest_bytes(const Digest256& d) { return {reinterpret_cast<const char*>(d.data()), d.size()}; }

// The binding lists below name every field of each struct: a field added to one of them stops
// the build here until the cache stores it too.

void write_key_point(Writer& w, const KeyPoint& point) {
  const auto& [alternatives, pos] = point;
  w.list(alternatives, write_str);
  w.pos(pos);
}

void read_key_point(Reader& r, KeyPoint& point) {
  auto& [alternatives, pos] = point;
  r.list(alternatives, 4, read_text);
  r.pos(pos);
}

void write_card(Writer& w, const Card& card) {
  const auto& [id, explicit_id, question, answer, tags, key_points, source, choices, correct, pos] = card;
  w.str(id);
  w.u8(explicit_id ? 1 : 0);
  w.str(question);
  w.str(answer);
  w.list(tags, write_str);
  w.list(key_points, write_key_point);
  w.str(source);
  w.list(choices, write_str);
  w.list(correct, [](Writer& out, int index) { out.i32(index); });
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
  r.list(tags, 4, read_text);
  r.list(key_points, 12, read_key_point);  // a key point takes at least 12 bytes
  source = r.text();
  r.list(choices, 4, read_text);
  r.list(correct, 4, [&card](Reader& in, int& index) {  // card, not the binding: a lambda may not capture one
    index = in.i32();
    if (index < 0 || static_cast<std::size_t>(index) >= card.choices.size()) in.fail();
  });
  r.pos(pos);
}

void write_section(Writer& w, const Section& section) {
  const auto& [id, title, cards, stubs, stub_positions, pos, stub_questions] = section;
  w.str(id);
  w.str(title);
  w.list(cards, write_card);
  w.i32(stubs);
  w.list(stub_positions, write_pos);
  w.pos(pos);
  w.list(stub_questions, write_str);
}

void read_section(Reader& r, Section& section) {
  auto& [id, title, cards, stubs, stub_positions, pos, stub_questions] = section;
  id = r.text();
  title = r.text();
  r.list(cards, 41, read_card);  // a card takes at least 41 bytes
  stubs = r.i32();
  r.list(stub_positions, 8, read_pos);
  r.pos(pos);
  r.list(stub_questions, 4, read_text);
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
  w.list(sections, write_section);
  w.pos(pos);
  w.list(diagnostics, write_diagnostic);
}

void read_loaded(Reader& r, LoadedDeck& loaded) {
  auto& [deck, diagnostics] = loaded;
  auto& [id, title, file, sections, pos] = deck;
  id = r.str();
  title = r.str();
  file = r.str();
  r.list(sections, 32, read_section);  // a section takes at least 32 bytes
  r.pos(pos);
  r.list(diagnostics, 17, read_diagnostic);  // a diagnostic takes at least 17 bytes
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
