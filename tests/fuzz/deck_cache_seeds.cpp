// Writes the seed corpus of fuzz_deck_cache: for each deck file given, the body of the cache file
// (without its checksum) holding load_deck's result, made for the target's key.
//   deck_cache_seeds OUT_DIR DECK.yaml...

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "deck_cache_key.hpp"

int main(int argc, char** argv) {
  using namespace genai_quiz;
  if (argc < 3) {
    std::cerr << "usage: deck_cache_seeds OUT_DIR DECK.yaml...\n";
    return 2;
  }
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string file = encode_deck_cache(fuzz::deck_cache_key(), load_deck(text.str(), "fuzz.yaml"));
    const std::string name = std::string(argv[i]).substr(std::string(argv[i]).find_last_of('/') + 1);
    std::ofstream(std::string(argv[1]) + "/" + name + ".cache", std::ios::binary) << file.substr(0, file.size() - 32);
  }
  return 0;
}
