#pragma once
// The real Anki review log in ../shared/data/revlogs/anki-user-reviews.csv (12,580 answers to
// 1,205 cards), read as exported answers of one deck. Tests that use it skip without it.

#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/review_record.hpp"

namespace genai_quiz::testing {

/// Where the log is expected (see shared_path in support/fixture_files.hpp).
std::string anki_log_path();

/// The log's answers in file order (deck "anki", card = the Anki card id), or nothing when the
/// file is absent.
std::optional<std::vector<ReviewRecord>> load_anki_log();

}  // namespace genai_quiz::testing
