// Crash safety of study sessions: starts `genai-quiz study` on a generated deck many times,
// answers as fast as it can through the line protocol, kills it with SIGKILL at a random moment,
// and checks that every answer the program acknowledged ("Saved: ...") is in the database, that
// at most one more is (committed but not yet acknowledged), that each card's reviews chain up to
// its saved state, and that PRAGMA integrity_check says ok. Then it runs two sessions at once on
// the same cards and checks that every answer of both is kept.
//
//   crash_safety GENAI_QUIZ_BINARY [RUNS] [SEED]

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>

#include "genai_quiz/store/sqlite_store.hpp"

namespace {

using genai_quiz::ReviewRecord;
using genai_quiz::SqliteStore;

constexpr int kCards = 400;

void write_deck(const std::string& path) {
  std::ofstream out(path);
  out << "id: crash\ntitle: Crash test\nsections:\n  - id: all\n    title: All\n    cards:\n";
  for (int i = 0; i < kCards; ++i) {
    out << "      - id: c" << i << "\n        question: Question " << i << "?\n        answer: Answer " << i << ".\n";
  }
}

// The answers typed, in order, after each reveal: mostly Good, some Again, and an undo.
const char* const kScript[] = {"3", "3", "1", "2", "4", "u", "3"};
constexpr int kScriptLength = 7;

// What one killed session acknowledged.
struct Acknowledged {
  int saved = 0;   // "Saved: ..." lines: answers committed
  int undone = 0;  // "Undid the last answer." lines: undos committed
};

// A study session of the real binary on the deck in `dir`, its input and output through pipes.
struct Child {
  pid_t pid = 0;
  int input = -1;   // what the session reads
  int output = -1;  // what it writes
};

// Starts the session, its clock at `now`; with `quiet`, what it writes to stderr is dropped.
Child spawn_session(const std::string& binary, const std::string& dir, const std::string& now, bool quiet) {
  int to_child[2], from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) std::abort();
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGPIPE, SIG_DFL);  // the session gets the signals a shell would give it
    dup2(to_child[0], 0);
    dup2(from_child[1], 1);
    if (quiet) dup2(open("/dev/null", O_WRONLY), 2);
    close(to_child[1]);
    close(from_child[0]);
    std::string deck = dir + "/deck.yaml", data = dir + "/data";
    setenv("GENAI_QUIZ_CACHE_DIR", (dir + "/cache").c_str(), 1);  // parsed decks stay in `dir` too
    execl(binary.c_str(), binary.c_str(), "--deck", deck.c_str(), "--data-dir", data.c_str(), "--now",
          now.c_str(), "--color", "never", "study", "--new", "100000", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  return {pid, to_child[1], from_child[0]};
}

// Starts a session that answers Good `answers` times and then reaches the end of its input.
// Returns its pid and the descriptor its output comes from.
std::pair<pid_t, int> start_session(const std::string& binary, const std::string& dir, const std::string& now,
                                    int answers) {
  const Child child = spawn_session(binary, dir, now, false);
  std::string script;
  for (int i = 0; i < answers; ++i) script += "\n3\n";
  if (write(child.input, script.data(), script.size()) != static_cast<ssize_t>(script.size())) std::abort();
  close(child.input);
  return {child.pid, child.output};
}

int count_saved(int fd) {
  std::string output;
  char buf[65536];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) output.append(buf, static_cast<std::size_t>(n));
  close(fd);
  int saved = 0;
  for (std::size_t at = 0; (at = output.find("\nSaved:", at)) != std::string::npos; ++at) ++saved;
  return saved;
}

// Runs one session and kills it `delay` after it starts or, when `after_first_card`, after its
// first card appears; returns what it acknowledged.
Acknowledged killed_session(const std::string& binary, const std::string& dir, const std::string& now,
                            std::chrono::microseconds delay, bool after_first_card) {
  const Child child = spawn_session(binary, dir, now, true);
  // Every card: reveal, then a rating (mostly Good, some Again, now and then an undo).
  std::string script;
  for (int i = 0; i < 3000; ++i) script += std::string("\n") + kScript[i % kScriptLength] + "\n";
  std::thread feeder([&] {
    std::size_t off = 0;
    while (off < script.size()) {
      ssize_t n = write(child.input, script.data() + off, script.size() - off);
      if (n <= 0) break;
      off += static_cast<std::size_t>(n);
    }
  });
  std::string output;
  char buf[65536];
  if (after_first_card) {
    while (output.find("Question:") == std::string::npos) {
      ssize_t n = read(child.output, buf, sizeof buf);
      if (n <= 0) break;
      output.append(buf, static_cast<std::size_t>(n));
    }
  }
  std::this_thread::sleep_for(delay);
  kill(child.pid, SIGKILL);
  // What the program wrote before it died counts: it was on its way to the reader.
  for (ssize_t n; (n = read(child.output, buf, sizeof buf)) > 0;) output.append(buf, static_cast<std::size_t>(n));
  close(child.output);
  close(child.input);
  feeder.join();
  int status = 0;
  waitpid(child.pid, &status, 0);
  Acknowledged ack;
  for (std::size_t at = 0; (at = output.find('\n', at)) != std::string::npos; ++at) {
    if (output.compare(at + 1, 6, "Saved:") == 0) ++ack.saved;
    if (output.compare(at + 1, 21, "Undid the last answer") == 0) ++ack.undone;
  }
  return ack;
}

// Each card's reviews form a chain (each starts from the state the one before left) and its saved
// state is the one its last review produced.
bool check_consistent(SqliteStore& store, std::string& why) {
  std::map<std::string, ReviewRecord> last;
  for (const ReviewRecord& r : store.reviews("crash")) {
    auto it = last.find(r.card_id);
    if (it != last.end() && !(it->second.after == r.before)) {
      return why = r.card_id + ": review " + std::to_string(r.id) + " does not start where the one before ended", false;
    }
    if (it == last.end() && !(r.before == genai_quiz::CardState{})) {
      return why = r.card_id + ": its first review does not start from a new card", false;
    }
    last[r.card_id] = r;
  }
  for (const auto& [id, progress] : store.load_deck("crash")) {
    auto it = last.find(id);
    if (it == last.end()) {
      if (progress.last_review_id != 0) return why = id + " points to a review that is not in the log", false;
      continue;
    }
    if (progress.last_review_id != it->second.id) return why = id + ": last review id differs from the log", false;
    if (!(progress.state == it->second.after)) return why = id + ": saved state differs from its last review", false;
  }
  for (const auto& [id, r] : last) {
    if (!store.load_card("crash", id)) return why = id + " has reviews but no saved state", false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: crash_safety GENAI_QUIZ_BINARY [RUNS] [SEED]\n");
    return 2;
  }
  // A session killed while the feeder still writes its input would end this program by SIGPIPE;
  // the feeder sees EPIPE instead and stops.
  signal(SIGPIPE, SIG_IGN);
  std::string binary = argv[1];
  int runs = argc > 2 ? std::atoi(argv[2]) : 40;
  std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : std::random_device{}();
  char tmpl[] = "/tmp/genai-quiz-crash-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  write_deck(dir + "/deck.yaml");
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> delay_us(0, 100000);
  std::printf("crash_safety: %d runs, seed %llu, in %s\n", runs, static_cast<unsigned long long>(seed), dir.c_str());

  std::size_t in_db = 0;
  int failures = 0, total_acked = 0, total_undone = 0;
  for (int run = 0; run < runs; ++run) {
    // Each run a day later than the last, so that earlier answers come due again.
    char now[32];
    std::snprintf(now, sizeof now, "2025-%02d-%02dT09:00:00Z", 1 + run / 28, 1 + run % 28);
    // One run in four is killed while starting (opening or creating the database), the others
    // while answering.
    bool answering = run % 4 != 0;
    int delay = answering ? delay_us(rng) : delay_us(rng) / 2;
    Acknowledged ack = killed_session(binary, dir, now, std::chrono::microseconds(delay), answering);
    total_acked += ack.saved;
    total_undone += ack.undone;
    // Acknowledged answers and undos are all in the database. The one command after them may
    // have been committed without its acknowledgement reaching us: one more answer, or one
    // fewer when that command was an undo.
    int acked = ack.saved - ack.undone;
    bool next_is_undo = std::string(kScript[(ack.saved + ack.undone) % kScriptLength]) == "u";
    long low = next_is_undo ? acked - 1 : acked, high = next_is_undo ? acked : acked + 1;
    std::string data = dir + "/data/progress.db";
    if (access(data.c_str(), F_OK) != 0) {
      if (acked > 0) {
        std::printf("run %d: %d answers acknowledged but no database\n", run, acked);
        ++failures;
      }
      continue;
    }
    SqliteStore store(data);
    std::size_t now_in_db = store.reviews().size();
    long added = static_cast<long>(now_in_db) - static_cast<long>(in_db);
    std::string integrity = store.integrity_check(), why;
    bool ok = integrity == "ok" && added >= low && added <= high && check_consistent(store, why);
    std::printf("run %2d: killed %5.1f ms after %s: %3d answers and %2d undos acknowledged, %3ld added, integrity %s%s%s%s\n",
                run, delay / 1000.0, answering ? "the first card" : "starting", ack.saved, ack.undone, added, integrity.c_str(), why.empty() ? "" : ", ",
                why.c_str(), ok ? "" : "  FAILED");
    if (!ok) ++failures;
    in_db = now_in_db;
  }
  // Two sessions at once on the same cards: every answer of both is kept, none overwritten.
  {
    const int kEach = 60;
    auto [pid1, out1] = start_session(binary, dir, "2026-01-01T09:00:00Z", kEach);
    auto [pid2, out2] = start_session(binary, dir, "2026-01-01T09:00:00Z", kEach);
    int saved1 = count_saved(out1), saved2 = count_saved(out2);
    int status1 = 0, status2 = 0;
    waitpid(pid1, &status1, 0);
    waitpid(pid2, &status2, 0);
    SqliteStore store(dir + "/data/progress.db");
    long added = static_cast<long>(store.reviews().size()) - static_cast<long>(in_db);
    std::string integrity = store.integrity_check(), why;
    bool ok = status1 == 0 && status2 == 0 && saved1 == kEach && saved2 == kEach && added == saved1 + saved2 &&
              integrity == "ok" && check_consistent(store, why);
    std::printf("two sessions at once: %d and %d answers acknowledged, %ld added, exit %d and %d, integrity %s%s%s%s\n",
                saved1, saved2, added, WEXITSTATUS(status1), WEXITSTATUS(status2), integrity.c_str(),
                why.empty() ? "" : ", ", why.c_str(), ok ? "" : "  FAILED");
    if (!ok) ++failures;
  }

  std::printf("crash_safety: %d answers and %d undos acknowledged over %d runs, %d failures\n", total_acked,
              total_undone, runs, failures);
  if (failures == 0) std::filesystem::remove_all(dir);
  return failures == 0 ? 0 : 1;
}
