#include "deck/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>
#include <system_error>
#include <thread>

#include "deck/yaml_split.hpp"
#include "genai_quiz/core/yaml_nesting.hpp"

namespace genai_quiz {
namespace {

// An input stream over bytes that are already in memory, so they are not copied.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // read only: nothing is ever put back
    setg(begin, begin, begin + text.size());
  }
};

std::uint32_t offset_of(const YAML::Mark& mark, std::string_view text) {
  if (mark.is_null() || mark.pos < 0) return static_cast<std::uint32_t>(text.size());
  return static_cast<std::uint32_t>(std::min<std::size_t>(static_cast<std::size_t>(mark.pos), text.size()));
}

// Builds the tree of the first document from yaml-cpp's events.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, YamlParse& out, bool track_scalars)
      : text_(text), out_(out), track_scalars_(track_scalars) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(YamlNode{YamlNode::Kind::kNull, false, at(mark), {}, {}}, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::string name = anchor < anchor_names_.size() ? anchor_names_[anchor] : "";
    out_.problems.push_back({at(mark), "alias '*" + name +
                                           "' is not supported in deck files; write the value out"});
    add(YamlNode{YamlNode::Kind::kAlias, false, at(mark), name, {}}, 0);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::uint32_t offset = at(mark);
    add(YamlNode{YamlNode::Kind::kScalar, tag == "?", offset, value, {}}, anchor);
    if (track_scalars_) open_scalar_ = offset;
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlNode{YamlNode::Kind::kSequence, false, at(mark), {}, {}}, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlNode{YamlNode::Kind::kMapping, false, at(mark), {}, {}}, anchor);
  }
  void OnMapEnd() override { close(); }
  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_ = name; }

  /// Ends the extent of the last scalar at `offset` (the next thing the parser met).
  void close_scalar(std::uint32_t offset) {
    if (open_scalar_) out_.scalar_spans.emplace_back(*open_scalar_, offset);
    open_scalar_.reset();
  }

  YamlNode& root() { return root_; }

 private:
  // Every event with a mark passes here, which ends the previous scalar's extent.
  std::uint32_t at(const YAML::Mark& mark) {
    const std::uint32_t offset = offset_of(mark, text_);
    close_scalar(offset);
    return offset;
  }

  void name_anchor(YAML::anchor_t anchor) {
    if (anchor == 0 || pending_anchor_.empty()) return;
    if (anchor_names_.size() <= anchor) anchor_names_.resize(anchor + 1);
    anchor_names_[anchor] = std::move(pending_anchor_);
    pending_anchor_.clear();
  }

  YamlNode& add(YamlNode node, YAML::anchor_t anchor) {
    name_anchor(anchor);
    if (open_.empty()) {
      root_ = std::move(node);
      return root_;
    }
    return open_.back()->children.emplace_back(std::move(node));
  }

  void open(YamlNode node, YAML::anchor_t anchor) { open_.push_back(&add(std::move(node), anchor)); }
  void close() {
    if (!open_.empty()) open_.pop_back();
  }

  std::string_view text_;
  YamlParse& out_;
  bool track_scalars_;
  YamlNode root_;
  std::vector<YamlNode*> open_;  // the collections not yet ended, innermost last
  std::optional<std::uint32_t> open_scalar_;
  std::string pending_anchor_;
  std::vector<std::string> anchor_names_;
};

// Reads a document and only remembers where it started.
class DocumentStartFinder : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!start) start = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

  std::optional<YAML::Mark> start;
};

void report_exception(const YAML::Exception& e, std::string_view text, YamlParse& out) {
  std::string message = e.msg;
  if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr) {
    const int limit = static_cast<const YAML::DeepRecursion&>(e).depth() - 1;
    message = deep_nesting_message(limit);
  }
  const std::uint32_t offset = offset_of(e.mark, text);
  if (message == "unknown token" && offset < text.size() && text[offset] == '?') {
    message += " '?'; inside [ ] or { }, put text that ends with '?' in quotes";
  }
  out.problems.push_back({offset, "invalid YAML: " + message});
  out.syntax_error = true;
}

// Parses the whole of `text` in this thread.
YamlParse parse_whole(std::string_view text, bool track_scalars) {
  YamlParse out;
  ViewBuffer buffer(text);
  std::istream input(&buffer);
  TreeBuilder builder(text, out, track_scalars);
  try {
    YAML::Parser parser(input);
    try {
      out.has_document = parser.HandleNextDocument(builder);
      builder.close_scalar(static_cast<std::uint32_t>(text.size()));
    } catch (const YAML::Exception& e) {
      out.has_document = true;
      builder.close_scalar(offset_of(e.mark, text));
      report_exception(e, text, out);
      return out;
    }
    if (out.has_document) out.root = std::move(builder.root());
    DocumentStartFinder second;
    try {
      if (out.has_document && parser.HandleNextDocument(second) && second.start) {
        out.problems.push_back({offset_of(*second.start, text),
                                "a second YAML document starts here; a deck file holds one document"});
      }
    } catch (const YAML::Exception& e) {
      if (second.start) {
        out.problems.push_back({offset_of(*second.start, text),
                                "a second YAML document starts here; a deck file holds one document"});
      }
      report_exception(e, text, out);
    }
  } catch (const std::exception& e) {
    out.problems.push_back({0, std::string("cannot read the YAML: ") + e.what()});
    out.syntax_error = true;
  }
  return out;
}

// Adds `delta` to the offset of `node` and of everything under it.
void shift_offsets(YamlNode& node, std::int64_t delta) {
  node.offset = static_cast<std::uint32_t>(node.offset + delta);
  for (YamlNode& child : node.children) shift_offsets(child, delta);
}

// The items of the `sections` sequence of a part parsed on its own, when the part can be put
// back into the whole: one document, read to its end with no problem, whose root is a mapping
// that ends with the key `sections` and a block sequence.
YamlNode* sections_of(YamlParse& part) {
  if (!part.has_document || part.syntax_error || !part.problems.empty() || !part.root) return nullptr;
  YamlNode& root = *part.root;
  const std::size_t n = root.children.size();
  if (root.kind != YamlNode::Kind::kMapping || n < 2) return nullptr;
  const YamlNode& key = root.children[n - 2];
  YamlNode& value = root.children[n - 1];
  if (key.kind != YamlNode::Kind::kScalar || !key.plain || key.text != "sections") return nullptr;
  return value.kind == YamlNode::Kind::kSequence ? &value : nullptr;
}

// Every part but the first starts with this line, so that its items nest as in the whole file.
constexpr std::string_view kPartHead = "sections:\n";

}  // namespace

std::optional<YamlParse> parse_yaml_in_pieces(std::string_view text, std::size_t pieces) {
  const SectionCuts cuts = section_split_points(text, pieces);
  if (cuts.offsets.empty()) return std::nullopt;
  const std::size_t n = cuts.offsets.size() + 1;

  // Part k runs from its cut (the start for part 0) to the end of the first item of part k + 1,
  // which is so read twice: once at the start of its part and once after what comes before it
  // in the file. Both readings must agree, which they do not when the text before the cut left
  // the parser in a state that reaches past it (yaml-cpp ends an unclosed quoted scalar at the
  // end of its input without a word, for one).
  std::vector<std::size_t> begins{0};
  begins.insert(begins.end(), cuts.offsets.begin(), cuts.offsets.end());
  std::vector<std::string> texts;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t end = k + 1 < n ? cuts.item_ends[k] : text.size();
    texts.push_back((k == 0 ? std::string() : std::string(kPartHead)) +
                    std::string(text.substr(begins[k], end - begins[k])));
  }
  std::vector<YamlParse> parts(n);
  try {
    std::vector<std::jthread> threads;  // joined when the block ends
    for (std::size_t k = 1; k < n; ++k) {
      threads.emplace_back([&parts, &texts, k] { parts[k] = parse_whole(texts[k], false); });
    }
    parts[0] = parse_whole(texts[0], false);
  } catch (const std::system_error&) {
    return std::nullopt;  // no thread to be had: the whole parse still works
  }

  std::vector<YamlNode*> items(n);
  for (std::size_t k = 0; k < n; ++k) {
    items[k] = sections_of(parts[k]);
    if (items[k] == nullptr || items[k]->children.empty()) return std::nullopt;
    if (k == 0) continue;
    if (parts[k].root->children.size() != 2) return std::nullopt;
    const auto delta = static_cast<std::int64_t>(begins[k]) - static_cast<std::int64_t>(kPartHead.size());
    for (YamlNode& item : items[k]->children) shift_offsets(item, delta);
  }
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (!(items[k]->children.back() == items[k + 1]->children.front())) return std::nullopt;
    items[k]->children.pop_back();
  }
  for (std::size_t k = 1; k < n; ++k) {
    for (YamlNode& item : items[k]->children) items[0]->children.push_back(std::move(item));
  }
  return std::move(parts[0]);
}

namespace {

// The parse of a text whose flow collections nest too deep at `deep`: what a whole parse reports
// up to there, and the nesting error at that point, without letting yaml-cpp read the rest (it
// would hold every token of the unclosed collections in memory until the end of the file).
YamlParse parse_too_deep(std::string_view text, std::size_t deep, bool track_scalars) {
  YamlParse out = parse_whole(text.substr(0, deep), track_scalars);
  const auto before = [deep](const TextProblem& p) { return p.offset < deep; };
  if (out.syntax_error && std::all_of(out.problems.begin(), out.problems.end(), before)) return out;
  std::erase_if(out.problems, [&](const TextProblem& p) { return !before(p); });
  out.problems.push_back({deep, "invalid YAML: " + deep_nesting_message()});
  out.has_document = true;
  out.syntax_error = true;
  out.root.reset();
  return out;
}

}  // namespace

YamlParse parse_yaml(std::string_view text, bool track_scalars) {
  if (std::optional<DeepNesting> deep = find_deep_nesting(text)) return parse_too_deep(text, deep->offset, track_scalars);
  constexpr std::size_t kMinBytesPerPiece = 512 * 1024;
  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t pieces = std::min({cores, std::size_t{8}, text.size() / kMinBytesPerPiece});
  if (!track_scalars && pieces >= 2) {
    if (std::optional<YamlParse> parse = parse_yaml_in_pieces(text, pieces)) return std::move(*parse);
  }
  return parse_whole(text, track_scalars);
}

}  // namespace genai_quiz
