-- A progress database as genai-quiz wrote it at schema version 3 (before multiple-choice
-- answers kept the option picked): the version 2 fixture and a typed answer that covered two of
-- its three key points. Used by tests/store/migration_test.cpp.
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
-- 2024-05-01T09:00:00Z: new -> learning (Good); 2024-05-01T09:10:00Z: learning -> review (Good).
INSERT INTO reviews VALUES (1, 'genai-interview', 'backpropagation', 1714554000000, 3, 0, 4200,
  0, 0.0, 0.0, 0, NULL, 0, 0, 0, 0,
  1, 2.3065, 2.11810397, 1714554600000, 1714554000000, 0, 1, 1, 0,
  '0123456789abcdef');
INSERT INTO reviews VALUES (2, 'genai-interview', 'backpropagation', 1714554600000, 3, 0, 3100,
  1, 2.3065, 2.11810397, 1714554600000, 1714554000000, 0, 1, 1, 0,
  2, 2.5, 2.11810397, 1714813800000, 1714554600000, 3, 0, 2, 0,
  '0123456789abcdef');
INSERT INTO cards VALUES ('genai-interview', 'backpropagation', 2, 2.5, 2.11810397,
  1714813800000, 1714554600000, 3, 0, 2, 0, '0123456789abcdef', 2);
ALTER TABLE reviews ADD COLUMN cram INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN skipped_until_ms INTEGER;
-- 2024-05-02T09:00:00Z: a cram answer (Again) that left the schedule alone.
INSERT INTO reviews VALUES (3, 'genai-interview', 'backpropagation', 1714640400000, 1, 1, 5000,
  2, 2.5, 2.11810397, 1714813800000, 1714554600000, 3, 0, 2, 0,
  2, 2.5, 2.11810397, 1714813800000, 1714554600000, 3, 0, 2, 0,
  '0123456789abcdef', 1);
UPDATE cards SET skipped_until_ms = 1714700000000;
ALTER TABLE reviews ADD COLUMN coverage REAL CHECK (coverage IS NULL OR coverage BETWEEN 0 AND 1);
-- 2024-05-04T09:10:00Z: a typed answer (Good) with two of three key points.
INSERT INTO reviews VALUES (4, 'genai-interview', 'backpropagation', 1714813800000, 3, 3, 61000,
  2, 2.5, 2.11810397, 1714813800000, 1714554600000, 3, 0, 2, 0,
  2, 9.1, 2.11810397, 1715591400000, 1714813800000, 9, 0, 3, 0,
  '0123456789abcdef', 0, 0.6666666666666666);
UPDATE cards SET phase = 2, stability = 9.1, due_ms = 1715591400000, last_review_ms = 1714813800000,
  scheduled_days = 9, reps = 3, last_review_id = 4, skipped_until_ms = NULL;
PRAGMA user_version = 3;
