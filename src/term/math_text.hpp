#pragma once
// TeX math made readable as plain Unicode text, for terminals that cannot typeset it.

#include <string>
#include <string_view>

namespace genai_quiz {

/// Rewrites the TeX math expression `tex` (without its dollars) as Unicode text, e.g.
/// `\sum_{j=1}^{n} x_{1j} \cdot \sqrt{d}` becomes `∑ⱼ₌₁ⁿ x₁ⱼ · √d`.
///
/// Greek letters, operators, relations and arrows become their symbols; `\frac{a}{b}` becomes
/// `a/b` and `\sqrt{x}` becomes `√x`, each with parentheses when an operand is not a single term;
/// sub- and superscripts use Unicode's small digits and letters when every character has one and
/// otherwise fall back to `x_q` or `x^(n+k)`. Unknown commands are kept as written (`\foo`), so
/// nothing is silently lost. Spacing follows the source, with runs of blanks collapsed.
std::string tex_to_unicode(std::string_view tex);

/// The subscript form of `text` (`"1i"` → `"₁ᵢ"`), or an empty string when some character of
/// `text` has no subscript in Unicode.
std::string to_subscript(std::string_view text);

/// The superscript form of `text` (`"n+1"` → `"ⁿ⁺¹"`), or an empty string when some character
/// of `text` has no superscript in Unicode.
std::string to_superscript(std::string_view text);

}  // namespace genai_quiz
