#include "cli/completion_values.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>

#include "cli/cli_app.hpp"
#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/deck/deck_cache.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

// "~/decks/a.yaml" as the shell would expand it when running the command.
std::string expand_home(const std::string& path) {
  const char* home = std::getenv("HOME");
  if (path.rfind("~/", 0) == 0 && home && *home) return std::string(home) + path.substr(1);
  return path;
}

// What -s accepts (core/section_select.hpp): an id, a title, or "<deck id>/<section id>". A bare
// id that two decks share would be ambiguous, so only its qualified forms are offered.
// The decks as the command will load them (through the parsed-deck cache); one that cannot be
// read is left out rather than spoiling the others.
// With no --deck, the library of the data directory the environment names.
std::vector<Deck> load(const std::vector<std::string>& deck_options) {
  std::vector<std::string> paths;
  for (const std::string& path : deck_options) paths.push_back(expand_home(path));
  if (paths.empty()) {
    try {
      paths = chosen_deck_files(GlobalOptions{}).files;
    } catch (const std::exception&) {
      paths = {kBundledDeckArg};
    }
  }
  std::vector<Deck> decks;
  for (const std::string& path : paths) {
    try {
      LoadedDeck loaded = load_deck_source(path);
      if (!has_errors(loaded.diagnostics) && !check_deck_id_unique(loaded.deck, decks)) {
        decks.push_back(std::move(loaded.deck));
      }
    } catch (const std::exception&) {
    }
  }
  return decks;
}

std::vector<Candidate> sections(const std::vector<Deck>& decks) {
  std::map<std::string, int> uses;
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) ++uses[ascii_lower(section.id)];
  }
  std::vector<Candidate> out;
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      if (uses[ascii_lower(section.id)] == 1) out.push_back({section.id, section.title});
      if (decks.size() > 1) out.push_back({deck.id + "/" + section.id, section.title});
      if (!section.title.empty() && !iequals_ascii(section.title, section.id)) {
        out.push_back({section.title, section.id});
      }
    }
  }
  return out;
}

// Every tag of the decks' cards, once each (tags match in any case), with how many cards have it.
std::vector<Candidate> tags(const std::vector<Deck>& decks) {
  std::map<std::string, std::pair<std::string, int>> seen;  // lower case -> as first written, cards
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) {
        for (const std::string& tag : card.tags) {
          auto& entry = seen[ascii_lower(tag)];
          if (entry.first.empty()) entry.first = tag;
          ++entry.second;
        }
      }
    }
  }
  std::vector<Candidate> out;
  for (const auto& [lower, entry] : seen) {
    out.push_back({entry.first, std::to_string(entry.second) + (entry.second == 1 ? " card" : " cards")});
  }
  return out;
}

// What a CARD argument accepts (core/card_lookup.hpp): a card id, with the first line of its
// question; an id that two decks share only as DECK/ID, which is offered for every card when
// there are several decks.
std::vector<Candidate> cards(const std::vector<Deck>& decks) {
  constexpr std::size_t kDescription = 60;
  std::map<std::string, int> uses;
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) ++uses[card.id];
    }
  }
  std::vector<Candidate> out;
  for (const Deck& deck : decks) {
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) {
        const std::string question = question_preview(card.question, kDescription);
        if (uses[card.id] == 1) out.push_back({card.id, question});
        if (decks.size() > 1) out.push_back({deck.id + "/" + card.id, question});
      }
    }
  }
  return out;
}

}  // namespace

std::vector<Candidate> complete_values(ValueKind kind, const std::vector<std::string>& decks) {
  std::vector<Candidate> out;
  if (kind == ValueKind::kSection) return sections(load(decks));
  if (kind == ValueKind::kTag) return tags(load(decks));
  if (kind == ValueKind::kCard) return cards(load(decks));
  if (kind == ValueKind::kDeck) {
    for (const Deck& deck : load(decks)) out.push_back({deck.id, deck.title});
  }
  if (kind == ValueKind::kSetting) {
    for (const ConfigKey& key : config_keys()) out.push_back({qualified_name(key), key.summary});
  }
  return out;
}

}  // namespace genai_quiz
