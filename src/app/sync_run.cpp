#include "genai_quiz/app/sync_run.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "app/git_sync.hpp"
#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/app/sync_device.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {

namespace fs = std::filesystem;

SyncTarget sync_target(const std::string& remote) {
  std::error_code ec;
  const fs::path path(remote);
  if (!remote.empty() && fs::is_directory(path, ec) && !is_git_repository(path)) {
    return {fs::absolute(path, ec).lexically_normal().string(), false};
  }
  return {remote, true};
}

std::string chosen_remote(const GlobalOptions& global, const std::string& given) {
  if (!given.empty()) return given;
  const std::string remote = load_config(global).sync.remote;
  if (remote.empty()) {
    throw UsageError("no remote to sync with: give one (a git URL or a shared folder), or set it once with "
                     "'genai-quiz sync --set REMOTE'");
  }
  return remote;
}

FolderSyncSummary sync_now(const GlobalOptions& global, const SyncTarget& target) {
  const fs::path dir = data_directory(global);
  SyncDevice device = load_sync_device(dir);
  const FingerprintLookup fingerprint_of = current_fingerprints(load_decks(global, std::cerr));
  const SchedulerSettings settings = load_settings(global);
  const Scheduler scheduler(settings, std::make_shared<LocalCalendar>(settings.day_start_hour));
  std::unique_ptr<SqliteStore> store = open_progress(global);
  auto sync_folder = [&](const fs::path& folder) {
    return sync_with_folder(*store, folder, device.id, scheduler, fingerprint_of, parse_offset_time, local_iso_time);
  };
  FolderSyncSummary summary;
  if (target.git) {
    summary = sync_through_git(target.where, dir / "sync-git", device, sync_folder);
  } else {
    open_shared_folder(target.where);
    summary = sync_folder(target.where);
    write_device_name(target.where, device.id, device.name);
  }
  device.last_sync = resolve_now(global);
  device.last_remote = target.where;
  save_sync_device(dir, device);
  return summary;
}

namespace {

// "3 answers", or "3 answers and 1 card event" when there are events.
std::string answers_and_events(int answers, int events) {
  std::string out = plural(answers, "answer");
  if (events > 0) out += " and " + plural(events, "card event");
  return out;
}

}  // namespace

std::string describe_sync(const FolderSyncSummary& s, const SyncTarget& target) {
  std::string out =
      fmt::format("Synced with {}: {} in", target.where, answers_and_events(s.received, s.events_received));
  if (s.cards > 0) out += fmt::format(" ({} rebuilt)", plural(s.cards, "card"));
  out += fmt::format(", {} out.\n", answers_and_events(s.sent, s.events_sent));
  if (s.partial_lines > 0) {
    out += fmt::format("Left for later: {} in a line still arriving.\n",
                       s.partial_lines == 1 ? std::string("1 device log ends") : fmt::format("{} device logs end", s.partial_lines));
  }
  if (s.copies > 0) {
    out += fmt::format("Read {} left by the sync tool; its answers are merged, and it can be deleted.\n",
                       plural(s.copies, "conflict copy"));
  }
  return out;
}

namespace {

void auto_sync_once(const GlobalOptions& global) {
  try {
    const std::string remote = load_config(global).sync.remote;
    if (remote.empty()) {
      std::fprintf(stderr, "genai-quiz: warning: sync.auto is on but sync.remote is not set; not synced\n");
      return;
    }
    const SyncTarget target = sync_target(remote);
    sync_now(global, target);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "genai-quiz: warning: sync failed: %s; your answers are kept here for the next sync\n",
                 e.what());
  }
}

bool auto_sync_on(const GlobalOptions& global) {
  try {
    return load_config(global).sync.auto_sync;
  } catch (const Error&) {
    return false;  // the command itself reports the config's problems
  }
}

}  // namespace

int run_with_auto_sync(const GlobalOptions& global, bool enabled, const std::function<int()>& run) {
  if (!enabled || !auto_sync_on(global)) return run();
  auto_sync_once(global);
  const int code = run();
  auto_sync_once(global);
  return code;
}

}  // namespace genai_quiz
