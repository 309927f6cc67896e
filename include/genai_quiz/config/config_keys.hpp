#pragma once
// Every key config.yaml accepts, in one table: the parser rejects keys that are not in it, and
// `genai-quiz config` lists and sets exactly these. A new key is a row here plus its reading in
// config_file.cpp; a test reads each row's example through the parser.

#include <span>
#include <string>
#include <string_view>

#include "genai_quiz/config/config_file.hpp"

namespace genai_quiz {

/// How a key's value is written in YAML: one scalar, or a list of scalars.
enum class ValueShape { kScalar, kList };

/// One key of config.yaml.
struct ConfigKey {
  const char* section;  ///< "scheduling"
  const char* name;     ///< "desired_retention"
  ValueShape shape;
  const char* summary;  ///< one line: what it sets and the allowed values
  const char* example;  ///< a valid value other than the default, as YAML, e.g. "0.85"
  std::string (*show)(const Config& config);  ///< the value in `config` as YAML, e.g. "[1m, 10m]"
};

/// Every key, section by section, in the order the documentation lists them.
std::span<const ConfigKey> config_keys();

/// The key's full name, "scheduling.desired_retention".
std::string qualified_name(const ConfigKey& key);

/// The key called `name`, written in full ("scheduling.desired_retention") or bare when only one
/// section has it ("desired_retention"); nullptr when there is none.
const ConfigKey* find_config_key(std::string_view name);

/// The keys of `section` as "a, b, c", for messages that list what is allowed.
std::string key_names(std::string_view section);

/// The sections as "a, b", for messages that list what is allowed.
std::string section_names();

}  // namespace genai_quiz
