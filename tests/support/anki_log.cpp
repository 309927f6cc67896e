#include "support/anki_log.hpp"

#include <cstdio>
#include <fstream>

#include "support/fixture_files.hpp"
#include "support/time_points.hpp"

namespace genai_quiz::testing {

std::string anki_log_path() { return shared_path("data/revlogs/anki-user-reviews.csv"); }

std::optional<std::vector<ReviewRecord>> load_anki_log() {
  std::ifstream in(anki_log_path());
  if (!in) return std::nullopt;
  std::vector<ReviewRecord> out;
  std::string line;
  std::getline(in, line);  // card_id,review_rating,review_time,review_duration
  while (std::getline(in, line)) {
    // 1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060 (some times have no fraction)
    char card[32];
    int rating = 0, y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, n = 0;
    if (std::sscanf(line.c_str(), "%31[0-9],%d,%d-%d-%dT%d:%d:%d%n", card, &rating, &y, &mo, &d, &h, &mi, &s, &n) != 8) {
      continue;
    }
    const char* rest = line.c_str() + n;
    int micros = 0;
    long long duration = 0;
    if (*rest == '.' && std::sscanf(rest, ".%d+00:00,%lld", &micros, &duration) != 2) continue;
    if (*rest != '.' && std::sscanf(rest, "+00:00,%lld", &duration) != 1) continue;
    ReviewRecord r;
    r.deck_id = "anki";
    r.card_id = card;
    r.time = genai_quiz::test::utc(y, mo, d, h, mi) + std::chrono::seconds(s) + std::chrono::milliseconds(micros / 1000);
    r.rating = static_cast<Rating>(rating);
    r.duration_ms = duration;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace genai_quiz::testing
