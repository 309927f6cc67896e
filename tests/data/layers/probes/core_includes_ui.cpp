// Compiled as part of gq_core's usage by the ctest layers.core_cannot_include_ui, which passes
// only when this include is not found: core does not link ui, so ui's headers are not on its path.
#include "genai_quiz/ui/study_text.hpp"
