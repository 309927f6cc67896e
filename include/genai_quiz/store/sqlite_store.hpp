#pragma once
// The progress database: one SQLite file (WAL, synchronous=FULL) holding each card's state and
// the append-only review log. Safe to kill at any moment; two processes may share it.

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "genai_quiz/core/orphans.hpp"
#include "genai_quiz/core/progress_store.hpp"

namespace genai_quiz {

/// The progress store on disk. Every method throws genai_quiz::Error when the file cannot be
/// read or written (permissions, a full disk, another process holding the lock too long).
class SqliteStore final : public ProgressStore {
 public:
  /// Opens the database at `path`, creating it (but not its folder) or migrating it forward to
  /// the current schema. Throws Error when it cannot, or when the file is from a newer version.
  explicit SqliteStore(const std::filesystem::path& path);

  /// Tag for the constructor below.
  struct ScratchCopy {};
  /// A private in-memory copy of the database at `path` (an empty database when there is no
  /// file), migrated like the real one: everything works as usual and nothing reaches the disk.
  /// For `--dry-run`. Throws Error when the file cannot be read.
  SqliteStore(const std::filesystem::path& path, ScratchCopy);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // The ProgressStore interface; core/progress_store.hpp documents each method.
  std::unordered_map<std::string, CardProgress> load_deck(const std::string& deck_id) override;
  std::optional<CardProgress> load_card(const std::string& deck_id,
                                        const std::string& card_id) override;
  std::optional<std::int64_t> record(const ReviewRecord& review,
                                     std::int64_t expected_last_review_id) override;
  bool undo(std::int64_t review_id) override;
  void set_skipped_until(const std::string& deck_id, const std::string& card_id,
                         std::optional<TimePoint> until) override;
  int count_introduced(const std::string& deck_id, TimePoint from, TimePoint to) override;
  std::vector<ReviewRecord> review_log(const std::string& deck_id) override;
  bool replace_histories(const std::vector<CardHistory>& histories) override;
  std::int64_t add_event(const CardEvent& event) override;
  bool remove_event(std::int64_t event_id) override;
  std::vector<CardEvent> card_events(const std::string& deck_id) override;

  /// Every card the database holds anything for (progress, answers or events), sorted by deck
  /// id, then card id.
  std::vector<StoredCard> stored_cards();

  /// Removes everything the database holds for `cards` (progress, answers and events), in one
  /// transaction. Returns how many answers were removed.
  int remove_cards(std::span<const StoredCard> cards);

  /// The review log of one deck (of every deck when `deck_id` is empty), oldest first.
  std::vector<ReviewRecord> reviews(const std::string& deck_id = {});

  /// The schema version of the open database.
  int schema_version();

  /// The result of PRAGMA integrity_check: "ok" when the file is sound.
  std::string integrity_check();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The schema version this build of genai-quiz creates.
int progress_schema_version();

/// Runs the SQL statements in `sql` against the database at `path`, creating it when absent.
/// Meant for building test fixtures (an older schema) and for maintenance scripts.
void run_sql_script(const std::filesystem::path& path, const std::string& sql);

}  // namespace genai_quiz
