// Compiled with gq_ui's usage by the ctest layers.ui_can_include_term, the control for
// layers.core_cannot_include_ui: ui links term and core, so their headers are found.
#include "genai_quiz/term/style.hpp"
#include "genai_quiz/ui/study_text.hpp"
