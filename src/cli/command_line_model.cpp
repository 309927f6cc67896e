#include "cli/command_line_model.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>

namespace genai_quiz {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// "{auto,always,never}" from an IsMember check; "{a->b,...}" from a transformer.
std::vector<std::string> choices_of(const std::string& part) {
  std::vector<std::string> out;
  if (part.size() < 2 || part.front() != '{' || part.back() != '}') return out;
  for (std::string choice : split(part.substr(1, part.size() - 2), ',')) {
    choice = choice.substr(0, choice.find("->"));
    if (!choice.empty()) out.push_back(choice);
  }
  return out;
}

// Reads the value name and the descriptions CLI11 appends to it ("FILE:FILE", "WHEN:{a,b}"). A
// positional left with CLI11's default value name is named by its own name ("FILE").
void read_value(const CLI::Option& opt, OptionInfo& info) {
  std::vector<std::string> parts = split(opt.get_type_name(), ':');
  info.value_name = parts.front();
  if (!opt.nonpositional() && (info.value_name == "TEXT" || info.value_name.empty())) {
    info.value_name.clear();
    parts.push_back(opt.get_name(true));
  }
  info.kind = ValueKind::kText;
  for (const std::string& part : parts) {
    if (part == "FILE" || part == "PATH" || (part.find('.') != std::string::npos && part.front() != '{')) {
      info.kind = ValueKind::kFile;
    } else if (part == "DIR" || part == "DIRECTORY") {
      info.kind = ValueKind::kDirectory;
    }
  }
  if (info.value_name == "SECTION") info.kind = ValueKind::kSection;
  if (info.value_name == "TAG") info.kind = ValueKind::kTag;
  if (info.value_name == "DECK") info.kind = ValueKind::kDeck;
  if (info.value_name == "CARD") info.kind = ValueKind::kCard;
  if (info.value_name == "SETTING") info.kind = ValueKind::kSetting;
  for (const std::string& part : parts) {
    if (std::vector<std::string> choices = choices_of(part); !choices.empty()) {
      info.kind = ValueKind::kChoice;
      info.choices = choices;
    }
  }
  if (info.value_name.empty()) {  // a positional without a type name: its name in capitals
    for (char c : opt.get_name(true)) info.value_name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
}

OptionInfo describe_option(const CLI::Option& opt) {
  OptionInfo info;
  for (const std::string& s : opt.get_snames()) info.names.push_back("-" + s);
  for (const std::string& l : opt.get_lnames()) info.names.push_back("--" + l);
  info.description = opt.get_description();
  info.required = opt.get_required();
  if (opt.get_expected_max() > 0) {  // not a flag
    read_value(opt, info);
    info.repeats = opt.get_expected_max() > 1;
  }
  return info;
}

void add_options(const CLI::App& app, CommandInfo& info) {
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    if (opt->nonpositional()) {
      info.options.push_back(describe_option(*opt));
    } else {
      info.positionals.push_back(describe_option(*opt));
    }
  }
  // Option groups are nameless subcommands whose options belong to `app`.
  for (const CLI::App* group : app.get_subcommands([](const CLI::App* a) { return a->get_name().empty(); })) {
    add_options(*group, info);
  }
}

}  // namespace

CommandInfo describe_command_line(const CLI::App& app) {
  CommandInfo info;
  info.name = app.get_name();
  info.description = app.get_description();
  info.footer = app.get_footer();
  add_options(app, info);
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* a) { return !a->get_name().empty(); })) {
    if (sub->get_group().empty()) continue;  // hidden
    info.subcommands.push_back(describe_command_line(*sub));
  }
  return info;
}

const CommandInfo* find_subcommand(const CommandInfo& command, std::string_view name) {
  for (const CommandInfo& sub : command.subcommands) {
    if (sub.name == name) return &sub;
  }
  return nullptr;
}

const OptionInfo* find_option(const CommandInfo& command, std::string_view name) {
  for (const OptionInfo& opt : command.options) {
    if (std::find(opt.names.begin(), opt.names.end(), name) != opt.names.end()) return &opt;
  }
  return nullptr;
}

}  // namespace genai_quiz
