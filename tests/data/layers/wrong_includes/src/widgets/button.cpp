#include "genai_quiz/core/card.hpp"  // wrong: widgets is not a layer
