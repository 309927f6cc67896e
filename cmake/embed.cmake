# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P embed.cmake
# Writes a C++ source defining `std::string_view genai_quiz::SYMBOL()` that returns INPUT's bytes.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" len)
math(EXPR size "${len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n"
  "#include <string_view>\n"
  "namespace genai_quiz {\n"
  "namespace { const unsigned char kData[] = {${bytes} 0}; }\n"
  "std::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(kData), ${size}}; }\n"
  "}  // namespace genai_quiz\n")
