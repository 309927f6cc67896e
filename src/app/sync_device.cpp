#include "genai_quiz/app/sync_device.hpp"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/exchange/shared_folder.hpp"
#include "genai_quiz/files/atomic_file.hpp"
#include "genai_quiz/files/read_file.hpp"

namespace genai_quiz {
namespace {

using Json = nlohmann::ordered_json;

std::filesystem::path file_in(const std::filesystem::path& dir) { return dir / "sync-device.json"; }

std::string new_device_id() {
  std::random_device random;
  std::string id;
  for (int i = 0; i < 16; ++i) id += "0123456789abcdef"[random() % 16];
  return id;
}

std::string host_name() {
  char name[HOST_NAME_MAX + 1] = {};
  if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "this device";
  return name;
}

}  // namespace

SyncDevice load_sync_device(const std::filesystem::path& dir) {
  const std::filesystem::path path = file_in(dir);
  const std::optional<std::string> text = read_file_if_exists(path);
  if (!text) {
    SyncDevice device{new_device_id(), host_name(), std::nullopt, ""};
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    save_sync_device(dir, device);
    return device;
  }
  SyncDevice device;
  try {
    Json j = Json::parse(*text);
    device.id = j.at("id").get<std::string>();
    device.name = j.value("name", "");
    device.last_remote = j.value("last_remote", "");
    if (j.contains("last_sync") && j["last_sync"].is_string()) device.last_sync = parse_offset_time(j["last_sync"].get<std::string>());
  } catch (const Json::exception&) {
    throw Error(path.string() + ": not a sync device file (delete it to start as a new device)");
  }
  if (!valid_device_id(device.id)) throw Error(path.string() + ": '" + device.id + "' is not a device id");
  return device;
}

void save_sync_device(const std::filesystem::path& dir, const SyncDevice& device) {
  Json j;
  j["id"] = device.id;
  j["name"] = device.name;
  if (device.last_sync) j["last_sync"] = local_iso_time(*device.last_sync);
  if (!device.last_remote.empty()) j["last_remote"] = device.last_remote;
  write_file_atomically(file_in(dir), [&](std::ostream& out) {
    out << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  });
}

}  // namespace genai_quiz
