// genai-quiz sync [REMOTE|DIR] [--set REMOTE] [--status] [--device NAME]: this data directory's
// progress in step with other devices through a git remote or a shared folder (docs/sync.md).

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "cli/command_setups.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/app/sync_device.hpp"
#include "genai_quiz/app/sync_run.hpp"
#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/config/config_set.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/table.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

// A time for people to read: to the second.
std::string shown_time(TimePoint t) { return local_iso_time(std::chrono::floor<std::chrono::seconds>(t)); }

struct SyncOptions {
  std::string remote;
  std::string set;
  bool status = false;
  std::string device;
};

int set_remote(const std::string& typed) {
  const SyncTarget target = sync_target(typed);  // a folder is saved as an absolute path
  const ConfigKey& key = *find_config_key("sync.remote");
  const std::string path = config_file_path();
  ConfigEdit edit = set_config_value(read_config_text(path).value_or(""), key, value_to_yaml(key, target.where), path);
  if (!edit.ok()) {
    std::string problems;
    for (const Diagnostic& d : edit.problems) problems += "\n" + format_diagnostic(d);
    throw Error("cannot set sync.remote in " + path + ":" + problems);
  }
  write_config_text(path, edit.text);
  write_text(stdout, fmt::format("sync.remote = {} ({}; saved in {})\nRun 'genai-quiz sync' to sync now.\n",
                                 target.where, target.git ? "a git remote" : "a shared folder", path));
  return kExitOk;
}

int rename_device(const GlobalOptions& global, const std::string& name) {
  if (name.empty() || name.size() > 64 || name.find_first_of("\n\r\t") != std::string::npos) {
    throw UsageError("--device: a device name is 1 to 64 characters on one line");
  }
  const fs::path dir = data_directory(global);
  SyncDevice device = load_sync_device(dir);
  device.name = name;
  save_sync_device(dir, device);
  write_text(stdout, fmt::format("This device ({}) is now called {}; other devices see the name after its next sync.\n",
                                 device.id, name));
  return kExitOk;
}

int show_status(const GlobalOptions& global, const std::string& given) {
  const fs::path dir = data_directory(global);
  const SyncDevice device = load_sync_device(dir);
  std::string remote = given.empty() ? load_config(global).sync.remote : given;
  std::vector<Field> fields = {{"This device", {fmt::format("{} ({})", device.name, device.id)}}};
  std::optional<SyncTarget> target;
  if (remote.empty()) {
    fields.push_back({"Remote", {"none: give one to 'genai-quiz sync', or set it with 'genai-quiz sync --set REMOTE'"}});
  } else {
    target = sync_target(remote);
    fields.push_back({"Remote", {fmt::format("{} ({})", target->where, target->git ? "git" : "shared folder")}});
  }
  std::string last = device.last_sync ? shown_time(*device.last_sync) : std::string("never");
  if (device.last_sync && (!target || device.last_remote != target->where)) last += " with " + device.last_remote;
  fields.push_back({"Last sync", {last}});
  // What the folder held at the last sync: a git remote's working copy, or the folder itself.
  SharedFolder folder;
  if (target) {
    const fs::path path = target->git ? dir / "sync-git" : fs::path(target->where);
    std::error_code ec;
    if (fs::exists(path / kSyncMarkerFile, ec)) folder = read_shared_folder(path, parse_offset_time);
  }
  std::vector<ReviewRecord> local;
  std::vector<CardEvent> local_events;
  if (fs::exists(progress_db_path(global))) {
    std::unique_ptr<SqliteStore> store = open_progress(global);
    local = store->review_log("");
    local_events = store->card_events("");
  }
  number_repeats(local);
  std::string waiting = plural(static_cast<int>(answers_to_send(local, folder).size()), "answer");
  if (const std::size_t events = events_to_send(local_events, folder).size(); events > 0) {
    waiting += " and " + plural(static_cast<int>(events), "card event");
  }
  fields.push_back({"Waiting", {waiting + " to go out"}});
  const int width = std::max(terminal_width(), 40);
  std::string out = render_fields(fields, width);
  if (!folder.devices.empty()) {
    out += target && target->git ? "Devices (as of the last sync)\n" : "Devices\n";
    for (const DeviceInfo& d : folder.devices) {
      int answers = 0;
      std::optional<TimePoint> latest;
      for (const DeviceFile& f : folder.files) {
        if (f.device != d.id || f.copy) continue;
        answers += static_cast<int>(f.reviews.size());
        for (const ReviewRecord& r : f.reviews) latest = latest ? std::max(*latest, r.time) : r.time;
      }
      const std::string name = d.id == device.id ? device.name : d.name.empty() ? std::string("no name") : d.name;
      for (const std::string& line : wrap_text(fmt::format("{} ({}{})", name, d.id, d.id == device.id ? ", this device" : ""), width - 4)) {
        out += "  " + line + "\n";
      }
      // "210 answers, last answer TIME", on two lines when narrow: a time is never broken.
      std::string count = plural(answers, "answer"), when = latest ? "last answer " + shown_time(*latest) : "";
      if (when.empty()) {
        out += "    " + count + "\n";
      } else if (display_width(count + ", " + when) <= width - 4) {
        out += "    " + count + ", " + when + "\n";
      } else {
        out += "    " + count + ",\n    " + when + "\n";
      }
    }
  }
  write_text(stdout, out);
  return kExitOk;
}

int run_sync(const SyncOptions& o, const GlobalOptions& global) {
  const int modes = (o.set.empty() ? 0 : 1) + (o.status ? 1 : 0) + (o.device.empty() ? 0 : 1);
  if (modes > 1) throw UsageError("--set, --status and --device are each a separate task: give one at a time");
  if (!o.set.empty()) {
    if (!o.remote.empty()) throw UsageError("--set takes the remote itself: 'genai-quiz sync --set REMOTE'");
    return set_remote(o.set);
  }
  if (!o.device.empty()) return rename_device(global, o.device);
  if (o.status) return show_status(global, o.remote);
  const SyncTarget target = sync_target(chosen_remote(global, o.remote));
  const FolderSyncSummary summary = sync_now(global, target);
  write_text(stdout, describe_sync(summary, target));
  return kExitOk;
}

}  // namespace

Runner setup_sync(CLI::App& sub, const GlobalOptions& global) {
  auto o = std::make_shared<SyncOptions>();
  sub.add_option("remote", o->remote,
                 "A git remote (ssh, https, a path) or a shared folder; default: sync.remote")
      ->type_name("REMOTE");
  sub.add_option("--set", o->set, "Save REMOTE as sync.remote in config.yaml, for every later sync")
      ->type_name("REMOTE");
  sub.add_flag("--status", o->status,
               "Show the devices, the last sync and the answers and card events waiting to go out");
  sub.add_option("--device", o->device, "Call this device NAME in the other devices' --status")->type_name("NAME");
  sub.footer(
      "Each device appends its answers and card events (suspend, flag, reset, ...) to its own file,\n"
      "devices/<id>.jsonl, in the shared folder or repository, and merges every other device's into\n"
      "its progress (what is here already is skipped; each card that gains answers or events is\n"
      "rebuilt from its whole history, from its latest reset). No two devices write the same file,\n"
      "so git never sees a conflict. On any error the progress database is unchanged. With\n"
      "'sync.auto: true' in config.yaml, study and interview sync before and after.\n"
      "Layout and set-up: docs/sync.md.\n\n"
      "Example:\n"
      "  genai-quiz sync --set git@github.com:me/quiz-progress.git   # once per device\n"
      "  genai-quiz sync\n"
      "  genai-quiz sync ~/Sync/genai-quiz                          # a Syncthing or Dropbox folder\n"
      "  genai-quiz sync --status");
  return [o, &global] { return run_sync(*o, global); };
}

}  // namespace genai_quiz
