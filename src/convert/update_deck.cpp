#include "genai_quiz/convert/update_deck.hpp"

#include <map>
#include <set>

namespace genai_quiz {
namespace {

// The question without surrounding whitespace, to match questions edited only there.
std::string question_key(const std::string& question) {
  std::size_t a = question.find_first_not_of(" \t\n");
  std::size_t b = question.find_last_not_of(" \t\n");
  return a == std::string::npos ? std::string() : question.substr(a, b - a + 1);
}

}  // namespace

DeckUpdate update_deck(Deck converted, const Deck& existing) {
  DeckUpdate update;
  std::map<std::string, const Card*> by_id;
  std::map<std::string, const Card*> by_question;
  for (const Section& s : existing.sections) {
    for (const Card& c : s.cards) {
      by_id.emplace(c.id, &c);
      by_question.emplace(question_key(c.question), &c);
    }
  }
  std::set<const Card*> matched;
  std::set<std::string> taken;  // the ids of matched cards, which must not change
  std::vector<Card*> fresh;     // the cards new in the document
  for (Section& s : converted.sections) {
    for (Card& c : s.cards) {
      const Card* old = nullptr;
      if (auto it = by_question.find(question_key(c.question)); it != by_question.end() && matched.count(it->second) == 0) {
        old = it->second;
      } else if (auto id = by_id.find(c.id); id != by_id.end() && matched.count(id->second) == 0 &&
                                             by_question.count(question_key(c.question)) == 0) {
        old = id->second;
      }
      if (old == nullptr) {
        fresh.push_back(&c);
        continue;
      }
      matched.insert(old);
      c.id = old->id;
      c.explicit_id = true;
      c.key_points = old->key_points;
      if (!old->tags.empty()) c.tags = old->tags;
      if (c.source.empty()) c.source = old->source;
      taken.insert(c.id);
      ++update.kept;
    }
  }
  for (Card* c : fresh) {
    std::string id = c->id;
    for (int n = 2; taken.count(id) != 0 || (by_id.count(id) != 0 && matched.count(by_id[id]) == 0); ++n) {
      id = c->id + "-" + std::to_string(n);
    }
    c->id = id;
    taken.insert(id);
    ++update.added;
  }
  for (const Section& s : existing.sections) {
    for (const Card& c : s.cards) {
      if (matched.count(&c) == 0) update.removed.push_back({c.id, c.question.substr(0, c.question.find('\n'))});
    }
  }
  converted.id = existing.id;
  update.deck = std::move(converted);
  return update;
}

}  // namespace genai_quiz
