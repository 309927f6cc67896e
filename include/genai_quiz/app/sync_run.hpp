#pragma once
// One sync of this data directory's progress with a git remote or a shared folder, for the
// sync command and for sync.auto around sessions.

#include <functional>
#include <string>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/exchange/folder_sync.hpp"

namespace genai_quiz {

/// Where a sync goes.
struct SyncTarget {
  std::string where;  ///< the remote as git takes it, or the folder's absolute path
  bool git = false;   ///< a git remote, rather than a plain shared folder
};

/// What `remote` names: an existing folder that is not a git repository is a shared folder;
/// anything else (an ssh or https URL, a bare repository) is a git remote.
SyncTarget sync_target(const std::string& remote);

/// The remote to sync with: `given`, else sync.remote of config.yaml; throws UsageError saying
/// how to set one when there is neither.
std::string chosen_remote(const GlobalOptions& global, const std::string& given);

/// Syncs the progress database with `target` as this data directory's device, and records the
/// time of the sync. Throws Error when it fails.
FolderSyncSummary sync_now(const GlobalOptions& global, const SyncTarget& target);

/// "12 answers and 2 card events in (5 cards rebuilt), 3 answers out" (events named only when
/// some moved) and notes about lines still arriving and conflict
/// copies, one per line.
std::string describe_sync(const FolderSyncSummary& summary, const SyncTarget& target);

/// With sync.auto set (and `enabled`), runs `run` between two syncs (before it starts and after it ends). A
/// failed sync is one warning line on standard error; the command goes on, and its answers stay
/// in the database for the next sync.
int run_with_auto_sync(const GlobalOptions& global, bool enabled, const std::function<int()>& run);

}  // namespace genai_quiz
