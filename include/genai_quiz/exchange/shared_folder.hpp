#pragma once
// The shared folder that `genai-quiz sync` keeps in step between devices (docs/sync.md): a
// marker file, and in devices/ one append-only log of answers and card events per device (JSON
// Lines, one review record or event record of the export a line), which only that device writes.
// Nothing here knows about git or the progress database.

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/review_merge.hpp"
#include "genai_quiz/exchange/export_writer.hpp"
#include "genai_quiz/exchange/import_reader.hpp"

namespace genai_quiz {

/// The name in the "format" field of the marker file.
inline constexpr std::string_view kSyncFormatName = "genai-quiz-sync";
/// The shared-folder format version this build writes, and the newest it reads. Version 2 logs
/// carry card events beside the answers; version 1 logs (answers only) read as they are.
inline constexpr int kSyncFormatVersion = 2;
/// The marker file at the top of a shared folder.
inline constexpr std::string_view kSyncMarkerFile = "genai-quiz-sync.json";

/// True when `id` can name a device: 1 to 64 characters, each a-z, 0-9 or '-'.
bool valid_device_id(std::string_view id);

/// One file of answers in devices/.
struct DeviceFile {
  std::string device;                   ///< the device it belongs to
  std::filesystem::path path;
  bool copy = false;                    ///< a conflict copy left by a sync tool: read, never written
  std::vector<ReviewRecord> reviews;  ///< the answers of its complete lines, in order
  std::vector<CardEvent> events;      ///< the card events of its complete lines, in order
  std::size_t partial_bytes = 0;        ///< bytes after the last line end: a line still arriving
};

/// A device that has a log or a name in the folder.
struct DeviceInfo {
  std::string id;
  std::string name;  ///< its display name; empty when it has none
  bool operator==(const DeviceInfo&) const = default;
};

/// A shared folder as read.
struct SharedFolder {
  std::vector<DeviceFile> files;    ///< every devices/*.jsonl, sorted by name
  std::vector<DeviceInfo> devices;  ///< sorted by id
};

/// Checks that `folder` is a shared folder, making it one when it holds nothing yet (apart from
/// dot files such as .git, a README or a LICENSE): writes the marker and devices/. Returns true
/// when it was made. A marker of an older format version is rewritten with this one (so that
/// older builds refuse the logs this one writes). Throws Error naming the folder when it holds
/// other files but no marker ("not a genai-quiz sync folder"), when the marker is not
/// genai-quiz's, or when it was made by a newer format version.
bool open_shared_folder(const std::filesystem::path& folder);

/// Reads the complete lines (answers and card events) of every device log and every device's
/// name. A partial last line is left for later; a file whose name is not `<device-id>.jsonl` but
/// begins with a device id (`<id>.sync-conflict-*.jsonl`, `<id> (conflicted copy).jsonl`) is a
/// conflict copy. Files starting with '.' (a sync tool's temporary files) are skipped. Throws
/// Error naming `file:line` of the first line that is not a well-formed answer or card event,
/// and how many more there are.
SharedFolder read_shared_folder(const std::filesystem::path& folder, const TimeParser& parse_time);

/// The path of a device's own log, devices/<device>.jsonl.
std::filesystem::path device_log_path(const std::filesystem::path& folder, const std::string& device);

/// Appends `reviews` and `events` to the device's own log, atomically: the file is rewritten
/// (with write_file_atomically) as its complete lines followed by one line per answer and per
/// event: the answers in the order given, each event (`events` in time order) before the first
/// answer later than it. A partial last line is dropped (only this device writes the file, so
/// what it held is still in the database).
void append_device_log(const std::filesystem::path& folder, const std::string& device,
                       std::span<const ReviewRecord> reviews, std::span<const CardEvent> events,
                       const TimeFormatter& format_time);

/// Writes devices/<device>.json with the device's display name when it is not that already;
/// returns true when it wrote.
bool write_device_name(const std::filesystem::path& folder, const std::string& device, const std::string& name);

}  // namespace genai_quiz
