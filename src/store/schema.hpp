#pragma once
// The progress database's schema, as the list of migrations that build it (private to the store).

#include "store/sqlite_db.hpp"

namespace genai_quiz::store {

/// The schema version this build creates and understands, kept in PRAGMA user_version.
int current_schema_version();

/// Creates the schema in an empty database or migrates an older one forward, one transaction
/// per step. Throws Error when the database is from a newer genai-quiz.
void migrate(sqlite::Db& db);

}  // namespace genai_quiz::store
