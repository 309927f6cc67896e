#include <catch2/catch.hpp>

#include "genai_quiz/core/diagnostic.hpp"

using namespace genai_quiz;

TEST_CASE("A diagnostic prints as file:line:col: severity: message", "[core]") {
  struct Case {
    Diagnostic d;
    const char* expected;
  } cases[] = {
      {{"deck.yaml", {3, 7}, Severity::kError, "duplicate card id 'x'"},
       "deck.yaml:3:7: error: duplicate card id 'x'"},
      {{"deck.yaml", {12, 0}, Severity::kWarning, "unknown key"}, "deck.yaml:12: warning: unknown key"},
      {{"deck.yaml", {}, Severity::kError, "empty file"}, "deck.yaml: error: empty file"},
  };
  for (const Case& c : cases) CHECK(format_diagnostic(c.d) == c.expected);
}

TEST_CASE("Errors and warnings are counted apart", "[core]") {
  std::vector<Diagnostic> ds = {{"f", {}, Severity::kWarning, "w"}, {"f", {}, Severity::kError, "e"},
                                {"f", {}, Severity::kWarning, "w2"}};
  CHECK(has_errors(ds));
  CHECK(count_severity(ds, Severity::kWarning) == 2);
  ds.erase(ds.begin() + 1);
  CHECK_FALSE(has_errors(ds));
}
