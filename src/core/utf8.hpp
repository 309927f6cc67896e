#pragma once
// The core's UTF-8 functions are public now: include "genai_quiz/core/utf8.hpp".
#include "genai_quiz/core/utf8.hpp"
