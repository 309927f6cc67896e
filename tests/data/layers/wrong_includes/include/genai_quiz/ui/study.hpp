#pragma once
#include "genai_quiz/term/screen.hpp"  // fine: ui uses term
