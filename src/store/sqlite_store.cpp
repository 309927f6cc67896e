#include "genai_quiz/store/sqlite_store.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <optional>
#include <string>
#include <thread>

#include "genai_quiz/core/error.hpp"
#include "store/schema.hpp"
#include "store/sqlite_db.hpp"

namespace genai_quiz {
namespace {

using sqlite::Statement;

constexpr int kBusyTimeoutMs = 10000;

// The nine columns that hold a CardState, in this order, in both tables.
constexpr const char* kStateColumns =
    "phase, stability, difficulty, due_ms, last_review_ms, scheduled_days, learning_step, reps, "
    "lapses";

std::int64_t to_ms(TimePoint t) { return t.time_since_epoch().count(); }
TimePoint from_ms(std::int64_t ms) { return TimePoint(std::chrono::milliseconds(ms)); }

std::optional<std::int64_t> to_ms(const std::optional<TimePoint>& t) {
  if (!t) return std::nullopt;
  return to_ms(*t);
}

std::optional<TimePoint> from_ms(std::optional<std::int64_t> ms) {
  if (!ms) return std::nullopt;
  return from_ms(*ms);
}

// Binds `s` into parameters first..first+8.
void bind_state(Statement& st, int first, const CardState& s) {
  st.bind(first, static_cast<std::int64_t>(s.phase))
      .bind(first + 1, s.stability)
      .bind(first + 2, s.difficulty)
      .bind(first + 3, to_ms(s.due))
      .bind(first + 4, to_ms(s.last_review))
      .bind(first + 5, static_cast<std::int64_t>(s.scheduled_days))
      .bind(first + 6, static_cast<std::int64_t>(s.learning_step))
      .bind(first + 7, static_cast<std::int64_t>(s.reps))
      .bind(first + 8, static_cast<std::int64_t>(s.lapses));
}

// Reads the state in columns first..first+8.
CardState read_state(const Statement& st, int first) {
  CardState s;
  s.phase = static_cast<Phase>(st.int64(first));
  s.stability = st.real(first + 1);
  s.difficulty = st.real(first + 2);
  s.due = from_ms(st.int64(first + 3));
  s.last_review = from_ms(st.optional_int64(first + 4));
  s.scheduled_days = static_cast<int>(st.int64(first + 5));
  s.learning_step = static_cast<int>(st.int64(first + 6));
  s.reps = static_cast<int>(st.int64(first + 7));
  s.lapses = static_cast<int>(st.int64(first + 8));
  return s;
}

std::string select_cards_sql(const char* where) {
  return std::string("SELECT card_id, ") + kStateColumns +
         ", fingerprint, last_review_id, skipped_until_ms, suspended, flagged, leech FROM cards WHERE " +
         where;
}

CardProgress read_progress(const Statement& st) {  // columns as in select_cards_sql
  CardProgress p;
  p.state = read_state(st, 1);
  p.fingerprint = st.text(10);
  p.last_review_id = st.optional_int64(11).value_or(0);
  p.skipped_until = from_ms(st.optional_int64(12));
  p.marks = {st.int64(13) != 0, st.int64(14) != 0, st.int64(15) != 0};
  return p;
}

std::string review_columns() {
  std::string cols = "id, deck_id, card_id, time_ms, rating, elapsed_days, duration_ms, ";
  for (const char* suffix : {"_before", "_after"}) {
    cols += "phase" + std::string(suffix) + ", stability" + suffix + ", difficulty" + suffix +
            ", due" + suffix + "_ms, last_review" + suffix + "_ms, scheduled_days" + suffix +
            ", learning_step" + suffix + ", reps" + suffix + ", lapses" + suffix + ", ";
  }
  return cols + "fingerprint, cram, coverage, choice, choice_correct";
}

// Switches a database to write-ahead logging and returns the journal mode it is in. On a new
// database this reads the header and then takes the write lock; SQLite does not wait for a lock
// it must upgrade from a read (that could deadlock), so when several processes create the
// database together all but one get SQLITE_BUSY at once. They wait here instead, up to the busy
// timeout, like every other write.
std::string switch_to_wal(sqlite::Db& db) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "PRAGMA journal_mode = WAL", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) db.fail("setting the journal mode", rc);
    rc = sqlite3_step(stmt);
    std::string mode;
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      mode = text ? reinterpret_cast<const char*>(text) : "";
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) return mode;
    if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) {
      db.fail("setting the journal mode", rc);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// An open, migrated connection; a base of Impl so that it exists before the statements.
// Copies the database at `path`, when there is one, into the empty in-memory `into`.
void copy_into_memory(const std::string& path, sqlite::Db& into) {
  if (!std::filesystem::exists(path)) return;
  sqlite3* source = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(source, kBusyTimeoutMs);
    sqlite3_backup* backup = sqlite3_backup_init(into.handle(), "main", source, "main");
    rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(into.handle());
    if (backup) sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  std::string message = source ? sqlite3_errmsg(source) : sqlite3_errstr(rc);
  sqlite3_close(source);
  if (rc != SQLITE_OK) throw Error("cannot read the progress database " + path + ": " + message);
}

struct Connection {
  Connection(const std::string& path, bool scratch) : db(scratch ? ":memory:" : path) {
    if (scratch) {
      copy_into_memory(path, db);
      store::migrate(db);
      return;
    }
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    std::string result = switch_to_wal(db);
    if (result != "wal") {
      throw Error("cannot use write-ahead logging for the progress database " + path +
                  " (journal mode is '" + result + "'); is it on a network file system?");
    }
    db.exec("PRAGMA synchronous = FULL");
    store::migrate(db);
  }

  sqlite::Db db;
};

}  // namespace

struct SqliteStore::Impl : Connection {
  Impl(const std::string& path, bool scratch) : Connection(path, scratch) {}

  Statement load_deck{db, select_cards_sql("deck_id = ?1")};
  Statement load_card{db, select_cards_sql("deck_id = ?1 AND card_id = ?2")};
  Statement last_review_id{db, "SELECT last_review_id FROM cards WHERE deck_id = ?1 AND card_id = ?2"};
  Statement insert_review{
      db, "INSERT INTO reviews (" + review_columns().substr(4) +
              ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
              "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)"};
  Statement upsert_card{
      db, std::string("INSERT INTO cards (deck_id, card_id, ") + kStateColumns +
              ", fingerprint, last_review_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "?11, ?12, ?13) ON CONFLICT (deck_id, card_id) DO UPDATE SET "
              "phase = excluded.phase, stability = excluded.stability, "
              "difficulty = excluded.difficulty, due_ms = excluded.due_ms, "
              "last_review_ms = excluded.last_review_ms, "
              "scheduled_days = excluded.scheduled_days, learning_step = excluded.learning_step, "
              "reps = excluded.reps, lapses = excluded.lapses, "
              "fingerprint = excluded.fingerprint, last_review_id = excluded.last_review_id"};
  Statement select_review{db, "SELECT " + review_columns() + " FROM reviews WHERE id = ?1"};
  Statement delete_review{db, "DELETE FROM reviews WHERE id = ?1"};
  Statement delete_card_reviews{db, "DELETE FROM reviews WHERE deck_id = ?1 AND card_id = ?2"};
  Statement card_review_ids{db, "SELECT id FROM reviews WHERE deck_id = ?1 AND card_id = ?2 ORDER BY id"};

  // Appends `review` to the log (inside the caller's transaction) and returns its new id.
  std::int64_t insert(const ReviewRecord& review) {
    Statement& ins = insert_review.reset();
    ins.bind(1, review.deck_id)
        .bind(2, review.card_id)
        .bind(3, to_ms(review.time))
        .bind(4, static_cast<std::int64_t>(review.rating))
        .bind(5, static_cast<std::int64_t>(review.elapsed_days))
        .bind(6, review.duration_ms);
    bind_state(ins, 7, review.before);
    bind_state(ins, 16, review.after);
    ins.bind(25, review.fingerprint)
        .bind(26, static_cast<std::int64_t>(review.cram ? 1 : 0))
        .bind(27, review.coverage);
    if (review.choice) {
      ins.bind(28, static_cast<std::int64_t>(*review.choice))
          .bind(29, static_cast<std::int64_t>(review.choice_correct ? 1 : 0));
    } else {
      ins.bind(28, std::optional<std::int64_t>()).bind(29, std::optional<std::int64_t>());
    }
    ins.run();
    return sqlite3_last_insert_rowid(db.handle());
  }
  // The card's last answer that moved the schedule after time ?3 (its latest reset).
  Statement previous_review{
      db, "SELECT id, fingerprint FROM reviews WHERE deck_id = ?1 AND card_id = ?2 AND cram = 0 "
          "AND time_ms > ?3 ORDER BY id DESC LIMIT 1"};
  Statement last_answer{
      db, "SELECT " + review_columns() + " FROM reviews WHERE deck_id = ?1 AND card_id = ?2 AND cram = 0 "
          "AND time_ms > ?3 ORDER BY id DESC LIMIT 1"};
  Statement card_event_rows{
      db, "SELECT id, deck_id, card_id, time_ms, kind FROM card_events WHERE deck_id = ?1 AND card_id = ?2 "
          "ORDER BY time_ms, id"};
  Statement insert_event{db, "INSERT INTO card_events (deck_id, card_id, time_ms, kind) VALUES (?1, ?2, ?3, ?4)"};
  Statement select_event{db, "SELECT id, deck_id, card_id, time_ms, kind FROM card_events WHERE id = ?1"};
  Statement delete_event{db, "DELETE FROM card_events WHERE id = ?1"};
  Statement upsert_marks{
      db, std::string("INSERT INTO cards (deck_id, card_id, ") + kStateColumns +
              ", fingerprint, suspended, flagged, leech) VALUES (?1, ?2, 0, 0, 0, 0, NULL, 0, 0, 0, 0, '', "
              "?3, ?4, ?5) ON CONFLICT (deck_id, card_id) DO UPDATE SET suspended = excluded.suspended, "
              "flagged = excluded.flagged, leech = excluded.leech"};
  Statement upsert_skip{
      db, std::string("INSERT INTO cards (deck_id, card_id, ") + kStateColumns +
              ", fingerprint, skipped_until_ms) VALUES (?1, ?2, 0, 0, 0, 0, NULL, 0, 0, 0, 0, '', "
              "?3) ON CONFLICT (deck_id, card_id) DO UPDATE SET "
              "skipped_until_ms = excluded.skipped_until_ms"};
  Statement count_introduced{
      db, "SELECT COUNT(DISTINCT card_id) FROM reviews WHERE deck_id = ?1 AND cram = 0 AND "
          "phase_before = 0 AND time_ms >= ?2 AND time_ms < ?3"};

  std::int64_t insert_card_event(const std::string& deck_id, const std::string& card_id, TimePoint time,
                                 CardEventKind kind);
  void update_for_event(const CardEvent& event);
  std::vector<CardEvent> events_of(const std::string& deck_id, const std::string& card_id);
  std::int64_t last_review_of(const std::string& deck_id, const std::string& card_id);
  std::int64_t reset_bound(const std::string& deck_id, const std::string& card_id);
  void refresh_marks(const std::string& deck_id, const std::string& card_id);
  void restore_state(const std::string& deck_id, const std::string& card_id);
  void save_state(const std::string& deck_id, const std::string& card_id, const CardState& state,
                  const std::string& fingerprint, std::optional<std::int64_t> last_review_id);
};

namespace {

ReviewRecord read_review(const Statement& st) {  // columns as in review_columns()
  ReviewRecord r;
  r.id = st.int64(0);
  r.deck_id = st.text(1);
  r.card_id = st.text(2);
  r.time = from_ms(st.int64(3));
  r.rating = static_cast<Rating>(st.int64(4));
  r.elapsed_days = static_cast<int>(st.int64(5));
  r.duration_ms = st.int64(6);
  r.before = read_state(st, 7);
  r.after = read_state(st, 16);
  r.fingerprint = st.text(25);
  r.cram = st.int64(26) != 0;
  r.coverage = st.optional_real(27);
  if (std::optional<std::int64_t> choice = st.optional_int64(28)) {
    r.choice = static_cast<int>(*choice);
    r.choice_correct = st.optional_int64(29).value_or(0) != 0;
  }
  return r;
}

CardEvent read_event(const Statement& st) {  // id, deck_id, card_id, time_ms, kind
  CardEvent e;
  e.id = st.int64(0);
  e.deck_id = st.text(1);
  e.card_id = st.text(2);
  e.time = from_ms(st.int64(3));
  e.kind = static_cast<CardEventKind>(st.int64(4));
  return e;
}

// The row that `select` (a statement with the id as ?1) finds for `id`, read by `read`; nothing
// when there is none.
template <typename Read>
auto row_by_id(Statement& select, std::int64_t id, Read read) -> std::optional<decltype(read(select))> {
  select.reset().bind(1, id);
  if (!select.step()) return std::nullopt;
  auto row = read(select);
  select.reset();
  return row;
}

// The rows of `select` ("SELECT ... FROM table"), of deck `deck_id` only unless it is empty (all
// decks), in the order `order_by`, each read by `read`.
template <typename Db, typename Read>
auto rows_of_deck(Db& db, std::string select, const std::string& deck_id, const char* order_by, Read read) {
  if (!deck_id.empty()) select += " WHERE deck_id = ?1";
  select += " ORDER BY ";
  select += order_by;
  Statement st(db, select);
  if (!deck_id.empty()) st.bind(1, deck_id);
  std::vector<decltype(read(st))> out;
  while (st.step()) out.push_back(read(st));
  return out;
}

}  // namespace

// Appends an event to the card's log (inside the caller's transaction) and returns its new id.
std::int64_t SqliteStore::Impl::insert_card_event(const std::string& deck_id, const std::string& card_id,
                                                  TimePoint time, CardEventKind kind) {
  insert_event.reset()
      .bind(1, deck_id)
      .bind(2, card_id)
      .bind(3, to_ms(time))
      .bind(4, static_cast<std::int64_t>(kind))
      .run();
  return sqlite3_last_insert_rowid(db.handle());
}

// Brings the card of `event`, just added to or removed from its log, up to date: a reset gives it
// back the state of its answers since the reset before, and every event can change its marks.
void SqliteStore::Impl::update_for_event(const CardEvent& event) {
  if (event.kind == CardEventKind::kReset) restore_state(event.deck_id, event.card_id);
  refresh_marks(event.deck_id, event.card_id);
}

std::vector<CardEvent> SqliteStore::Impl::events_of(const std::string& deck_id, const std::string& card_id) {
  std::vector<CardEvent> out;
  Statement& st = card_event_rows.reset().bind(1, deck_id).bind(2, card_id);
  while (st.step()) out.push_back(read_event(st));
  return out;
}

// The id of the card's last answer that counts for its schedule (cards.last_review_id), 0 for none.
std::int64_t SqliteStore::Impl::last_review_of(const std::string& deck_id, const std::string& card_id) {
  Statement& q = last_review_id.reset().bind(1, deck_id).bind(2, card_id);
  const std::int64_t id = q.step() ? q.optional_int64(0).value_or(0) : 0;
  q.reset();
  return id;
}

// The time after which a card's answers count for its schedule: its latest reset, or before all.
std::int64_t SqliteStore::Impl::reset_bound(const std::string& deck_id, const std::string& card_id) {
  std::vector<CardEvent> events = events_of(deck_id, card_id);
  std::optional<TimePoint> reset = last_reset(events);
  return reset ? to_ms(*reset) : std::numeric_limits<std::int64_t>::min();
}

void SqliteStore::Impl::refresh_marks(const std::string& deck_id, const std::string& card_id) {
  const CardMarks marks = fold_events(events_of(deck_id, card_id));
  upsert_marks.reset()
      .bind(1, deck_id)
      .bind(2, card_id)
      .bind(3, static_cast<std::int64_t>(marks.suspended))
      .bind(4, static_cast<std::int64_t>(marks.flagged))
      .bind(5, static_cast<std::int64_t>(marks.leech))
      .run();
}

// Gives a card the state of its last answer after its latest reset, or a new card's state.
void SqliteStore::Impl::restore_state(const std::string& deck_id, const std::string& card_id) {
  Statement& last = last_answer.reset().bind(1, deck_id).bind(2, card_id).bind(3, reset_bound(deck_id, card_id));
  CardState state;
  std::string fingerprint;
  std::optional<std::int64_t> id;
  if (last.step()) {
    ReviewRecord r = read_review(last);
    state = r.after;
    fingerprint = r.fingerprint;
    id = r.id;
  }
  last.reset();
  save_state(deck_id, card_id, state, fingerprint, id);
}

// Writes a card's scheduling state, the fingerprint of the text it was answered on and its last
// counted answer (none for a new card), keeping its other columns.
void SqliteStore::Impl::save_state(const std::string& deck_id, const std::string& card_id, const CardState& state,
                                   const std::string& fingerprint, std::optional<std::int64_t> last_review_id) {
  Statement& up = upsert_card.reset().bind(1, deck_id).bind(2, card_id);
  bind_state(up, 3, state);
  up.bind(12, fingerprint).bind(13, last_review_id);
  up.run();
}

SqliteStore::SqliteStore(const std::filesystem::path& path)
    : impl_(std::make_unique<Impl>(path.string(), false)) {}

SqliteStore::SqliteStore(const std::filesystem::path& path, ScratchCopy)
    : impl_(std::make_unique<Impl>(path.string(), true)) {}

SqliteStore::~SqliteStore() = default;

std::unordered_map<std::string, CardProgress> SqliteStore::load_deck(const std::string& deck_id) {
  std::unordered_map<std::string, CardProgress> out;
  Statement& st = impl_->load_deck.reset().bind(1, deck_id);
  while (st.step()) out.emplace(st.text(0), read_progress(st));
  return out;
}

std::optional<CardProgress> SqliteStore::load_card(const std::string& deck_id,
                                                   const std::string& card_id) {
  Statement& st = impl_->load_card.reset().bind(1, deck_id).bind(2, card_id);
  if (!st.step()) return std::nullopt;
  CardProgress p = read_progress(st);
  st.reset();
  return p;
}

std::optional<std::int64_t> SqliteStore::record(const ReviewRecord& review,
                                                std::int64_t expected_last_review_id) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  if (!review.cram && im.last_review_of(review.deck_id, review.card_id) != expected_last_review_id) {
    return std::nullopt;
  }
  std::int64_t id = im.insert(review);
  if (!review.cram) {
    im.save_state(review.deck_id, review.card_id, review.after, review.fingerprint, id);
  }
  tx.commit();
  return id;
}

bool SqliteStore::undo(std::int64_t review_id) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  const std::optional<ReviewRecord> found = row_by_id(im.select_review, review_id, read_review);
  if (!found) return false;
  const ReviewRecord& r = *found;
  if (!r.cram && im.last_review_of(r.deck_id, r.card_id) != review_id) return false;
  im.delete_review.reset().bind(1, review_id).run();
  if (!r.cram) {
    const std::int64_t bound = im.reset_bound(r.deck_id, r.card_id);
    Statement& prev = im.previous_review.reset().bind(1, r.deck_id).bind(2, r.card_id).bind(3, bound);
    std::optional<std::int64_t> prev_id;
    std::string prev_fingerprint;
    if (prev.step()) {
      prev_id = prev.int64(0);
      prev_fingerprint = prev.text(1);
    }
    prev.reset();
    im.save_state(r.deck_id, r.card_id, r.before, prev_fingerprint, prev_id);
  }
  tx.commit();
  return true;
}

void SqliteStore::set_skipped_until(const std::string& deck_id, const std::string& card_id,
                                    std::optional<TimePoint> until) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  im.upsert_skip.reset().bind(1, deck_id).bind(2, card_id).bind(3, to_ms(until)).run();
  tx.commit();
}

int SqliteStore::count_introduced(const std::string& deck_id, TimePoint from, TimePoint to) {
  Statement& st = impl_->count_introduced.reset().bind(1, deck_id).bind(2, to_ms(from)).bind(3, to_ms(to));
  int n = st.step() ? static_cast<int>(st.int64(0)) : 0;
  st.reset();
  return n;
}

std::vector<ReviewRecord> SqliteStore::reviews(const std::string& deck_id) {
  return rows_of_deck(impl_->db, "SELECT " + review_columns() + " FROM reviews", deck_id, "id", read_review);
}

std::vector<ReviewRecord> SqliteStore::review_log(const std::string& deck_id) { return reviews(deck_id); }

bool SqliteStore::replace_histories(const std::vector<CardHistory>& histories) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  for (const CardHistory& h : histories) {
    std::vector<std::int64_t> ids;
    Statement& q = im.card_review_ids.reset().bind(1, h.deck_id).bind(2, h.card_id);
    while (q.step()) ids.push_back(q.int64(0));
    std::vector<std::int64_t> expected = h.replaces;
    std::sort(expected.begin(), expected.end());
    if (ids != expected) return false;
  }
  for (const CardHistory& h : histories) {
    im.delete_card_reviews.reset().bind(1, h.deck_id).bind(2, h.card_id).run();
    for (const ReviewRecord& r : h.reviews) im.insert(r);
    for (const CardEvent& e : h.new_events) im.insert_card_event(h.deck_id, h.card_id, e.time, e.kind);
    im.restore_state(h.deck_id, h.card_id);
    im.refresh_marks(h.deck_id, h.card_id);
  }
  tx.commit();
  return true;
}

std::int64_t SqliteStore::add_event(const CardEvent& event) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  const std::int64_t id = im.insert_card_event(event.deck_id, event.card_id, event.time, event.kind);
  im.update_for_event(event);
  tx.commit();
  return id;
}

bool SqliteStore::remove_event(std::int64_t event_id) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  const std::optional<CardEvent> found = row_by_id(im.select_event, event_id, read_event);
  if (!found) return false;
  im.delete_event.reset().bind(1, event_id).run();
  im.update_for_event(*found);
  tx.commit();
  return true;
}

std::vector<CardEvent> SqliteStore::card_events(const std::string& deck_id) {
  return rows_of_deck(impl_->db, "SELECT id, deck_id, card_id, time_ms, kind FROM card_events", deck_id, "time_ms, id",
                      read_event);
}

std::vector<StoredCard> SqliteStore::stored_cards() {
  Statement st(impl_->db,
               "SELECT deck_id, card_id FROM cards UNION SELECT deck_id, card_id FROM reviews "
               "UNION SELECT deck_id, card_id FROM card_events ORDER BY 1, 2");
  std::vector<StoredCard> out;
  while (st.step()) out.push_back({st.text(0), st.text(1)});
  return out;
}

int SqliteStore::remove_cards(std::span<const StoredCard> cards) {
  Impl& im = *impl_;
  sqlite::Transaction tx(im.db);
  Statement count(im.db, "SELECT COUNT(*) FROM reviews WHERE deck_id = ?1 AND card_id = ?2");
  Statement del_card(im.db, "DELETE FROM cards WHERE deck_id = ?1 AND card_id = ?2");
  Statement del_events(im.db, "DELETE FROM card_events WHERE deck_id = ?1 AND card_id = ?2");
  int answers = 0;
  for (const auto& [deck, card] : cards) {
    count.reset().bind(1, deck).bind(2, card);
    if (count.step()) answers += static_cast<int>(count.int64(0));
    im.delete_card_reviews.reset().bind(1, deck).bind(2, card).run();
    del_card.reset().bind(1, deck).bind(2, card).run();
    del_events.reset().bind(1, deck).bind(2, card).run();
  }
  tx.commit();
  return answers;
}

int SqliteStore::schema_version() {
  Statement st(impl_->db, "PRAGMA user_version");
  return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

std::string SqliteStore::integrity_check() {
  Statement st(impl_->db, "PRAGMA integrity_check");
  std::string out;
  while (st.step()) {
    if (!out.empty()) out += '\n';
    out += st.text(0);
  }
  return out;
}

int progress_schema_version() { return store::current_schema_version(); }

void run_sql_script(const std::filesystem::path& path, const std::string& sql) {
  sqlite::Db db(path.string());
  db.exec(sql);
}

}  // namespace genai_quiz
