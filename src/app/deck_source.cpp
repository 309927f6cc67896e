#include "genai_quiz/app/deck_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>

#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/fingerprint.hpp"
#include "genai_quiz/deck/deck_cache.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {
namespace {

// The first problems of a deck that is left out; `validate` shows them all.
constexpr std::size_t kProblemsShown = 3;

int left_out = 0;

std::string errors_text(int errors) {
  return errors == 1 ? std::string("an error") : fmt::format("{} errors", errors);
}

}  // namespace

LoadedDeck load_deck_source(const std::string& path) {
  if (path == kBundledDeckArg) return load_bundled_deck();
  return load_deck_file_cached(path, default_deck_cache_dir()).loaded;
}

int decks_left_out() { return left_out; }

std::vector<Deck> load_decks(const GlobalOptions& global, std::ostream& err) {
  const LibraryFiles files = chosen_deck_files(global);
  std::vector<LoadedDeck> loaded;
  std::vector<std::vector<Diagnostic>> failed;  // the problems of each deck left out
  for (const Diagnostic& d : files.problems) {
    err << sanitize(format_diagnostic(d)) << '\n';  // an entry of config.yaml that names nothing
    ++left_out;
  }
  for (const std::string& path : files.files) {
    try {
      loaded.push_back(load_deck_source(path));
    } catch (const Error& e) {
      failed.push_back({{path, {}, Severity::kError, e.what()}});
    }
  }
  std::vector<Deck> decks;
  for (LoadedDeck& one : loaded) {
    const int warnings = count_severity(one.diagnostics, Severity::kWarning);
    if (warnings > 0 && !has_errors(one.diagnostics)) {
      const std::string file = one.deck.file == kBundledDeckName ? "" : " " + one.deck.file;
      err << sanitize(fmt::format("{}: {} warning{}; run 'genai-quiz validate{}' to see them\n",
                                  one.deck.file, warnings, warnings == 1 ? "" : "s", file));
    }
    // A deck file with the bundled deck's id (a copy made to edit it) takes the bundled deck's place.
    auto bundled = std::find_if(decks.begin(), decks.end(), [&](const Deck& d) {
      return d.file == kBundledDeckName && d.id == one.deck.id && one.deck.file != kBundledDeckName;
    });
    if (bundled != decks.end() && !has_errors(one.diagnostics)) {
      *bundled = std::move(one.deck);
      continue;
    }
    // (With errors it is left out, and the bundled deck is used meanwhile: no clash to report.)
    std::optional<Diagnostic> clash =
        bundled != decks.end() ? std::nullopt : check_deck_id_unique(one.deck, decks);
    if (has_errors(one.diagnostics) || clash) {
      std::vector<Diagnostic> errors;
      if (clash) errors.push_back(*clash);
      for (const Diagnostic& d : one.diagnostics) {
        if (d.severity == Severity::kError) errors.push_back(d);
      }
      failed.push_back(std::move(errors));
      continue;
    }
    decks.push_back(std::move(one.deck));
  }
  int errors = 0;
  for (const std::vector<Diagnostic>& problems : failed) errors += static_cast<int>(problems.size());
  if (decks.empty() && !failed.empty()) {
    for (const auto& problems : failed) {
      for (const Diagnostic& d : problems) err << sanitize(format_diagnostic(d)) << '\n';
    }
    throw Error(fmt::format("{} in the {} (shown above); fix {} and run the command again", errors_text(errors),
                            failed.size() == 1 ? "deck" : "decks", errors == 1 ? "it" : "them"));
  }
  for (const auto& problems : failed) {
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) {
      err << sanitize(format_diagnostic(problems[i])) << '\n';
    }
    const std::string& file = problems.front().file;
    const int count = static_cast<int>(problems.size());
    const std::string more = count > static_cast<int>(kProblemsShown)
                                 ? fmt::format(" ({} more: run 'genai-quiz validate {}')", count - kProblemsShown, file)
                                 : "";
    err << sanitize(fmt::format("genai-quiz: {} left out: {}{}; going on with the other decks\n", file,
                                errors_text(count), more));
    ++left_out;
  }
  return decks;
}

FingerprintLookup current_fingerprints(const std::vector<Deck>& decks) {
  auto fingerprints = std::make_shared<std::map<std::pair<std::string, std::string>, std::string>>();
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) {
        (*fingerprints)[{deck.id, card.id}] = card_fingerprint(card.question, card.answer);
      }
    }
  }
  return [fingerprints](const std::string& deck, const std::string& card) -> std::optional<std::string> {
    auto it = fingerprints->find({deck, card});
    if (it == fingerprints->end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace genai_quiz
