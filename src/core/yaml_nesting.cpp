#include "genai_quiz/core/yaml_nesting.hpp"

#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// One pass over the text, line by line in block context and character by character inside flow
// collections.
class NestingScan {
 public:
  NestingScan(std::string_view text, int max_levels) : s_(text), max_(max_levels) {}

  std::optional<std::size_t> run() {
    while (i_ < s_.size()) {
      if (depth_ > 0) {
        if (flow_step()) return i_;
      } else if (at_line_start_) {
        line_start();
      } else if (block_step()) {
        return i_;
      }
    }
    return std::nullopt;
  }

 private:
  char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\n'; }
  bool ends_token(std::size_t k) const { return is_blank(at(k)) || at(k) == '\n'; }

  void skip_line() {
    while (i_ < s_.size() && s_[i_] != '\n') ++i_;
  }
  void newline() {
    ++i_;
    at_line_start_ = true;
  }

  // Past the quoted scalar that starts at i_ (which may span lines).
  void skip_quoted() {
    const char quote = s_[i_++];
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (quote == '"' && c == '\\') {
        ++i_;
      } else if (c == quote) {
        if (quote == '\'' && at(i_) == '\'') {
          ++i_;
        } else {
          return;
        }
      }
    }
  }

  // True when the bracket at i_ opens one level too many.
  bool open_flow() {
    ++depth_;
    if (depth_ > max_) return true;
    ++i_;
    return false;
  }

  // Indentation, block scalar lines, document markers and comments at the start of a line.
  void line_start() {
    at_line_start_ = false;
    std::size_t k = i_;
    while (k < s_.size() && s_[k] == ' ') ++k;
    const std::size_t indent = k - i_;
    std::size_t e = k;
    while (e < s_.size() && is_blank(s_[e])) ++e;
    const bool blank = e >= s_.size() || s_[e] == '\n';
    if (block_scalar_ != kNoBlockScalar) {
      if (blank) return skip_line();
      if (content_indent_ == kNoBlockScalar && indent > block_scalar_) content_indent_ = indent;
      if (content_indent_ != kNoBlockScalar && indent >= content_indent_) return skip_line();
      block_scalar_ = content_indent_ = kNoBlockScalar;
    }
    line_indent_ = indent;
    i_ = k;
    node_start_ = true;
    prev_blank_ = true;
    if (indent == 0 && (s_.substr(i_, 3) == "---" || s_.substr(i_, 3) == "...") && ends_token(i_ + 3)) i_ += 3;
  }

  // One character in block context; true when it opens a flow collection too deep.
  bool block_step() {
    const char c = s_[i_];
    if (c == '\n') {
      newline();
      return false;
    }
    if (c == '#' && prev_blank_) {
      skip_line();
      return false;
    }
    const bool blank = is_blank(c);
    if (node_start_ && !blank) {
      if (c == '[' || c == '{') return open_flow();
      if (c == '"' || c == '\'') {
        skip_quoted();
        node_start_ = false;
        prev_blank_ = false;
        return false;
      }
      if (c == '|' || c == '>') {
        block_scalar_ = line_indent_;
        skip_line();
        return false;
      }
      if ((c == '-' || c == '?' || c == ':') && ends_token(i_ + 1)) {
        ++i_;
        return false;
      }
      if (c == '&' || c == '!') {  // an anchor or a tag before the node
        while (!ends_token(i_)) ++i_;
        return false;
      }
      node_start_ = false;
    } else if (!node_start_ && c == ':' && ends_token(i_ + 1)) {
      node_start_ = true;  // a mapping value follows
    }
    prev_blank_ = blank;
    ++i_;
    return false;
  }

  // One character inside a flow collection; true when it opens one too deep.
  bool flow_step() {
    const char c = s_[i_];
    if (c == '[' || c == '{') {
      prev_blank_ = true;
      return open_flow();
    }
    if (c == ']' || c == '}') {
      --depth_;
      ++i_;
      prev_blank_ = false;
      node_start_ = false;
      return false;
    }
    if ((c == '"' || c == '\'') && (prev_blank_ || prev_ == ',' || prev_ == ':')) {
      skip_quoted();
      prev_blank_ = false;
      prev_ = '"';
      return false;
    }
    if (c == '#' && prev_blank_) {
      skip_line();
      return false;
    }
    prev_blank_ = is_blank(c) || c == '\n';
    prev_ = c;
    ++i_;
    return false;
  }

  static constexpr std::size_t kNoBlockScalar = static_cast<std::size_t>(-1);

  std::string_view s_;
  int max_;
  std::size_t i_ = 0;
  int depth_ = 0;
  bool at_line_start_ = true;
  bool node_start_ = true;   // block context: the next character may start a node
  bool prev_blank_ = true;   // the last character was white space, a line start or a bracket
  char prev_ = '\n';
  std::size_t line_indent_ = 0;
  std::size_t block_scalar_ = kNoBlockScalar;   // indentation of the line with a | or > header
  std::size_t content_indent_ = kNoBlockScalar; // indentation of the block scalar's text
};

}  // namespace

std::optional<DeepNesting> find_deep_nesting(std::string_view text, int max_levels) {
  const std::optional<std::size_t> offset = NestingScan(text, max_levels).run();
  if (!offset) return std::nullopt;
  const SourcePos at = source_position(text, *offset);
  return DeepNesting{*offset, at.line, at.column};
}

std::string deep_nesting_message(int max_levels) {
  return "nesting is deeper than " + std::to_string(max_levels) + " levels";
}

}  // namespace genai_quiz
