#pragma once
  #  include "genai_quiz/ui/study.hpp"  // wrong: term uses only core (spaces do not hide it)
