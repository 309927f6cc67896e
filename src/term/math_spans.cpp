#include "term/math_spans.hpp"

#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

constexpr char32_t kFirstPlaceholder = 0xF0000;  // Supplementary Private Use Area-A
constexpr int kPlaceholderCount = 0xFFFFE - 0xF0000;


// True when a blank line starts at `s[i]` (which is '\n'): only blanks up to the next newline.
bool blank_line_follows(std::string_view s, std::size_t i) {
  for (std::size_t k = i + 1; k < s.size(); ++k) {
    if (s[k] == '\n') return true;
    if (!is_blank_ascii(s[k])) return false;
  }
  return true;
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  ProtectedMarkdown run() {
    bool line_start = true;
    while (i_ < s_.size()) {
      if (line_start && skip_fence()) continue;
      char c = s_[i_];
      line_start = c == '\n';
      if (c == '\\' && i_ + 1 < s_.size() && s_[i_ + 1] > ' ' && s_[i_ + 1] < 0x7F) {
        copy(2);
      } else if (c == '`') {
        skip_code_span();
      } else if (c == '$') {
        if (!try_math()) copy(1);
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        std::size_t start = i_;
        char32_t cp = utf8::decode(s_, i_);
        if (math_placeholder_index(cp) >= 0) {
          add_span({MathSpan::Kind::kLiteral, {}, std::string(s_.substr(start, i_ - start))});
        } else {
          out_.markdown.append(s_.substr(start, i_ - start));
        }
      } else {
        copy(1);
      }
    }
    return std::move(out_);
  }

 private:
  void copy(std::size_t n) {
    out_.markdown.append(s_.substr(i_, n));
    i_ += n;
  }

  void add_span(MathSpan span) {
    if (static_cast<int>(out_.spans.size()) >= kPlaceholderCount) {
      out_.markdown += span.source;
      return;
    }
    utf8::append(out_.markdown, math_placeholder(static_cast<int>(out_.spans.size())));
    out_.spans.push_back(std::move(span));
  }

  // A line opening a fenced code block (``` or ~~~, at any indentation, possibly inside block
  // quotes) is copied with its whole block up to the closing fence.
  bool skip_fence() {
    auto fence_at = [&](std::size_t k, char& ch) -> std::size_t {
      while (k < s_.size() && (is_blank_ascii(s_[k]) || s_[k] == '>')) ++k;
      if (k >= s_.size() || (s_[k] != '`' && s_[k] != '~')) return 0;
      ch = s_[k];
      std::size_t n = 0;
      while (k + n < s_.size() && s_[k + n] == ch) ++n;
      if (n < 3) return 0;
      std::size_t eol = s_.find('\n', k + n);
      std::string_view rest = s_.substr(k + n, eol == std::string_view::npos ? eol : eol - k - n);
      return ch == '`' && rest.find('`') != std::string_view::npos ? 0 : n;  // "```x```" is code
    };
    char ch = 0;
    std::size_t open = fence_at(i_, ch);
    if (open == 0) return false;
    bool first = true;
    while (i_ < s_.size()) {
      std::size_t end = s_.find('\n', i_);
      end = end == std::string_view::npos ? s_.size() : end + 1;
      char close_ch = 0;
      bool closes = !first && fence_at(i_, close_ch) >= open && close_ch == ch;
      copy(end - i_);
      first = false;
      if (closes) break;
    }
    return true;
  }

  void skip_code_span() {
    std::size_t run = 0;
    while (i_ + run < s_.size() && s_[i_ + run] == '`') ++run;
    for (std::size_t k = i_ + run; k < s_.size();) {
      if (s_[k] != '`') {
        ++k;
        continue;
      }
      std::size_t n = 0;
      while (k + n < s_.size() && s_[k + n] == '`') ++n;
      if (n == run) {
        copy(k + n - i_);
        return;
      }
      k += n;
    }
    copy(run);
  }

  bool try_math() {
    bool display = i_ + 1 < s_.size() && s_[i_ + 1] == '$';
    std::size_t open = display ? 2 : 1;
    std::size_t from = i_ + open;
    if (from >= s_.size() || (!display && is_space_ascii(s_[from]))) return false;
    for (std::size_t k = from; k < s_.size(); ++k) {
      char c = s_[k];
      if (c == '\\') {
        ++k;
      } else if ((c == '\n' && blank_line_follows(s_, k)) || c == '`') {
        return false;  // math never spans a paragraph break or a code span
      } else if (c == '$') {
        bool closes = display ? (k + 1 < s_.size() && s_[k + 1] == '$')
                              : (!is_space_ascii(s_[k - 1]) && (k + 1 >= s_.size() || !is_digit_ascii(s_[k + 1])));
        if (!closes) continue;
        std::string_view tex = s_.substr(from, k - from);
        if (tex.find_first_not_of(" \t\r\n") == std::string_view::npos) return false;
        std::size_t end = k + open;
        add_span({display ? MathSpan::Kind::kDisplay : MathSpan::Kind::kInline, std::string(tex),
                  std::string(s_.substr(i_, end - i_))});
        i_ = end;
        return true;
      }
    }
    return false;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  ProtectedMarkdown out_;
};

}  // namespace

ProtectedMarkdown protect_math(std::string_view markdown) { return Scanner(markdown).run(); }

char32_t math_placeholder(int index) { return kFirstPlaceholder + static_cast<char32_t>(index); }

int math_placeholder_index(char32_t c) {
  if (c < kFirstPlaceholder || c >= kFirstPlaceholder + kPlaceholderCount) return -1;
  return static_cast<int>(c - kFirstPlaceholder);
}

}  // namespace genai_quiz
