#include "cli/completion.hpp"

#include <algorithm>
#include <cctype>

#include "cli/cli_app.hpp"

namespace genai_quiz {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool starts_with_any_case(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
}

bool is_negative_number(std::string_view word) {
  return word.size() > 1 && word[0] == '-' && (std::isdigit(static_cast<unsigned char>(word[1])) || word[1] == '.');
}

// A description's first line, for the shells' lists (a long one goes on in --help).
std::string summary(const std::string& text) {
  std::string first = text.substr(0, text.find('\n'));
  if (!first.empty() && first.back() == ':') first.pop_back();
  return first;
}

// Descriptions go on one line after a tab.
std::string one_line(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return text;
}

// Where the walk through the words before the cursor ended.
struct State {
  std::vector<const CommandInfo*> chain;  // root first; options of outer commands fall through
  const OptionInfo* pending = nullptr;    // an option still waiting for its value
  std::size_t positionals = 0;            // positional words given to the innermost command
  bool only_positionals = false;          // after "--"
  std::vector<std::string> decks;         // --deck values so far

  const OptionInfo* option(std::string_view name) const {
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      if (const OptionInfo* opt = find_option(**it, name)) return opt;
    }
    return nullptr;
  }

  void value(const OptionInfo& opt, const std::string& text) {
    if (std::find(opt.names.begin(), opt.names.end(), kDeckOption) != opt.names.end()) decks.push_back(text);
  }

  // The positional argument the next positional word fills, or nullptr.
  const OptionInfo* next_positional() const {
    const std::vector<OptionInfo>& list = chain.back()->positionals;
    if (positionals < list.size()) return &list[positionals];
    if (!list.empty() && list.back().repeats) return &list.back();
    return nullptr;
  }
};

State walk(const CommandInfo& root, std::span<const std::string> before) {
  State s;
  s.chain.push_back(&root);
  for (const std::string& word : before) {
    if (s.pending) {
      s.value(*s.pending, word);
      s.pending = nullptr;
    } else if (s.only_positionals) {
      ++s.positionals;
    } else if (word == "--") {
      s.only_positionals = true;
    } else if (starts_with(word, "--")) {
      const std::size_t eq = word.find('=');
      const OptionInfo* opt = s.option(word.substr(0, eq));
      if (opt && !opt->value_name.empty()) {
        if (eq == std::string::npos) {
          s.pending = opt;
        } else {
          s.value(*opt, word.substr(eq + 1));
        }
      }
    } else if (starts_with(word, "-") && word.size() > 1 && !is_negative_number(word)) {
      const OptionInfo* opt = s.option(word.substr(0, 2));
      if (opt && !opt->value_name.empty()) {
        if (word.size() == 2) {
          s.pending = opt;
        } else {
          s.value(*opt, word.substr(2));
        }
      }
    } else if (const CommandInfo* sub = find_subcommand(*s.chain.back(), word); sub && s.positionals == 0) {
      s.chain.push_back(sub);
    } else {
      ++s.positionals;
    }
  }
  return s;
}

Completion values_of(const OptionInfo& opt, const std::string& typed, const State& s, const ValueSource& source) {
  Completion out;
  switch (opt.kind) {
    case ValueKind::kFile: out.kind = Completion::Kind::kFiles; break;
    case ValueKind::kDirectory: out.kind = Completion::Kind::kDirectories; break;
    case ValueKind::kChoice:
      for (const std::string& choice : opt.choices) {
        if (starts_with(choice, typed)) out.candidates.push_back({choice, ""});
      }
      break;
    case ValueKind::kSection:
    case ValueKind::kTag:
    case ValueKind::kDeck:
    case ValueKind::kCard:
      for (Candidate& c : source(opt.kind, s.decks)) {
        if (starts_with_any_case(c.word, typed)) out.candidates.push_back(std::move(c));
      }
      break;
    case ValueKind::kSetting:
      // "scheduling.desired_retention" fits "sch" as it is and "desired" as "desired_retention".
      for (Candidate& c : source(opt.kind, s.decks)) {
        const std::size_t dot = c.word.rfind('.');
        if (starts_with(c.word, typed)) {
          out.candidates.push_back(std::move(c));
        } else if (dot != std::string::npos && !typed.empty() && starts_with(c.word.substr(dot + 1), typed)) {
          out.candidates.push_back({c.word.substr(dot + 1), c.description});
        }
      }
      break;
    case ValueKind::kNone:
    case ValueKind::kText: break;
  }
  return out;
}

}  // namespace

Completion complete(const CommandInfo& root, std::span<const std::string> words, const ValueSource& source) {
  const std::string typed = words.empty() ? "" : words.back();
  const State s = walk(root, words.empty() ? words : words.first(words.size() - 1));
  if (s.pending) return values_of(*s.pending, typed, s, source);

  Completion out;
  if (!s.only_positionals && starts_with(typed, "-")) {
    if (const std::size_t eq = typed.find('='); starts_with(typed, "--") && eq != std::string::npos) {
      const OptionInfo* opt = s.option(typed.substr(0, eq));
      if (opt && !opt->value_name.empty()) return values_of(*opt, typed.substr(eq + 1), s, source);
      return out;
    }
    std::vector<std::string> seen;
    for (auto it = s.chain.rbegin(); it != s.chain.rend(); ++it) {
      for (const OptionInfo& opt : (*it)->options) {
        for (const std::string& name : opt.names) {
          if (!starts_with(name, typed) || std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
          seen.push_back(name);
          out.candidates.push_back({name, summary(opt.description)});
        }
      }
    }
    return out;
  }
  if (s.positionals == 0 && !s.only_positionals) {
    for (const CommandInfo& sub : s.chain.back()->subcommands) {
      if (starts_with(sub.name, typed)) out.candidates.push_back({sub.name, summary(sub.description)});
    }
  }
  if (const OptionInfo* positional = s.next_positional()) {
    Completion values = values_of(*positional, typed, s, source);
    if (out.candidates.empty()) return values;
    out.candidates.insert(out.candidates.end(), values.candidates.begin(), values.candidates.end());
  }
  return out;
}

std::string format_completion(const Completion& completion) {
  std::string out;
  switch (completion.kind) {
    case Completion::Kind::kWords: out = "words\n"; break;
    case Completion::Kind::kFiles: out = "files\n"; break;
    case Completion::Kind::kDirectories: out = "directories\n"; break;
  }
  for (const Candidate& c : completion.candidates) {
    out += one_line(c.word);
    if (!c.description.empty()) out += "\t" + one_line(c.description);
    out += "\n";
  }
  return out;
}

}  // namespace genai_quiz
