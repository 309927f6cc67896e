#include <catch2/catch.hpp>
#include <CLI/CLI.hpp>

#include "cli/cli_app.hpp"
#include "cli/command_line_model.hpp"
#include "cli/man_page.hpp"
#include "genai_quiz/cli/commands.hpp"

using namespace genai_quiz;

namespace {

std::string man_page() {
  CliApp cli = build_app();
  return render_man_page(describe_command_line(*cli.app), "9.9.9");
}

// The text of the page from `heading` up to the next heading of the same level or above.
std::string section(const std::string& page, const std::string& heading) {
  std::size_t start = page.find(heading + "\n");
  if (start == std::string::npos) return "";
  std::size_t end = page.find("\n.S", start + heading.size());
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("The manual page has a section for every command of the table with all its options", "[cli]") {
  const std::string page = man_page();
  CliApp cli = build_app();
  REQUIRE_FALSE(commands().empty());
  for (const CommandSpec& spec : commands()) {
    INFO(spec.name);
    const std::string text = section(page, ".SS \"genai\\-quiz " + roff_escape(spec.name) + "\"");
    REQUIRE_FALSE(text.empty());
    CHECK(text.find(roff_escape(spec.summary)) != std::string::npos);
    for (const CLI::Option* opt : cli.app->get_subcommand(spec.name)->get_options()) {
      for (const std::string& name : opt->get_lnames()) {
        INFO(name);
        CHECK(text.find("\\fB\\-\\-" + roff_escape(name) + "\\fR") != std::string::npos);
      }
    }
    // The example of the command's --help is in its section, as typed.
    const std::string footer = cli.app->get_subcommand(spec.name)->get_footer();
    const std::size_t example = footer.find("\n  genai-quiz");
    REQUIRE(example != std::string::npos);
    const std::string first = footer.substr(example + 3, footer.find('\n', example + 1) - example - 3);
    CHECK(text.find(".nf\n" + roff_escape(first) + "\n") != std::string::npos);
    // And in the list of commands of the description.
    CHECK(section(page, ".SH DESCRIPTION").find(".B " + roff_escape(spec.name) + "\n") != std::string::npos);
  }
}

TEST_CASE("The manual page lists the global options, the version and the standard sections", "[cli]") {
  const std::string page = man_page();
  CHECK(page.find(".TH GENAI\\-QUIZ 1 \"\" \"genai\\-quiz 9.9.9\" \"User Commands\"\n") != std::string::npos);
  const std::string global = section(page, ".SH \"GLOBAL OPTIONS\"");
  CliApp cli = build_app();
  for (const CLI::Option* opt : cli.app->get_options()) {
    for (const std::string& name : opt->get_lnames()) {
      INFO(name);
      CHECK(global.find("\\fB\\-\\-" + roff_escape(name) + "\\fR") != std::string::npos);
    }
  }
  for (const char* heading : {".SH NAME\ngenai\\-quiz \\- ", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS",
                              ".SH ENVIRONMENT", ".SH FILES", ".SH \"EXIT STATUS\"", ".SH \"SEE ALSO\""}) {
    CHECK(page.find(heading) != std::string::npos);
  }
}

TEST_CASE("Text is escaped for roff", "[cli]") {
  struct Case {
    const char* text;
    const char* roff;
  } cases[] = {
      {"--deck FILE", "\\-\\-deck FILE"},
      {"a\\b", "a\\eb"},
      {".hidden", "\\&.hidden"},
      {"'quoted' at the start\n.and a dot", "\\&'quoted' at the start\n\\&.and a dot"},
      {"it's fine inside", "it's fine inside"},
  };
  for (const Case& c : cases) CHECK(roff_escape(c.text) == c.roff);
}

TEST_CASE("The command-line model reads value kinds from value names and checks", "[cli]") {
  CLI::App app{"test", "test"};
  std::string s;
  std::vector<std::string> v;
  app.add_option("--deck", v, "")->check(CLI::ExistingFile)->type_name("FILE");
  app.add_option("--dir", s, "")->type_name("DIR");
  app.add_option("-s,--section", v, "")->type_name("SECTION");
  app.add_option("--tag", v, "")->type_name("TAG");
  app.add_option("--color", s, "")->check(CLI::IsMember({"auto", "always", "never"}))->type_name("WHEN");
  app.add_option("--now", s, "")->type_name("TIME");
  app.add_option("notes", s, "")->type_name("NOTES.md")->required();
  app.add_option("setting", s, "")->type_name("SETTING");
  app.add_option("rest", v, "");
  app.add_option("FILE", v, "");
  bool flag = false;
  app.add_flag("--json", flag, "");
  app.add_flag("--secret", flag, "")->group("");
  CommandInfo info = describe_command_line(app);
  struct Case {
    const char* name;
    ValueKind kind;
    const char* value_name;
    bool repeats;
  } cases[] = {
      {"--deck", ValueKind::kFile, "FILE", true},       {"--dir", ValueKind::kDirectory, "DIR", false},
      {"-s", ValueKind::kSection, "SECTION", true},     {"--tag", ValueKind::kTag, "TAG", true},
      {"--color", ValueKind::kChoice, "WHEN", false},
      {"--now", ValueKind::kText, "TIME", false},       {"--json", ValueKind::kNone, "", false},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const OptionInfo* opt = find_option(info, c.name);
    REQUIRE(opt != nullptr);
    CHECK(opt->kind == c.kind);
    CHECK(opt->value_name == c.value_name);
    CHECK(opt->repeats == c.repeats);
  }
  CHECK(find_option(info, "--color")->choices == std::vector<std::string>{"auto", "always", "never"});
  CHECK(find_option(info, "--section") == find_option(info, "-s"));
  CHECK(find_option(info, "--secret") == nullptr);
  REQUIRE(info.positionals.size() == 4);
  CHECK(info.positionals[3].kind == ValueKind::kFile);
  CHECK(info.positionals[3].value_name == "FILE");
  CHECK(info.positionals[0].kind == ValueKind::kFile);
  CHECK(info.positionals[0].required);
  CHECK(info.positionals[1].kind == ValueKind::kSetting);
  CHECK(info.positionals[2].value_name == "REST");  // named by its name rather than CLI11's "TEXT"
  CHECK(info.positionals[2].repeats);
}
