#include "cli/section_option.hpp"

namespace genai_quiz {

CLI::Option* add_section_option(CLI::App& sub, std::vector<std::string>& sections, const char* help) {
  return sub.add_option("-s,--section", sections, help)->type_name("SECTION");
}

}  // namespace genai_quiz
