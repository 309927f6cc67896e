#pragma once
// The user's configuration file, $XDG_CONFIG_HOME/genai-quiz/config.yaml (docs/scheduling.md
// lists every key). Every key is optional; a missing file means all defaults.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/diagnostic.hpp"
#include "genai_quiz/core/scheduler_settings.hpp"

namespace genai_quiz {

/// One entry of the `decks:` list: a deck file, a folder (its *.yaml files) or a glob, as written.
struct DeckEntry {
  std::string path;  ///< "~/notes/theory.yaml", "decks/", "~/work/*/deck.yaml"
  SourcePos pos;     ///< where it is written

  bool operator==(const DeckEntry&) const = default;
};

/// The `study:` section: what `study` does when its flags do not say.
struct StudyDefaults {
  int new_per_day = 20;  ///< study.new_per_day, as --new
  int limit = 0;         ///< study.limit, as --limit (0: no limit)
  bool type = false;     ///< study.type, as --type (always type answers)
  int leech_threshold = 8;  ///< study.leech_threshold: lapses that make a card a leech (0: never)

  bool operator==(const StudyDefaults&) const = default;
};

/// The `sync:` section: where `genai-quiz sync` goes, and whether sessions sync by themselves.
struct SyncSettings {
  std::string remote;      ///< a git remote (any URL git takes) or a shared folder; empty when none
  bool auto_sync = false;  ///< `auto`: sync before and after each study or interview session
};

/// Everything config.yaml can set.
struct Config {
  SchedulerSettings scheduling;  ///< the `scheduling:` section
  std::optional<std::int64_t> interview_date;  ///< `scheduling: interview_date:` as a day number
  StudyDefaults study;           ///< the `study:` section
  std::vector<DeckEntry> decks;  ///< the `decks:` list, less its `bundled` entries, in file order
  bool bundled = true;           ///< false when `decks:` has the entry `bundled: false`
  SyncSettings sync;                           ///< the `sync:` section
};

/// A key the file sets, by its full name ("scheduling.desired_retention"), and where.
struct KeySetting {
  std::string key;
  SourcePos pos;  ///< where the key is written

  bool operator==(const KeySetting&) const = default;
};

/// A parsed config file and the problems found in it.
struct ConfigParse {
  Config config;                         ///< defaults where a key is absent or invalid
  std::vector<Diagnostic> diagnostics;   ///< errors name the key, the value and the allowed range
  std::vector<KeySetting> settings;      ///< the known keys the file sets, in file order
};

/// Parses the text of a config file; `file` names it in diagnostics. Unknown keys, wrong types
/// and out-of-range values are errors, all reported at once. The known keys are config_keys().
ConfigParse parse_config(std::string_view yaml_text, const std::string& file);

}  // namespace genai_quiz
