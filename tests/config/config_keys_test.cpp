#include <catch2/catch.hpp>

#include <set>

#include "genai_quiz/config/config_keys.hpp"

using namespace genai_quiz;

TEST_CASE("Every key in the table is read from config.yaml by the parser", "[config]") {
  const Config defaults;
  for (const ConfigKey& key : config_keys()) {
    const std::string yaml = std::string(key.section) + ":\n  " + key.name + ": " + key.example + "\n";
    INFO(yaml);
    ConfigParse p = parse_config(yaml, "config.yaml");
    CHECK(p.diagnostics.empty());
    CHECK(key.show(p.config) == key.example);    // examples are written the way `show` writes them
    CHECK(key.show(p.config) != key.show(defaults));  // so the parser really read the key
    CHECK(p.settings == std::vector<KeySetting>{{qualified_name(key), {2, 3}}});
  }
}

TEST_CASE("Keys have unique names and a summary", "[config]") {
  std::set<std::string> names;
  for (const ConfigKey& key : config_keys()) {
    CHECK(names.insert(qualified_name(key)).second);
    CHECK(std::string(key.summary).size() > 10);
  }
}

TEST_CASE("A key is found by its full name or, when only one section has it, its bare name", "[config]") {
  struct Case {
    const char* name;
    const char* found;  // nullptr: none
  } cases[] = {
      {"scheduling.desired_retention", "scheduling.desired_retention"},
      {"desired_retention", "scheduling.desired_retention"},
      {"parameters", "scheduling.parameters"},
      {"scheduling.nope", nullptr},
      {"desired", nullptr},
      {"scheduling", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const ConfigKey* key = find_config_key(c.name);
    if (c.found == nullptr) {
      CHECK(key == nullptr);
    } else {
      REQUIRE(key != nullptr);
      CHECK(qualified_name(*key) == c.found);
    }
  }
}

TEST_CASE("The parser reports where each key is set, in file order", "[config]") {
  ConfigParse p = parse_config("# mine\nscheduling:\n    enable_fuzz: false\n\n    desired_retention: 0.8\n", "c.yaml");
  CHECK(p.settings == std::vector<KeySetting>{{"scheduling.enable_fuzz", {3, 5}},
                                              {"scheduling.desired_retention", {5, 5}}});
}

TEST_CASE("Keys that are not scalars are unknown keys, not a crash", "[config]") {
  ConfigParse p = parse_config("? [a]\n: 1\n", "c.yaml");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].message.find("unknown section") != std::string::npos);
}
