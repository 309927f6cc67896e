#include "genai_quiz/ui/study.hpp"  // fine
#include "term/raw_mode.hpp"  // wrong: private to term
#include "genai_quiz/gui/window.hpp"  // wrong: no such layer
#include "genai_quiz/version.hpp"  // fine: generated
