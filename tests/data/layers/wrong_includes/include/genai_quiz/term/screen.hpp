#pragma once
#include "genai_quiz/core/card.hpp"  // fine: term uses core
#include "term/raw_mode.hpp"  // wrong: a public header includes a private one
