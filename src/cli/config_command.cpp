// genai-quiz config [SETTING [VALUE...]]: the effective settings and where each comes from, one
// setting's value, or a new value saved in config.yaml.

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>

#include "cli/cli_app.hpp"
#include "cli/command_setups.hpp"
#include "cli/scheduler_flags.hpp"
#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/progress_db.hpp"
#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/config/config_set.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/suggest.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/term/table.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

struct ConfigOptions {
  std::string key;
  std::vector<std::string> value;
  SchedulerFlags flags;
};

std::string all_key_names() {
  std::string out;
  for (const ConfigKey& k : config_keys()) out.append(out.empty() ? "" : ", ").append(qualified_name(k));
  return out;
}

const ConfigKey& key_named(const std::string& name) {
  if (const ConfigKey* key = find_config_key(name)) return *key;
  std::vector<std::string> names;  // full and bare names, either may be misspelt
  for (const ConfigKey& k : config_keys()) {
    names.push_back(qualified_name(k));
    names.push_back(k.name);
  }
  const std::vector<std::string_view> views(names.begin(), names.end());
  const std::string guess = did_you_mean(name, views);
  throw UsageError(fmt::format("unknown setting '{}'{} (known: {})", name,
                               guess.empty() ? "" : fmt::format("; did you mean '{}'?", guess), all_key_names()));
}

std::string listing(const std::vector<Diagnostic>& problems) {
  std::string out;
  for (const Diagnostic& d : problems) out.append("\n").append(format_diagnostic(d));
  return out;
}

// The parsed config file, or an Error listing its problems.
ConfigParse read_valid(const std::string& path, const std::optional<std::string>& text) {
  if (!text) return {};
  ConfigParse parsed = parse_config(*text, path);
  if (has_errors(parsed.diagnostics)) {
    throw Error("invalid configuration file " + path + ":" + listing(parsed.diagnostics) +
                "\nfix it, by hand or with 'genai-quiz config SETTING VALUE'");
  }
  return parsed;
}

struct Row {
  std::string key;
  std::string origin;
  std::string value;
};

int show(const ConfigOptions& o, const GlobalOptions& global) {
  const std::string path = config_file_path();
  const std::optional<std::string> text = read_config_text(path);
  const ConfigParse parsed = read_valid(path, text);
  Config effective = parsed.config;
  effective.scheduling = apply_scheduler_flags(effective.scheduling, o.flags);
  if (!o.key.empty()) {
    std::puts(key_named(o.key).show(effective).c_str());
    return kExitOk;
  }
  const std::vector<FlaggedKey> flagged = flagged_keys(o.flags);
  std::vector<Row> rows;
  for (const ConfigKey& key : config_keys()) {
    Row row{qualified_name(key), "default", key.show(effective)};
    for (const KeySetting& s : parsed.settings) {
      if (s.key == row.key) row.origin = fmt::format("config file, line {}", s.pos.line);
    }
    for (const FlaggedKey& f : flagged) {
      if ("scheduling." + f.key == row.key) row.origin = "flag " + f.flag;
    }
    rows.push_back(row);
  }
  std::size_t key_width = 0, origin_width = 0;
  for (const Row& r : rows) {
    key_width = std::max(key_width, r.key.size());
    origin_width = std::max(origin_width, r.origin.size());
  }
  const DataDirectory data = locate_data_directory(global);
  std::vector<std::string> decks;
  if (!global.decks.empty()) {
    decks.push_back(fmt::format("{} (flag {})", fmt::join(global.decks, ", "), kDeckOption));
  } else {
    decks.push_back(parsed.config.bundled ? "the bundled deck (default)" : "the bundled deck: left out (config file)");
    const std::filesystem::path folder = decks_folder(global);
    const std::size_t files = deck_files_in(folder).size();
    decks.push_back(fmt::format("{}/ (decks folder, {} deck{})", folder.string(), files, files == 1 ? "" : "s"));
    for (const DeckEntry& entry : parsed.config.decks) {
      decks.push_back(fmt::format("{} (config file, line {})", entry.path, entry.pos.line));
    }
  }
  const int width = report_width();
  std::string out = render_fields(
      {{"config file", {path + (text ? "" : " (not created yet: every value is a default)")}},
       {"progress", {fmt::format("{} ({})", (data.path / "progress.db").string(), data.source)}},
       {"decks", decks}},
      width);
  out += '\n';
  // Each setting: its name and where its value comes from in two columns, then the value.
  std::vector<Field> settings;
  for (const Row& r : rows) {
    settings.push_back({fmt::format("{:<{}}  {:<{}}", r.key, key_width, r.origin, origin_width), {r.value}});
  }
  out += render_fields(settings, width, 16);
  write_text(stdout, out);
  return kExitOk;
}

int set(const ConfigOptions& o) {
  const ConfigKey& key = key_named(o.key);
  if (!flagged_keys(o.flags).empty()) {
    throw UsageError("scheduling flags only change what 'genai-quiz config' shows; to save a value, give SETTING VALUE");
  }
  std::string typed;
  for (const std::string& word : o.value) typed.append(typed.empty() ? "" : " ").append(word);
  const std::string yaml = value_to_yaml(key, typed);

  // The value on its own first, so that a bad value is reported as the usage error it is.
  ConfigEdit alone = set_config_value("", key, yaml, "");
  if (!alone.ok()) {
    std::string message = alone.problems.front().message;
    const std::string bare = std::string(key.name) + ": ";
    if (message.rfind(bare, 0) == 0) message.erase(0, bare.size());
    throw UsageError(qualified_name(key) + ": " + message);
  }

  const std::string path = config_file_path();
  const std::optional<std::string> text = read_config_text(path);
  ConfigEdit edit = set_config_value(text.value_or(""), key, yaml, path);
  if (!edit.ok()) throw Error("cannot set " + qualified_name(key) + " in " + path + ":" + listing(edit.problems));
  write_config_text(path, edit.text);
  ConfigParse saved = parse_config(edit.text, path);
  std::string out = fmt::format("{} = {} (saved in {})\n", qualified_name(key), key.show(saved.config), path);
  write_text(stdout, out);
  if (!edit.layout_kept) {
    write_text(stderr, "genai-quiz: note: " + path + " was written anew from its settings; its comments were not kept\n");
  }
  if (has_errors(saved.diagnostics)) {
    write_text(stderr, "genai-quiz: warning: " + path + " still has errors:" + listing(saved.diagnostics) + "\n");
  }
  return kExitOk;
}

}  // namespace

Runner setup_config(CLI::App& sub, const GlobalOptions& global) {
  auto o = std::make_shared<ConfigOptions>();
  sub.add_option("setting", o->key, "Show or set only this setting, e.g. scheduling.desired_retention (or desired_retention)")
      ->type_name("SETTING");
  sub.add_option("value", o->value,
                 "Save this value in config.yaml; a list takes several words ('1m 10m') or 'none'")
      ->type_name("VALUE");
  add_scheduler_flags(sub, o->flags);
  sub.footer(
      "Without SETTING, the files in use are listed, then every setting with where its value comes\n"
      "from: the default, the config file (with its line) or a flag given here. Setting a value\n"
      "edits its line in place, keeping the file's comments and order, and refuses a value the\n"
      "scheduler would not accept.\n\n"
      "Example:\n"
      "  genai-quiz config\n"
      "  genai-quiz config desired_retention 0.85\n"
      "  genai-quiz config scheduling.learning_steps 1m 10m 1h\n"
      "  genai-quiz config --max-interval 365");
  return [o, &global] { return o->value.empty() ? show(*o, global) : set(*o); };
}

}  // namespace genai_quiz
