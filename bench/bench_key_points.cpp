// Times KeyPointMatcher::check with the English Snowball stemmer: how long a typed answer takes to
// check against a card's key points. Three answers: a typical one (the transformer model answer
// of the bundled deck, about 400 words, against 8 points), a long one (that answer 10 times,
// about 4,000 words) and a hostile one (2,000 words that all match the points' words, which is
// the search's worst case). Prints the best of 5 runs in CPU time per check.
//   cmake -S . -B build -DGENAI_QUIZ_BENCH=ON && cmake --build build -j2 --target bench_key_points
//   build/bench/bench_key_points

#include <fmt/core.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "genai_quiz/core/answer_words.hpp"
#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"

using namespace genai_quiz;

namespace {

const char* kTransformerAnswer =
    "Transformers are a neural network architecture that has revolutionized natural language processing. "
    "Unlike recurrent neural networks (RNNs) and convolutional neural networks (CNNs), transformers do not "
    "process input sequentially. Instead, they rely on a self-attention mechanism to weigh the importance of "
    "different parts of the input sequence.\n\nKey Components of Transformer Architecture:\n"
    "1. Encoder-Decoder Structure: Encoder that Processes the input sequence and converts it into a meaningful "
    "representation. Decoder that Generates the output sequence based on the encoder's output.\n"
    "2. Self-Attention Mechanism: Calculates the relevance of each word in the input sequence to every other "
    "word. Weights are assigned to words based on their importance for predicting the output. This allows the "
    "model to capture long-range dependencies in the input sequence.\n"
    "3. Multi-Head Attention: Performs multiple attention calculations simultaneously. Each attention head "
    "focuses on different aspects of the input sequence. This improves the model's ability to capture different "
    "patterns in the data.\n"
    "4. Positional Encoding: Since transformers don't inherently process sequential data, positional encoding is "
    "added to provide information about the order of words. This is crucial for tasks like machine translation "
    "where word order matters.\n"
    "5. Feed-Forward Neural Network: Applied to each position of the input sequence independently. Introduces "
    "non-linearity to the model.\n"
    "6. Layer Normalization: Helps stabilize training by normalizing the inputs to each layer.\n\n"
    "How it Works:\n1. Input Embedding: The input sequence is converted into word embeddings.\n"
    "2. Positional Encoding: Positional information is added to the word embeddings.\n"
    "3. Encoder: The input embeddings are passed through multiple encoder layers. Each layer consists of "
    "self-attention and feed-forward neural network sub-layers.\n"
    "4. Decoder: The decoder generates the output sequence one token at a time. Each decoder layer includes "
    "masked self-attention, encoder-decoder attention, and feed-forward neural network sub-layers.\n"
    "5. Output: The final output is generated through a linear layer and softmax function.\n";

std::vector<KeyPoint> transformer_points() {
  std::vector<std::vector<std::string>> alternatives = {
      {"encoder-decoder structure"}, {"self-attention"}, {"multi-head attention"},
      {"positional encoding"},       {"feed-forward network"}, {"layer normalization"},
      {"softmax output layer"},      {"masked self-attention in the decoder", "masked attention"},
  };
  std::vector<KeyPoint> points;
  for (auto& a : alternatives) points.push_back({a, {}});
  return points;
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

void run(const char* name, const std::string& answer, const std::vector<KeyPoint>& points, int checks) {
  KeyPointMatcher matcher(english_stemmer());
  double best = 1e9;
  int covered = 0;
  for (int pass = 0; pass < 5; ++pass) {
    double start = cpu_seconds();
    for (int i = 0; i < checks; ++i) covered = matcher.check(answer, points).covered();
    best = std::min(best, (cpu_seconds() - start) / checks);
  }
  fmt::print("{}: {} words, {} points ({} covered): {:.3f} ms per check\n", name, split_words(answer).size(),
             points.size(), covered, best * 1000);
}

}  // namespace

int main() {
  const std::vector<KeyPoint> points = transformer_points();
  run("typical", kTransformerAnswer, points, 200);
  std::string longer;
  for (int i = 0; i < 10; ++i) longer += kTransformerAnswer;
  run("long", longer, points, 20);
  std::string hostile;
  for (int i = 0; i < 250; ++i) hostile += "masked self attention in the decoder layer normalization ";
  std::vector<KeyPoint> hostile_points = {
      {{"masked self-attention decoder layer normalization"}, {}},
      {{"decoder layer attention masked self normalization missing"}, {}},
  };
  run("hostile", hostile, hostile_points, 5);
}
