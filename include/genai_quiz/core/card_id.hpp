#pragma once
// Ids for cards and sections that do not give one, derived from their text.
//
// The rule, also in docs/deck-format.md ("Derived ids"):
//   1. slug(text): ASCII letters are lowercased and kept, as are digits and non-ASCII letters
//      (é, ß, 中); apostrophes (' ’ ʼ) are dropped; every run of anything else (spaces, ASCII
//      punctuation, Unicode punctuation, symbols and emoji) becomes one '-'; '-' is trimmed at
//      both ends; a slug longer than 60 bytes is cut at its last '-' within 60 bytes.
//   2. A card's id is "<section id>/<slug of its question>", or "<section id>/card" when the
//      slug is empty. A section's id is the slug of its title.
//   3. When that id is already taken in the deck, by any explicit id or by an earlier derived
//      id, the first free one of "<id>-2", "<id>-3", ... is used, in file order.
// Example: "What is **self-attention**?" in section "foundations" gives
// "foundations/what-is-self-attention".

#include <string>
#include <string_view>

namespace genai_quiz {

struct Deck;

/// The slug of `text` by step 1 of the rule above; may be empty.
std::string slugify(std::string_view text);

/// The id a card without an explicit id gets before step 3: "<section id>/<slug>".
std::string derived_card_id(std::string_view section_id, std::string_view question);

/// Gives every card of `deck` whose `explicit_id` is false its derived id, unique in the deck
/// (steps 2 and 3). Explicit ids are left alone, even when they clash with each other.
void assign_derived_card_ids(Deck& deck);

}  // namespace genai_quiz
