#include "genai_quiz/ui/study.hpp"  // fine
#include "genai_quiz/core/card.hpp"  // fine
#include "ui/study_parts.hpp"  // fine: its own private header
#include "genai_quiz/cli/commands.hpp"  // wrong: ui does not use cli
