#include "genai_quiz/core/section_select.hpp"

#include <algorithm>

#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/suggest.hpp"

namespace genai_quiz {
namespace {

std::string qualified_id(const Deck& deck, const Section& section) {
  return deck.id + "/" + section.id;
}

// The name a section is shown by: its id, qualified when several decks are loaded.
std::string display_id(std::span<const Deck> decks, SectionRef ref) {
  const Deck& deck = decks[ref.deck];
  const Section& section = deck.sections[ref.section];
  return decks.size() > 1 ? qualified_id(deck, section) : section.id;
}

std::vector<SectionRef> all_sections(std::span<const Deck> decks) {
  std::vector<SectionRef> refs;
  for (std::size_t d = 0; d < decks.size(); ++d) {
    for (std::size_t s = 0; s < decks[d].sections.size(); ++s) refs.push_back({d, s});
  }
  return refs;
}

template <typename Pred>
std::vector<SectionRef> matching(std::span<const Deck> decks, Pred pred) {
  std::vector<SectionRef> found;
  for (SectionRef ref : all_sections(decks)) {
    const Deck& deck = decks[ref.deck];
    const Section& section = deck.sections[ref.section];
    if (pred(section.id) || pred(section.title) || pred(qualified_id(deck, section))) {
      found.push_back(ref);
    }
  }
  return found;
}

std::string unknown_message(std::span<const Deck> decks, const std::string& query) {
  std::vector<std::string> names;
  for (SectionRef ref : all_sections(decks)) names.push_back(display_id(decks, ref));
  std::vector<std::string_view> views(names.begin(), names.end());
  const std::string guess = did_you_mean(query, views);
  std::string message = "unknown section '" + query + "'";
  if (!guess.empty()) message += "; did you mean '" + guess + "'?";
  return message;
}

std::string ambiguous_message(std::span<const Deck> decks, const std::string& query,
                              const std::vector<SectionRef>& found) {
  std::string message = "section '" + query + "' is ambiguous: it matches ";
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i > 0) message += i + 1 == found.size() ? " and " : ", ";
    message.append("'").append(display_id(decks, found[i])).append("'");
  }
  return message;
}

}  // namespace

SectionSelection select_sections(std::span<const Deck> decks, std::span<const std::string> queries) {
  SectionSelection selection;
  if (queries.empty()) {
    selection.sections = all_sections(decks);
    return selection;
  }
  for (const std::string& query : queries) {
    std::vector<SectionRef> found =
        matching(decks, [&](const std::string& name) { return iequals_ascii(name, query); });
    if (found.empty() && !query.empty()) {
      found = matching(decks, [&](const std::string& name) { return istarts_with_ascii(name, query); });
    }
    if (found.size() != 1) {
      selection.error = found.empty() ? unknown_message(decks, query)
                                      : ambiguous_message(decks, query, found);
      selection.error += "\navailable sections:\n" + describe_sections(decks);
      selection.error.pop_back();  // the last line's '\n'
      selection.sections.clear();
      return selection;
    }
    selection.sections.push_back(found.front());
  }
  std::sort(selection.sections.begin(), selection.sections.end(), [](SectionRef a, SectionRef b) {
    return a.deck != b.deck ? a.deck < b.deck : a.section < b.section;
  });
  selection.sections.erase(std::unique(selection.sections.begin(), selection.sections.end()),
                           selection.sections.end());
  return selection;
}

std::string describe_sections(std::span<const Deck> decks) {
  const std::vector<SectionRef> refs = all_sections(decks);
  std::size_t width = 0;
  for (SectionRef ref : refs) width = std::max(width, display_id(decks, ref).size());
  std::string out;
  for (SectionRef ref : refs) {
    std::string id = display_id(decks, ref);
    id.resize(width, ' ');
    out += "  " + id + "  " + decks[ref.deck].sections[ref.section].title + "\n";
  }
  if (refs.empty()) out = "  (none)\n";
  return out;
}

bool is_selected(const SectionSelection& selection, SectionRef ref) {
  return std::find(selection.sections.begin(), selection.sections.end(), ref) !=
         selection.sections.end();
}

std::vector<StudyItem> selected_cards(std::span<const Deck> decks, const SectionSelection& selection,
                                      std::span<const std::string> tags) {
  return select_cards(decks, [&](std::size_t d, std::size_t s) { return is_selected(selection, {d, s}); }, tags);
}

}  // namespace genai_quiz
