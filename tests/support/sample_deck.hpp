#pragma once
// Small decks built in code for session and command tests.

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz::testing {

/// Deck "ml" with sections "basics" (cards a, b, c; a and c tagged "math"), "stubs" (no cards,
/// two stubs) and "advanced" (cards d, e; e tagged "Math").
Deck sample_deck();

}  // namespace genai_quiz::testing
