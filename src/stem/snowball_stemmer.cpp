#include "genai_quiz/stem/snowball_stemmer.hpp"

#include <libstemmer.h>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

void SnowballStemmer::Free::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

SnowballStemmer::SnowballStemmer(const std::string& language)
    : stemmer_(sb_stemmer_new(language.c_str(), "UTF_8")) {
  if (!stemmer_) throw Error("no Snowball stemmer for the language '" + language + "'");
}

std::string SnowballStemmer::stem(std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
}

Stemmer english_stemmer() {
  auto stemmer = std::make_shared<SnowballStemmer>("english");
  return [stemmer](std::string_view word) { return stemmer->stem(word); };
}

}  // namespace genai_quiz
