#pragma once
// The tables behind tex_to_unicode: TeX command names to symbols, and the Unicode sub- and
// superscript forms of characters (private to the core).

#include <string_view>

namespace genai_quiz::math {

/// The Unicode text for a TeX command without arguments (`alpha` → `α`), or empty if unknown.
std::string_view symbol(std::string_view command);

/// True for operator names printed upright as words (`\log`, `\max`, `\softmax`).
bool is_function_name(std::string_view command);

/// The subscript form of `c`, or 0 when Unicode has none.
char32_t subscript_of(char32_t c);

/// The superscript form of `c`, or 0 when Unicode has none.
char32_t superscript_of(char32_t c);

/// The combining mark a TeX accent command puts on a letter (`hat` → U+0302), or 0.
char32_t accent_mark(std::string_view command);

/// The double-struck (`\mathbb`) form of `c`, or 0.
char32_t double_struck(char32_t c);

/// The script (`\mathcal`) form of an uppercase letter, or 0.
char32_t script_letter(char32_t c);

}  // namespace genai_quiz::math
