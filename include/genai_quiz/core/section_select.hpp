#pragma once
// Choosing sections by what a person types after -s/--section.
//
// A query names a section by its id, its title or "<deck id>/<section id>", ignoring ASCII case.
// An exact name wins; otherwise a prefix of one name is enough when it fits one section only.
// With two decks that both have a section "basics", "basics" is ambiguous and "algebra/basics"
// is not.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// One section of a list of decks, by position.
struct SectionRef {
  std::size_t deck = 0;     ///< index into the decks
  std::size_t section = 0;  ///< index into that deck's sections

  bool operator==(const SectionRef&) const = default;
};

/// The sections a list of queries chose, or why they could not be chosen.
struct SectionSelection {
  std::vector<SectionRef> sections;  ///< in deck order, each once
  std::string error;                 ///< empty on success; else says which query failed and lists the sections

  bool ok() const { return error.empty(); }
};

/// Resolves `queries` against the sections of `decks`; no query means every section. An
/// unknown or ambiguous query gives an error (meant for a UsageError) naming the query, the
/// sections it could mean or a likely spelling, and every available section.
SectionSelection select_sections(std::span<const Deck> decks, std::span<const std::string> queries);

/// Every section, one per line ("  <id>  <title>"), ids qualified with their deck's id when
/// there is more than one deck.
std::string describe_sections(std::span<const Deck> decks);

/// True when `ref` is one of `selection`'s sections.
bool is_selected(const SectionSelection& selection, SectionRef ref);

/// The cards of `selection`'s sections, in deck order, that carry at least one of `tags`
/// (select_cards: no tags means every card). Progress is left empty.
std::vector<StudyItem> selected_cards(std::span<const Deck> decks, const SectionSelection& selection,
                                      std::span<const std::string> tags = {});

}  // namespace genai_quiz
