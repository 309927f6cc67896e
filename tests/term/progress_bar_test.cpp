#include <catch2/catch.hpp>

#include <cstdio>

#include "genai_quiz/term/progress_bar.hpp"

using namespace genai_quiz;

TEST_CASE("A progress bar draws nothing when its stream is not a terminal", "[term]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  {
    ProgressBar bar(file, "Fitting");
    CHECK_FALSE(bar.enabled());
    bar.update(5, 10);
    bar.update(10, 10);
  }
  CHECK(std::ftell(file) == 0);
  std::fclose(file);
}
