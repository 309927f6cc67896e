#pragma once
// Another study or interview session on the same progress, as this one found it when it started.

#include <string>

namespace genai_quiz {

/// Another session found running: its process id and the command it runs ("study").
struct RunningSession {
  long pid = 0;
  std::string command;
};

}  // namespace genai_quiz
