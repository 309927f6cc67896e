#pragma once
#include "genai_quiz/core/other.hpp"  // fine: its own layer
