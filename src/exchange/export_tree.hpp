#pragma once
// The JSON document of an export, shared by the JSON and YAML writers and the importer
// (private to the exchange layer).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "genai_quiz/core/scheduler_settings.hpp"
#include "genai_quiz/exchange/export_writer.hpp"

namespace genai_quiz::exchange {

using Json = nlohmann::ordered_json;

/// The whole export as one document: format, version, exported_at, settings, cards and, when
/// present, reviews.
Json export_tree(const ExportData& data);

/// One answer as the export's review record (`repeat` and `coverage` only when there is one).
Json review_json(const ReviewRecord& r, const TimeFormatter& format_time);

/// One card event as the export's event record: deck, card, kind and time.
Json event_json(const CardEvent& e, const TimeFormatter& format_time);

/// The settings under the keys of config.yaml's `scheduling:` section.
Json settings_to_json(const SchedulerSettings& settings);

/// The settings a `settings` object describes, or nothing (with `error` set) when a key is
/// unknown or a value has the wrong type or is out of range.
std::optional<SchedulerSettings> settings_from_json(const Json& json, std::string& error);

/// Writes `tree` as YAML: strings double-quoted, so that no text is taken for a number.
void write_yaml_tree(std::ostream& out, const Json& tree);

}  // namespace genai_quiz::exchange
