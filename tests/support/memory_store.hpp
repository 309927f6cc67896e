#pragma once
// An in-memory ProgressStore with the same contract as the SQLite store, for session tests.

#include <map>
#include <utility>
#include <vector>

#include "genai_quiz/core/progress_store.hpp"

namespace genai_quiz::testing {

class MemoryStore final : public ProgressStore {
 public:
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

  /// Every review recorded and not undone, oldest first.
  const std::vector<ReviewRecord>& reviews() const { return reviews_; }
  /// The saved progress of every card, keyed by (deck id, card id); tests may edit it to play
  /// the part of another session.
  std::map<std::pair<std::string, std::string>, CardProgress>& cards() { return cards_; }
  /// How many write transactions succeeded.
  int commits() const { return commits_; }

 private:
  std::map<std::pair<std::string, std::string>, CardProgress> cards_;
  std::vector<ReviewRecord> reviews_;
  std::vector<CardEvent> events_;

  std::vector<CardEvent> events_of(const std::string& deck_id, const std::string& card_id) const;
  void restore_state(const std::string& deck_id, const std::string& card_id);
  std::int64_t next_id_ = 1;
  int commits_ = 0;
};

}  // namespace genai_quiz::testing
