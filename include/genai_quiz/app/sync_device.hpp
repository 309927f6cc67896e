#pragma once
// This data directory's identity as a sync device, and when it last synced.
// Kept in <data dir>/sync-device.json, made on first use.

#include <filesystem>
#include <optional>
#include <string>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// This data directory as a device of a shared folder.
struct SyncDevice {
  std::string id;                     ///< 16 random hex digits, made once
  std::string name;                   ///< for display; the host name until renamed
  std::optional<TimePoint> last_sync;  ///< the end of the last sync that succeeded
  std::string last_remote;            ///< where that sync went
};

/// The device of the data directory `dir`, made (with a new random id) and saved when it has
/// none yet. Throws Error when the file cannot be read or written, or is not one of ours.
SyncDevice load_sync_device(const std::filesystem::path& dir);

/// Saves `device` in the data directory `dir`, atomically.
void save_sync_device(const std::filesystem::path& dir, const SyncDevice& device);

}  // namespace genai_quiz
