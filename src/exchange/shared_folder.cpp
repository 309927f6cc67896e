#include "genai_quiz/exchange/shared_folder.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/exchange/jsonl_lines.hpp"
#include "genai_quiz/files/read_file.hpp"

namespace genai_quiz {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// The device a file name of devices/ belongs to ("abc.jsonl" -> "abc", and a conflict copy
// "abc.sync-conflict-20250301-101500-XYZ.jsonl" or "abc (conflicted copy).jsonl" -> "abc").
std::string device_of(std::string_view name) {
  std::size_t n = 0;
  while (n < name.size() && id_char(name[n])) ++n;
  return std::string(name.substr(0, n));
}

// Files a new shared folder may already hold: a hosting service's README or LICENSE.
bool may_precede_marker(const std::string& name) {
  return name.starts_with('.') || name.starts_with("README") || name.starts_with("LICENSE");
}

void write_marker(const fs::path& marker) {
  Json j;
  j["format"] = kSyncFormatName;
  j["version"] = kSyncFormatVersion;
  write_file_atomically(marker, [&](std::ostream& out) { out << j.dump(2) << '\n'; });
}

std::vector<fs::directory_entry> entries(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::directory_entry> out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) out.push_back(*it);
  if (ec) throw Error("cannot read the folder " + dir.string() + ": " + ec.message());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  return out;
}

}  // namespace

bool valid_device_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), id_char);
}

bool open_shared_folder(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw Error("cannot sync with " + folder.string() + ": no such folder");
  const fs::path marker = folder / kSyncMarkerFile;
  if (!fs::exists(marker, ec)) {
    for (const fs::directory_entry& e : entries(folder)) {
      if (!may_precede_marker(e.path().filename().string())) {
        throw Error(folder.string() + " is not a genai-quiz sync folder (it has files but no " +
                    std::string(kSyncMarkerFile) + "); give an empty folder or repository, or one a sync made");
      }
    }
    fs::create_directories(folder / "devices", ec);
    if (ec) throw Error("cannot create " + (folder / "devices").string() + ": " + ec.message());
    write_marker(marker);
    return true;
  }
  Json j;
  try {
    j = Json::parse(read_whole_file(marker));
  } catch (const Json::exception&) {
    throw Error(marker.string() + ": not a genai-quiz sync marker (not valid JSON)");
  }
  if (!j.is_object() || !j.contains("format") || j["format"] != kSyncFormatName) {
    throw Error(marker.string() + ": not a genai-quiz sync marker (it has no \"format\": \"" +
                std::string(kSyncFormatName) + "\")");
  }
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<std::int64_t>() < 1) {
    throw Error(marker.string() + ": the version is not a whole number from 1");
  }
  if (j["version"].get<std::int64_t>() > kSyncFormatVersion) {
    throw Error(folder.string() + " was made by a newer genai-quiz: sync format version " + j["version"].dump() +
                ", and this one reads up to " + std::to_string(kSyncFormatVersion) + "; upgrade genai-quiz to sync");
  }
  // Every build that writes this version writes the same text, so two devices upgrading the
  // marker at once change it alike.
  if (j["version"].get<std::int64_t>() < kSyncFormatVersion) write_marker(marker);
  fs::create_directories(folder / "devices", ec);
  if (ec) throw Error("cannot create " + (folder / "devices").string() + ": " + ec.message());
  return false;
}

SharedFolder read_shared_folder(const fs::path& folder, const TimeParser& parse_time) {
  SharedFolder out;
  std::map<std::string, std::string> names;
  std::vector<Diagnostic> problems;
  std::error_code ec;
  const fs::path dir = folder / "devices";
  if (!fs::is_directory(dir, ec)) return out;
  for (const fs::directory_entry& e : entries(dir)) {
    const std::string name = e.path().filename().string();
    const std::string device = device_of(name);
    if (name.starts_with('.') || device.empty() || !e.is_regular_file(ec)) continue;
    if (name == device + ".json") {
      try {
        Json j = Json::parse(read_whole_file(e.path()));
        names[device] = j.is_object() && j.contains("name") && j["name"].is_string() ? j["name"].get<std::string>() : "";
      } catch (const Json::exception&) {
        names[device];  // a name file still arriving: the name comes later
      }
      continue;
    }
    if (!name.ends_with(".jsonl")) continue;
    DeviceFile file;
    file.device = device;
    file.path = e.path();
    file.copy = name != device + ".jsonl";
    const std::string text = read_whole_file(e.path());
    const CompleteLines lines = complete_lines(text);
    file.partial_bytes = text.size() - lines.consumed;
    // Line numbers count every line, blank ones too.
    int line_number = 0;
    std::size_t counted_to = 0;
    for (std::string_view line : lines.lines) {
      const std::size_t at = static_cast<std::size_t>(line.data() - text.data());
      line_number += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                                 text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
      counted_to = text.find('\n', at + line.size()) + 1;
      LogLineRead r = read_log_line(line, e.path().string(), line_number, parse_time);
      if (r.review) {
        file.reviews.push_back(std::move(*r.review));
      } else if (r.event) {
        file.events.push_back(std::move(*r.event));
      } else {
        problems.push_back(std::move(r.problem));
      }
    }
    names[device];
    out.files.push_back(std::move(file));
  }
  if (!problems.empty()) {
    std::string message = format_diagnostic(problems.front());
    if (problems.size() > 1) message += " (and " + std::to_string(problems.size() - 1) + " more such lines)";
    throw Error(message);
  }
  for (auto& [id, name] : names) out.devices.push_back({id, name});
  return out;
}

fs::path device_log_path(const fs::path& folder, const std::string& device) {
  return folder / "devices" / (device + ".jsonl");
}

void append_device_log(const fs::path& folder, const std::string& device, std::span<const ReviewRecord> reviews,
                       std::span<const CardEvent> events, const TimeFormatter& format_time) {
  if (reviews.empty() && events.empty()) return;
  const fs::path path = device_log_path(folder, device);
  std::error_code ec;
  std::string text = fs::exists(path, ec) ? read_whole_file(path) : std::string();
  text.resize(complete_lines(text).consumed);
  write_file_atomically(path, [&](std::ostream& out) {
    out << text;
    // Each event goes before the first answer later than it, so a log reads roughly in time order.
    std::size_t e = 0;
    for (const ReviewRecord& r : reviews) {
      for (; e < events.size() && events[e].time < r.time; ++e) out << event_line(events[e], format_time) << '\n';
      out << review_line(r, format_time) << '\n';
    }
    for (; e < events.size(); ++e) out << event_line(events[e], format_time) << '\n';
  });
}

bool write_device_name(const fs::path& folder, const std::string& device, const std::string& name) {
  const fs::path path = folder / "devices" / (device + ".json");
  Json j;
  j["name"] = name;
  const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  std::error_code ec;
  if (fs::exists(path, ec)) {
    try {
      if (read_whole_file(path) == text) return false;
    } catch (const Error&) {
    }
  }
  write_file_atomically(path, [&](std::ostream& out) { out << text; });
  return true;
}

}  // namespace genai_quiz
