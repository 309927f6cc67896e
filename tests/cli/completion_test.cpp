#include <catch2/catch.hpp>
#include <CLI/CLI.hpp>

#include "cli/cli_app.hpp"
#include "cli/completion.hpp"
#include "genai_quiz/cli/commands.hpp"

using namespace genai_quiz;

namespace {

// A small command line in the shape of genai-quiz's, with sections and settings from fakes.
struct Fixture {
  CLI::App app{"test", "genai-quiz"};
  std::vector<std::string> strings;
  std::string text;
  bool flag = false;
  std::vector<std::vector<std::string>> decks_asked;  // the --deck values each lookup was given

  Fixture() {
    app.add_option("--deck", strings, "Deck file")->type_name("FILE");
    app.add_option("--color", text, "Colour")->check(CLI::IsMember({"auto", "always", "never"}))->type_name("WHEN");
    CLI::App* list = app.add_subcommand("list", "List the sections");
    list->add_option("-s,--section", strings, "Only this section")->type_name("SECTION");
    list->add_option("-t,--tag", strings, "Only this tag")->type_name("TAG");
    list->add_flag("--json", flag, "As JSON");
    list->add_option("--days", text, "How many days:\n  7   a week\n  30  a month")->type_name("N");
    CLI::App* config = app.add_subcommand("config", "Settings");
    config->add_option("setting", text, "The setting")->type_name("SETTING");
    config->add_option("value", strings, "The value")->type_name("VALUE");
    CLI::App* convert = app.add_subcommand("convert", "Convert notes");
    convert->add_option("file", text, "The notes")->type_name("NOTES.md")->required();
    convert->add_option("-o,--output", text, "Output")->type_name("FILE");
  }

  Completion run(std::vector<std::string> words) {
    ValueSource source = [this](ValueKind kind, const std::vector<std::string>& decks) {
      decks_asked.push_back(decks);
      std::vector<Candidate> out;
      if (kind == ValueKind::kSection) {
        out = {{"foundations", "Technical Foundation"}, {"Technical Foundation", "foundations"}, {"llm", "Large"}};
      } else if (kind == ValueKind::kTag) {
        out = {{"attention", "2 cards"}, {"Training", "1 card"}};
      } else if (kind == ValueKind::kSetting) {
        out = {{"scheduling.desired_retention", "R"}, {"scheduling.day_start_hour", "H"}};
      }
      return out;
    };
    return complete(describe_command_line(app), words, source);
  }

  std::vector<std::string> words_for(std::vector<std::string> words) {
    std::vector<std::string> out;
    for (const Candidate& c : run(std::move(words)).candidates) out.push_back(c.word);
    return out;
  }
};

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("Completion offers the commands, options and values that fit the words typed", "[cli]") {
  struct Case {
    Words typed;
    Words offered;
  } cases[] = {
      {{""}, {"list", "config", "convert"}},
      {{"co"}, {"config", "convert"}},
      {{"--"}, {"--help", "--deck", "--color"}},
      {{"--c"}, {"--color"}},
      {{"--color", ""}, {"auto", "always", "never"}},
      {{"--color", "al"}, {"always"}},
      {{"--color=al"}, {"always"}},
      {{"--color=always", "l"}, {"list"}},
      {{"list", "--"}, {"--help", "--section", "--tag", "--json", "--days", "--deck", "--color"}},
      {{"list", "-"}, {"-h", "--help", "-s", "--section", "-t", "--tag", "--json", "--days", "--deck", "--color"}},
      {{"list", "-s", ""}, {"foundations", "Technical Foundation", "llm"}},
      {{"list", "-s", "tech"}, {"Technical Foundation"}},
      {{"list", "--section", "F"}, {"foundations"}},
      {{"list", "--section=l"}, {"llm"}},
      {{"list", "-sfoundations", "--j"}, {"--json"}},
      {{"list", "-t", ""}, {"attention", "Training"}},
      {{"list", "--tag", "tr"}, {"Training"}},
      {{"list", "--days", ""}, {}},
      {{"list", "--days", "-1", ""}, {}},
      {{"config", ""}, {"scheduling.desired_retention", "scheduling.day_start_hour"}},
      {{"config", "d"}, {"desired_retention", "day_start_hour"}},
      {{"config", "sch"}, {"scheduling.desired_retention", "scheduling.day_start_hour"}},
      {{"config", "desired_retention", "0.9", ""}, {}},
      {{"--", ""}, {}},
      {{"list", "--", "-"}, {}},
  };
  for (const Case& c : cases) {
    Fixture f;
    INFO(Catch::Detail::stringify(c.typed));
    const Completion got = f.run(c.typed);
    CHECK(got.kind == Completion::Kind::kWords);
    Words words;
    for (const Candidate& candidate : got.candidates) words.push_back(candidate.word);
    CHECK(words == c.offered);
  }
}

TEST_CASE("Completion leaves file and folder names to the shell", "[cli]") {
  struct Case {
    Words typed;
  } cases[] = {
      {{"--deck", ""}}, {{"--deck", "my"}}, {{"--deck=my"}}, {{"convert", ""}}, {{"convert", "notes.md", "-o", ""}},
      {{"convert", "--output=x"}},
  };
  for (const Case& c : cases) {
    Fixture f;
    INFO(Catch::Detail::stringify(c.typed));
    CHECK(f.run(c.typed).kind == Completion::Kind::kFiles);
  }
}

TEST_CASE("Sections are looked up in the decks typed with --deck so far", "[cli]") {
  Fixture f;
  f.run({"--deck", "a.yaml", "list", "--deck=b.yaml", "-s", "x", "-s", ""});
  REQUIRE(f.decks_asked.size() == 1);
  CHECK(f.decks_asked[0] == Words{"a.yaml", "b.yaml"});
  Fixture none;
  none.run({"list", "-s", ""});
  CHECK(none.decks_asked == std::vector<Words>{{}});
  Fixture unasked;  // values that are not sections or settings are never looked up
  unasked.run({"list", "--days", ""});
  unasked.run({"list", "--"});
  CHECK(unasked.decks_asked.empty());
}

TEST_CASE("Descriptions come with candidates and the answer has one line per candidate", "[cli]") {
  Fixture f;
  Completion c = f.run({"li"});
  REQUIRE(c.candidates.size() == 1);
  CHECK(c.candidates[0] == Candidate{"list", "List the sections"});
  CHECK(format_completion(c) == "words\nlist\tList the sections\n");
  CHECK(format_completion(f.run({"--deck", ""})) == "files\n");
  CHECK(f.run({"list", "--da"}).candidates == std::vector<Candidate>{{"--days", "How many days"}});  // first line
  CHECK(format_completion({Completion::Kind::kWords, {{"a\tb", "line\none"}}}) == "words\na b\tline one\n");
}

TEST_CASE("Every command of the table is offered after the program's name", "[cli]") {
  CliApp cli = build_app();
  const CommandInfo root = describe_command_line(*cli.app);
  const Completion c = complete(root, Words{""}, [](ValueKind, const Words&) { return std::vector<Candidate>{}; });
  Words offered;
  for (const Candidate& candidate : c.candidates) offered.push_back(candidate.word);
  Words table;
  for (const CommandSpec& spec : commands()) table.push_back(spec.name);
  CHECK(offered == table);
}
