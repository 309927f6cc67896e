#include "cli/usage_errors.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <regex>
#include <vector>

#include "genai_quiz/core/typo.hpp"

namespace genai_quiz {
namespace {

// What a value of each type name looks like, for "'five' is not a whole number (N)".
std::optional<std::string> describe_type(const std::string& type_name) {
  struct Kind {
    const char* type;
    const char* description;
  };
  static constexpr Kind kKinds[] = {
      {"N", "a whole number"},           {"DAYS", "a whole number of days"},
      {"HOUR", "an hour from 0 to 23"},  {"MINUTES", "a number of minutes"},
      {"R", "a number such as 0.9"},     {"STEP", "a duration such as 10m, 1h or 1d"},
      {"TIME", "an ISO 8601 time such as 2025-03-01T09:30"},
      {"DATE", "a date such as 2025-06-30"},
  };
  const std::string base = type_name.substr(0, type_name.find(':'));
  for (const Kind& k : kKinds) {
    if (base == k.type) return k.description;
  }
  return std::nullopt;
}

std::string base_type(const std::string& type_name) { return type_name.substr(0, type_name.find(':')); }

// "The file to import" → "the file to import": a description that goes after a colon.
std::string lower_first(std::string text) {
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z')) text[0] += 'a' - 'A';
  return text;
}

// The innermost command that was being parsed when the error came ("" for the global options).
const CLI::App* innermost_command(const CLI::App& app) {
  const CLI::App* at = &app;
  for (;;) {
    std::vector<CLI::App*> parsed = at->get_subcommands();
    if (parsed.empty()) return at;
    at = parsed.back();
  }
}

// "study: ", "deck list: ", or "" for the program itself.
std::string command_prefix(const CLI::App& app) {
  std::string path;
  for (const CLI::App* at = &app; at->get_parent() != nullptr; at = at->get_parent()) {
    path = at->get_name() + (path.empty() ? "" : " " + path);
  }
  return path.empty() ? "" : path + ": ";
}

// Every option name that may be typed to `app`: its own and the global ones it falls through to.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* at = &app; at != nullptr; at = at->get_parent()) {
    for (const CLI::Option* opt : at->get_options()) {
      for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
      for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
    }
  }
  return names;
}

const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::App* at = &app; at != nullptr; at = at->get_parent()) {
    for (const CLI::Option* opt : at->get_options()) {
      if (opt->check_name(name)) return opt;
    }
  }
  return nullptr;
}

std::string did_you_mean(const std::string& word, std::span<const std::string> names) {
  std::optional<std::string> near = closest_name(word, names);
  return near ? fmt::format("; did you mean '{}'?", *near) : "";
}

// `message` is CLI11's "The following arguments were not expected: 5 --lmit", which lists the
// words last first.
std::string explain_extras(const CLI::App& command, const std::string& message) {
  std::vector<std::string> extras;
  const std::size_t colon = message.find(": ");
  for (std::size_t at = colon == std::string::npos ? message.size() : colon + 2; at < message.size();) {
    std::size_t end = std::min(message.find(' ', at), message.size());
    if (end > at) extras.insert(extras.begin(), message.substr(at, end - at));
    at = end + 1;
  }
  if (extras.empty()) return command_prefix(command) + message;
  const std::vector<std::string> names = option_names(command);
  for (const std::string& extra : extras) {
    if (extra.size() < 2 || extra[0] != '-') continue;
    std::string name = extra.substr(0, extra.find('='));
    return fmt::format("{}unknown option '{}'{}", command_prefix(command), name, did_you_mean(name, names));
  }
  const std::string what = command.get_parent() == nullptr ? "genai-quiz" : "'" + command.get_name() + "'";
  return fmt::format("{}unexpected argument '{}' ({} takes {})", command_prefix(command), extras.front(), what,
                     command.get_options([](const CLI::Option* o) { return o->get_positional(); }).empty()
                         ? "no arguments"
                         : "fewer arguments");
}

}  // namespace

std::string command_overview(const CLI::App& app) {
  std::string path;  // "deck " for a command's own commands
  for (const CLI::App* at = &app; at->get_parent() != nullptr; at = at->get_parent()) path = at->get_name() + " " + path;
  std::string out = path.empty() ?
      "usage: genai-quiz [--deck FILE] [--data-dir DIR] [--now TIME] [--color WHEN] COMMAND [ARGS]\n\nCommands:\n" :
      "usage: genai-quiz " + path + "COMMAND [ARGS]\n\n" + app.get_description() + ". Commands:\n";
  std::size_t width = 0;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    width = std::max(width, sub->get_name().size());
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    out += fmt::format("  {:<{}}  {}\n", sub->get_name(), width, sub->get_description());
  }
  out += path.empty() ?
      "\nRun 'genai-quiz help COMMAND' (or 'genai-quiz COMMAND --help') for a command's options and an example.\n" :
      "\nRun 'genai-quiz help " + path + "COMMAND' for a command's options and an example.\n";
  return out;
}

std::vector<std::string> command_path(const CLI::App& app, std::span<const std::string> args) {
  std::vector<std::string> path;
  const CLI::App* at = &app;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg.find('=') != std::string::npos) continue;
      const CLI::Option* opt = find_option(*at, arg);
      if (opt == nullptr && arg.rfind("--", 0) == 0) {
        // A misspelt option ("--dek a.yaml") most likely takes a value when the option meant does.
        const std::vector<std::string> names = option_names(*at);
        if (std::optional<std::string> near = closest_name(arg, names)) opt = find_option(*at, *near);
      }
      if (opt != nullptr && opt->get_items_expected_min() > 0) ++i;  // its value
      continue;
    }
    if (at->get_subcommands([](const CLI::App* a) { return !a->get_name().empty(); }).empty()) break;
    path.push_back(arg);
    const CLI::App* sub = nullptr;
    for (const CLI::App* s : at->get_subcommands([](const CLI::App*) { return true; })) {
      if (s->check_name(arg)) sub = s;
    }
    if (sub == nullptr) break;  // an unknown command: the last word of the path
    at = sub;
  }
  return path;
}

std::optional<std::string> unknown_command_in(const CLI::App& app, std::span<const std::string> path) {
  const CLI::App* at = &app;
  std::string parents;  // "deck"
  for (const std::string& word : path) {
    if (std::optional<std::string> unknown = unknown_command_message(*at, word)) {
      return (parents.empty() ? "" : parents + ": ") + *unknown + "\nRun 'genai-quiz help" +
             (parents.empty() ? "" : " " + parents) + "' for the list of commands.";
    }
    at = at->get_subcommand(word);
    parents += (parents.empty() ? "" : " ") + word;
  }
  return std::nullopt;
}

const CLI::App* command_missing_subcommand(const CLI::App& app, const CLI::ParseError& error) {
  if (std::string(error.what()).find("A subcommand") == std::string::npos) return nullptr;
  const CLI::App* at = innermost_command(app);
  const auto named = at->get_subcommands([](const CLI::App* a) { return !a->get_name().empty(); });
  return named.empty() ? nullptr : at;
}

std::optional<std::string> unknown_command_message(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->check_name(word)) return std::nullopt;
    names.push_back(sub->get_name());
  }
  return fmt::format("unknown command '{}'{}", word, did_you_mean(word, names));
}

std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error) {
  const CLI::App& command = *innermost_command(app);
  const std::string message = error.what();
  std::smatch m;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) return explain_extras(command, message);
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr && std::regex_match(message, m, std::regex("Could not convert: (\\S+) = (.*)"))) {
    const CLI::Option* opt = find_option(command, m[1].str());
    const std::string type = opt != nullptr ? opt->get_type_name() : "VALUE";
    if (opt != nullptr && opt->get_expected_max() == 0) {
      return fmt::format("{} is a switch and takes no value: write '{}' alone, not '{}={}'", m[1].str(), m[1].str(),
                         m[1].str(), m[2].str());
    }
    return fmt::format("{}: '{}' is not {} ({})", m[1].str(), m[2].str(),
                       describe_type(type).value_or("a valid " + base_type(type)), base_type(type));
  }
  if (std::regex_match(message, m, std::regex("(\\S+): (.*) not in \\{(.*)\\}"))) {
    std::vector<std::string> choices;
    const std::string list = m[3].str();
    for (std::size_t start = 0; start <= list.size();) {
      std::size_t end = std::min(list.find(',', start), list.size());
      choices.push_back(list.substr(start, end - start));
      start = end + 1;
    }
    std::string allowed;
    for (const std::string& c : choices) allowed += (allowed.empty() ? "" : ", ") + c;
    return fmt::format("{}: '{}' is not one of {}{}", m[1].str(), m[2].str(), allowed,
                       did_you_mean(m[2].str(), choices));
  }
  if (std::regex_match(message, m, std::regex("(\\S+): At Most 1 required but received (\\d+)"))) {
    return fmt::format("{}: given {} times, but it takes one value: give it once", m[1].str(), m[2].str());
  }
  if (std::regex_match(message, m, std::regex("(\\S+) is required"))) {
    for (const CLI::Option* opt : command.get_options([](const CLI::Option* o) { return o->get_positional(); })) {
      const std::string name = base_type(opt->get_type_name()).empty() ? opt->get_name() : base_type(opt->get_type_name());
      if (name != m[1].str() && opt->get_name() != m[1].str()) continue;
      return fmt::format("{}{} is missing: {}", command_prefix(command), name, lower_first(opt->get_description()));
    }
  }
  if (std::regex_match(message, m, std::regex("(\\S+): \\d+ required (\\S+) missing"))) {
    const std::string type = m[2].str();
    std::optional<std::string> what = describe_type(type);
    return what ? fmt::format("{} needs a value: {} ({})", m[1].str(), *what, base_type(type))
                : fmt::format("{} needs a value ({})", m[1].str(), base_type(type));
  }
  return command_prefix(command) + message;
}

}  // namespace genai_quiz
