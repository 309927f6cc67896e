#include "store/schema.hpp"

#include <array>
#include <string>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz::store {
namespace {

// One entry per schema version: the statements that take version N-1 to version N. A fresh
// database runs them all, so every step is exercised on every install. Never edit a step that
// has shipped; add a new one (and a fixture of the old version under tests/data/store/).
struct Migration {
  int version;
  const char* sql;
};

constexpr std::array kMigrations = {
    Migration{1, R"sql(
CREATE TABLE cards (
  deck_id TEXT NOT NULL,
  card_id TEXT NOT NULL,
  phase INTEGER NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  due_ms INTEGER NOT NULL,
  last_review_ms INTEGER,
  scheduled_days INTEGER NOT NULL,
  learning_step INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  last_review_id INTEGER,
  PRIMARY KEY (deck_id, card_id)
) WITHOUT ROWID;
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  deck_id TEXT NOT NULL,
  card_id TEXT NOT NULL,
  time_ms INTEGER NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  elapsed_days INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  phase_before INTEGER NOT NULL, stability_before REAL NOT NULL, difficulty_before REAL NOT NULL,
  due_before_ms INTEGER NOT NULL, last_review_before_ms INTEGER,
  scheduled_days_before INTEGER NOT NULL, learning_step_before INTEGER NOT NULL,
  reps_before INTEGER NOT NULL, lapses_before INTEGER NOT NULL,
  phase_after INTEGER NOT NULL, stability_after REAL NOT NULL, difficulty_after REAL NOT NULL,
  due_after_ms INTEGER NOT NULL, last_review_after_ms INTEGER,
  scheduled_days_after INTEGER NOT NULL, learning_step_after INTEGER NOT NULL,
  reps_after INTEGER NOT NULL, lapses_after INTEGER NOT NULL,
  fingerprint TEXT NOT NULL
);
CREATE INDEX reviews_by_card ON reviews (deck_id, card_id, id);
CREATE INDEX reviews_by_time ON reviews (time_ms);
)sql"},
    // Cram answers are logged without moving the schedule; skipped cards wait until a time.
    Migration{2, R"sql(
ALTER TABLE reviews ADD COLUMN cram INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN skipped_until_ms INTEGER;
)sql"},
    // Typed answers (study --type, interview) keep the share of key points they covered.
    Migration{3, R"sql(
ALTER TABLE reviews ADD COLUMN coverage REAL CHECK (coverage IS NULL OR coverage BETWEEN 0 AND 1);
)sql"},
    // Multiple-choice answers keep the option picked (0 for "a") and whether it was right.
    Migration{4, R"sql(
ALTER TABLE reviews ADD COLUMN choice INTEGER CHECK (choice IS NULL OR choice >= 0);
ALTER TABLE reviews ADD COLUMN choice_correct INTEGER CHECK (choice_correct IS NULL OR choice_correct IN (0, 1));
)sql"},
};

int user_version(sqlite::Db& db) {
  sqlite::Statement s(db, "PRAGMA user_version");
  int version = s.step() ? static_cast<int>(s.int64(0)) : 0;
  s.reset();
  return version;
}

std::string too_new_message(const sqlite::Db& db, int version) {
  return "the progress database " + db.path() + " has schema version " + std::to_string(version) +
         ", newer than this genai-quiz understands (" + std::to_string(current_schema_version()) +
         "); upgrade genai-quiz to use it";
}

}  // namespace

int current_schema_version() { return kMigrations.back().version; }

void migrate(sqlite::Db& db) {
  int version = user_version(db);
  if (version > current_schema_version()) throw Error(too_new_message(db, version));
  if (version == current_schema_version()) return;
  for (const Migration& m : kMigrations) {
    sqlite::Transaction tx(db);
    int now = user_version(db);  // another process may have migrated meanwhile
    if (now > current_schema_version()) throw Error(too_new_message(db, now));
    if (now >= m.version) continue;
    db.exec(m.sql);
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace genai_quiz::store
