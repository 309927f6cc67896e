#pragma once
// Syncing through a git remote (private to the app layer): the shared folder is a working copy
// of the remote, and only this device's own files are ever committed (docs/sync.md).

#include <filesystem>
#include <functional>
#include <string>

#include "genai_quiz/app/sync_device.hpp"
#include "genai_quiz/exchange/folder_sync.hpp"

namespace genai_quiz {

/// How many times a sync pushes when other devices keep pushing first.
inline constexpr int kPushAttempts = 5;

/// True when `path` is a git repository (bare, or with a .git), so that sync treats it as a
/// remote rather than as a shared folder.
bool is_git_repository(const std::filesystem::path& path);

/// Syncs through `remote` (any URL git takes) with the working copy `work`, cloned on first
/// use: fetches and rebases this device's commits on the remote's, runs `sync_folder` on the
/// working copy, commits this device's files and pushes; when the push is refused because
/// another device pushed first, starts again from the fetch (kPushAttempts times in all).
/// Throws Error with a one-line reason when git is missing or a git step fails (no network,
/// authentication refused): a failure before `sync_folder` leaves the database unchanged.
FolderSyncSummary sync_through_git(const std::string& remote, const std::filesystem::path& work,
                                   const SyncDevice& device,
                                   const std::function<FolderSyncSummary(const std::filesystem::path&)>& sync_folder);

}  // namespace genai_quiz
