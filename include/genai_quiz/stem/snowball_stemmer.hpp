#pragma once
// Stemming with Snowball (libstemmer), the stemmers of Lucene, Xapian and PostgreSQL's full-text
// search: "updates", "updated" and "updating" all become "updat".

#include <memory>
#include <string>
#include <string_view>

#include "genai_quiz/core/key_point_matcher.hpp"

struct sb_stemmer;

namespace genai_quiz {

/// One Snowball stemmer. Not safe to share between threads.
class SnowballStemmer {
 public:
  /// A stemmer for `language` ("english", "porter", "french", ...). Throws Error when libstemmer
  /// has no such algorithm.
  explicit SnowballStemmer(const std::string& language = "english");

  /// The stem of a lower-case UTF-8 word; the word itself when stemming fails.
  std::string stem(std::string_view word);

 private:
  struct Free {
    void operator()(sb_stemmer* s) const;
  };
  std::unique_ptr<sb_stemmer, Free> stemmer_;
};

/// A Stemmer for KeyPointMatcher backed by its own English Snowball stemmer.
Stemmer english_stemmer();

}  // namespace genai_quiz
