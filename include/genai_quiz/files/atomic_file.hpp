#pragma once
// Writing a whole file so that no one ever sees it half-written, whatever happens meanwhile.

#include <filesystem>
#include <functional>
#include <ostream>

namespace genai_quiz {

/// Writes the file at `path` with what `write` puts into the stream it is given: the bytes go to
/// a temporary file in the same directory, which is flushed to disk (fsync), renamed over `path`
/// and made durable by syncing the directory. A new file gets the usual permissions (0666 less
/// the umask); a replaced file keeps its own. Throws genai_quiz::Error naming `path` and the
/// reason when any step fails (no such directory, no permission, a full disk); the temporary
/// file is then removed and whatever was at `path` before is left untouched. An exception from
/// `write` propagates after the same clean-up.
void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

}  // namespace genai_quiz
