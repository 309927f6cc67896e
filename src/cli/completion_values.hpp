#pragma once
// The values completion asks the program for at the time of completing: the sections and tags
// of the decks typed so far, and the settings of config.yaml. Private to cli.

#include <string>
#include <vector>

#include "cli/completion.hpp"

namespace genai_quiz {

/// Sections (ids and titles) of `decks` (the bundled deck when empty) for kSection, their tags for
/// kTag, deck ids for kDeck, card ids (with their questions) for kCard, config keys for
/// kSetting, nothing otherwise. Never throws: a deck that cannot be read
/// offers nothing.
std::vector<Candidate> complete_values(ValueKind kind, const std::vector<std::string>& decks);

}  // namespace genai_quiz
