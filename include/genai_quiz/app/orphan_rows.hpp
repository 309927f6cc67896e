#pragma once
// The cards whose progress no deck holds any more, for `list --orphans` and `prune`.

#include <vector>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/store/sqlite_store.hpp"
#include "genai_quiz/ui/list_render.hpp"

namespace genai_quiz {

/// The cards `store` holds progress for that no deck of `decks` has, with their answers. `decks`
/// are the whole library unless `global` names decks (--deck): then only cards of those decks'
/// ids are judged, and the progress of other decks is never an orphan.
std::vector<OrphanRow> find_orphans(const GlobalOptions& global, const std::vector<Deck>& decks, SqliteStore& store);

}  // namespace genai_quiz
