#include "app/git_sync.hpp"

#include <system_error>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/git/git_command.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;

// Runs git in the working copy with `identity` first (so that commits and rebases work on a
// machine with no user.email configured); throws `what: git's message` when it fails.
class WorkingCopy {
 public:
  WorkingCopy(fs::path dir, std::string remote) : dir_(std::move(dir)), remote_(std::move(remote)) {}

  void set_identity(std::vector<std::string> identity) { identity_ = std::move(identity); }

  GitResult try_run(const std::vector<std::string>& args) const {
    std::vector<std::string> all = identity_;
    all.insert(all.end(), args.begin(), args.end());
    return run_git(dir_, all);
  }

  std::string run(const std::vector<std::string>& args, const std::string& what) const {
    GitResult r = try_run(args);
    if (!r.ok()) throw Error(what + ": " + git_message(r));
    return r.out;
  }

  bool succeeds(const std::vector<std::string>& args) const { return try_run(args).ok(); }

  const fs::path& dir() const { return dir_; }
  const std::string& remote() const { return remote_; }

 private:
  fs::path dir_;
  std::string remote_;
  std::vector<std::string> identity_;
};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

// Clones the remote into the working copy, unless it is a clone of it already. A working copy
// of another remote is cloned anew: it holds nothing the database does not (what this device
// has not pushed yet is found again by comparing the database with the logs).
void clone_if_needed(WorkingCopy& wc, const std::string& remote) {
  std::error_code ec;
  if (fs::exists(wc.dir() / ".git", ec)) {
    GitResult url = wc.try_run({"remote", "get-url", "origin"});
    if (url.ok() && trimmed(url.out) == remote) return;
  }
  fs::create_directories(wc.dir().parent_path(), ec);
  if (ec) throw Error("cannot create " + wc.dir().parent_path().string() + ": " + ec.message());
  fs::remove_all(wc.dir(), ec);
  GitResult r = run_git(wc.dir().parent_path(), {"clone", "--quiet", "--", remote, wc.dir().filename().string()});
  if (!r.ok()) {
    fs::remove_all(wc.dir(), ec);
    throw Error("cannot clone " + remote + ": " + git_message(r) + " (the progress database is unchanged)");
  }
}

std::vector<std::string> identity_for(const WorkingCopy& wc, const SyncDevice& device) {
  GitResult email = wc.try_run({"config", "user.email"});
  GitResult name = wc.try_run({"config", "user.name"});
  std::vector<std::string> out;
  if (!name.ok() || trimmed(name.out).empty()) out.insert(out.end(), {"-c", "user.name=genai-quiz (" + device.name + ")"});
  if (!email.ok() || trimmed(email.out).empty()) out.insert(out.end(), {"-c", "user.email=" + device.id + "@genai-quiz.invalid"});
  return out;
}

std::string current_branch(const WorkingCopy& wc) {
  GitResult r = wc.try_run({"symbolic-ref", "--quiet", "--short", "HEAD"});
  std::string branch = r.ok() ? trimmed(r.out) : "";
  return branch.empty() ? "main" : branch;
}

// Commits this device's own files (never another device's), if they changed; returns true when
// it made a commit.
bool commit_own_files(const WorkingCopy& wc, const SyncDevice& device, const std::string& message) {
  std::vector<std::string> add{"add", "--"};
  std::error_code ec;
  for (const std::string& file : {std::string(kSyncMarkerFile), "devices/" + device.id + ".jsonl",
                                  "devices/" + device.id + ".json"}) {
    if (fs::exists(wc.dir() / file, ec)) add.push_back(file);
  }
  if (add.size() == 2) return false;
  wc.run(add, "cannot stage the device log");
  if (wc.succeeds({"diff", "--cached", "--quiet"})) return false;
  wc.run({"commit", "--quiet", "--no-verify", "-m", message + " (" + device.name + ")"}, "cannot commit the device log");
  return true;
}

}  // namespace

bool is_git_repository(const fs::path& path) {
  std::error_code ec;
  if (fs::exists(path / ".git", ec)) return true;
  return fs::is_regular_file(path / "HEAD", ec) && fs::is_directory(path / "objects", ec) &&
         fs::is_directory(path / "refs", ec);
}

FolderSyncSummary sync_through_git(const std::string& remote, const fs::path& work, const SyncDevice& device,
                                   const std::function<FolderSyncSummary(const fs::path&)>& sync_folder) {
  if (!git_version()) throw Error("cannot sync through git: git is not installed; " + git_install_hint());
  WorkingCopy wc(work, remote);
  clone_if_needed(wc, remote);
  wc.set_identity(identity_for(wc, device));

  FolderSyncSummary total;
  for (int attempt = 1; attempt <= kPushAttempts; ++attempt) {
    // A sync that stopped between writing and committing left changes: they go out now.
    commit_own_files(wc, device, "genai-quiz sync: answers left from an earlier sync");
    GitResult fetch = wc.try_run({"fetch", "--quiet", "origin"});
    if (!fetch.ok()) {
      throw Error("cannot fetch from " + remote + ": " + git_message(fetch) + " (the progress database is unchanged)");
    }
    const std::string branch = current_branch(wc);
    const std::string upstream = "refs/remotes/origin/" + branch;
    const bool remote_has_branch = wc.succeeds({"rev-parse", "--verify", "--quiet", upstream});
    const bool has_commits = wc.succeeds({"rev-parse", "--verify", "--quiet", "HEAD"});
    if (remote_has_branch && !has_commits) {
      wc.run({"checkout", "--quiet", "-B", branch, upstream}, "cannot check out " + remote);
    } else if (remote_has_branch) {
      GitResult rebase = wc.try_run({"rebase", "--quiet", upstream});
      if (!rebase.ok()) {
        wc.try_run({"rebase", "--abort"});
        throw Error("cannot rebase this device's commits on " + remote + ": " + git_message(rebase) +
                    " (has something other than genai-quiz written to " + work.string() + "?)");
      }
    }

    open_shared_folder(work);
    write_device_name(work, device.id, device.name);
    FolderSyncSummary step = sync_folder(work);
    total.received += step.received;
    total.cards += step.cards;
    total.sent += step.sent;
    total.partial_lines = step.partial_lines;
    total.copies = step.copies;
    total.events_received += step.events_received;
    total.events_sent += step.events_sent;
    std::string message = "genai-quiz sync: " + std::to_string(step.sent) + " answers";
    if (step.events_sent > 0) message += ", " + std::to_string(step.events_sent) + " card events";
    commit_own_files(wc, device, message);

    if (remote_has_branch && wc.succeeds({"merge-base", "--is-ancestor", "HEAD", upstream})) return total;  // nothing to push
    if (!wc.succeeds({"rev-parse", "--verify", "--quiet", "HEAD"})) return total;  // nothing committed at all
    GitResult push = wc.try_run({"push", "--quiet", "origin", "HEAD:refs/heads/" + branch});
    if (push.ok()) return total;
    // Refused because another device pushed first? Then its commits are there to fetch.
    GitResult again = wc.try_run({"fetch", "--quiet", "origin"});
    const bool moved = again.ok() && wc.succeeds({"rev-parse", "--verify", "--quiet", upstream}) &&
                       !wc.succeeds({"merge-base", "--is-ancestor", upstream, "HEAD"});
    if (!moved) throw Error("cannot push to " + remote + ": " + git_message(push));
  }
  throw Error("cannot push to " + remote + ": other devices kept pushing first; try again");
}

}  // namespace genai_quiz
