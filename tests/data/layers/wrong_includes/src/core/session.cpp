#include "genai_quiz/core/card.hpp"  // fine

#include <string>  // fine: not a project header

#include "genai_quiz/ui/study.hpp"  // wrong: core uses no other layer
#include "generated_table.hpp"  // fine: a generated header
