#include "cli/deck_source.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <ostream>

#include "cli/cli_app.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/fingerprint.hpp"
#include "genai_quiz/deck/deck_cache.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {

std::vector<LoadedDeck> load_deck_files(const std::vector<std::string>& paths) {
  std::vector<LoadedDeck> loaded;
  if (paths.empty()) loaded.push_back(load_bundled_deck());
  const std::filesystem::path cache_dir = default_deck_cache_dir();
  for (const std::string& path : paths) {
    loaded.push_back(path == kBundledDeckArg ? load_bundled_deck() : load_deck_file_cached(path, cache_dir).loaded);
  }
  return loaded;
}

std::vector<Deck> load_decks(const GlobalOptions& global, std::ostream& err) {
  std::vector<LoadedDeck> loaded = load_deck_files(global.decks);
  std::vector<Deck> decks;
  int errors = 0;
  for (LoadedDeck& one : loaded) {
    const int warnings = count_severity(one.diagnostics, Severity::kWarning);
    for (const Diagnostic& d : one.diagnostics) {
      if (d.severity == Severity::kError) err << sanitize(format_diagnostic(d)) << '\n';
    }
    errors += count_severity(one.diagnostics, Severity::kError);
    if (warnings > 0) {
      const std::string file = one.deck.file == kBundledDeckName ? "" : " " + one.deck.file;
      err << sanitize(fmt::format("{}: {} warning{}; run 'genai-quiz validate{}' to see them\n",
                                  one.deck.file, warnings, warnings == 1 ? "" : "s", file));
    }
    decks.push_back(std::move(one.deck));
  }
  for (std::size_t i = 0; i < decks.size(); ++i) {
    if (auto clash = check_deck_id_unique(decks[i], std::span(decks).first(i))) {
      err << sanitize(format_diagnostic(*clash)) << '\n';
      ++errors;
    }
  }
  if (errors > 0) {
    throw Error(fmt::format("{} in the {} (shown above); fix {} and run the command again",
                            errors == 1 ? std::string("an error") : fmt::format("{} errors", errors),
                            decks.size() == 1 ? "deck" : "decks", errors == 1 ? "it" : "them"));
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
