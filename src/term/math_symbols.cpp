#include "term/math_symbols.hpp"

#include <algorithm>
#include <utility>

namespace genai_quiz::math {
namespace {

struct Symbol {
  std::string_view name;
  std::string_view text;
};

constexpr Symbol kSymbols[] = {
    // Greek, lower case and the capitals that differ from Latin ones.
    {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ϵ"},
    {"varepsilon", "ε"}, {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"vartheta", "ϑ"},
    {"iota", "ι"}, {"kappa", "κ"}, {"lambda", "λ"}, {"mu", "μ"}, {"nu", "ν"}, {"xi", "ξ"},
    {"omicron", "ο"}, {"pi", "π"}, {"varpi", "ϖ"}, {"rho", "ρ"}, {"varrho", "ϱ"}, {"sigma", "σ"},
    {"varsigma", "ς"}, {"tau", "τ"}, {"upsilon", "υ"}, {"phi", "ϕ"}, {"varphi", "φ"}, {"chi", "χ"},
    {"psi", "ψ"}, {"omega", "ω"}, {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"}, {"Lambda", "Λ"},
    {"Xi", "Ξ"}, {"Pi", "Π"}, {"Sigma", "Σ"}, {"Upsilon", "Υ"}, {"Phi", "Φ"}, {"Psi", "Ψ"},
    {"Omega", "Ω"},
    // Binary operators.
    {"cdot", "·"}, {"times", "×"}, {"div", "÷"}, {"pm", "±"}, {"mp", "∓"}, {"ast", "∗"},
    {"star", "⋆"}, {"circ", "∘"}, {"bullet", "•"}, {"oplus", "⊕"}, {"ominus", "⊖"},
    {"otimes", "⊗"}, {"odot", "⊙"}, {"cup", "∪"}, {"cap", "∩"}, {"setminus", "∖"},
    {"wedge", "∧"}, {"land", "∧"}, {"vee", "∨"}, {"lor", "∨"}, {"neg", "¬"}, {"lnot", "¬"},
    // Relations.
    {"leq", "≤"}, {"le", "≤"}, {"geq", "≥"}, {"ge", "≥"}, {"neq", "≠"}, {"ne", "≠"},
    {"approx", "≈"}, {"equiv", "≡"}, {"sim", "∼"}, {"simeq", "≃"}, {"cong", "≅"},
    {"propto", "∝"}, {"ll", "≪"}, {"gg", "≫"}, {"in", "∈"}, {"notin", "∉"}, {"ni", "∋"},
    {"subset", "⊂"}, {"subseteq", "⊆"}, {"supset", "⊃"}, {"supseteq", "⊇"}, {"perp", "⊥"},
    {"parallel", "∥"}, {"mid", "∣"}, {"coloneqq", "≔"}, {"triangleq", "≜"}, {"doteq", "≐"},
    // Arrows.
    {"to", "→"}, {"rightarrow", "→"}, {"leftarrow", "←"}, {"gets", "←"}, {"leftrightarrow", "↔"},
    {"Rightarrow", "⇒"}, {"Leftarrow", "⇐"}, {"Leftrightarrow", "⇔"}, {"implies", "⟹"},
    {"impliedby", "⟸"}, {"iff", "⟺"}, {"mapsto", "↦"}, {"longrightarrow", "⟶"},
    {"longleftarrow", "⟵"}, {"uparrow", "↑"}, {"downarrow", "↓"},
    // Big operators and miscellaneous symbols.
    {"sum", "∑"}, {"prod", "∏"}, {"coprod", "∐"}, {"int", "∫"}, {"iint", "∬"}, {"oint", "∮"},
    {"bigcup", "⋃"}, {"bigcap", "⋂"}, {"infty", "∞"}, {"partial", "∂"}, {"nabla", "∇"},
    {"forall", "∀"}, {"exists", "∃"}, {"nexists", "∄"}, {"emptyset", "∅"}, {"varnothing", "∅"},
    {"ell", "ℓ"}, {"hbar", "ℏ"}, {"Re", "ℜ"}, {"Im", "ℑ"}, {"aleph", "ℵ"}, {"prime", "′"},
    {"top", "⊤"}, {"bot", "⊥"}, {"angle", "∠"}, {"triangle", "△"}, {"square", "□"},
    {"checkmark", "✓"}, {"dagger", "†"}, {"ldots", "…"}, {"dots", "…"}, {"cdots", "⋯"},
    {"vdots", "⋮"}, {"ddots", "⋱"}, {"langle", "⟨"}, {"rangle", "⟩"}, {"lfloor", "⌊"},
    {"rfloor", "⌋"}, {"lceil", "⌈"}, {"rceil", "⌉"}, {"vert", "|"}, {"lvert", "|"}, {"rvert", "|"},
    {"Vert", "‖"}, {"lVert", "‖"}, {"rVert", "‖"}, {"|", "‖"}, {"lbrace", "{"}, {"rbrace", "}"},
    {"{", "{"}, {"}", "}"}, {"%", "%"}, {"$", "$"}, {"#", "#"}, {"&", "&"}, {"_", "_"},
    {"backslash", "\\"}, {"S", "§"},
};

constexpr std::string_view kFunctions[] = {
    "arccos", "arcsin", "arctan", "arg", "argmax", "argmin", "cos", "cosh", "cot", "csc", "det",
    "dim", "exp", "gcd", "inf", "ker", "lim", "liminf", "limsup", "ln", "log", "max", "min",
    "mod", "bmod", "Pr", "sec", "sin", "sinh", "softmax", "sup", "tan", "tanh", "sgn", "tr",
    "Var", "Cov", "KL", "diag", "rank",
};

using Pair = std::pair<char32_t, char32_t>;

constexpr Pair kSubscripts[] = {
    {'0', 0x2080}, {'1', 0x2081}, {'2', 0x2082}, {'3', 0x2083}, {'4', 0x2084}, {'5', 0x2085},
    {'6', 0x2086}, {'7', 0x2087}, {'8', 0x2088}, {'9', 0x2089}, {'+', 0x208A}, {'-', 0x208B},
    {0x2212, 0x208B}, {'=', 0x208C}, {'(', 0x208D}, {')', 0x208E}, {'a', 0x2090}, {'e', 0x2091},
    {'o', 0x2092}, {'x', 0x2093}, {0x0259, 0x2094}, {'h', 0x2095}, {'k', 0x2096}, {'l', 0x2097},
    {'m', 0x2098}, {'n', 0x2099}, {'p', 0x209A}, {'s', 0x209B}, {'t', 0x209C}, {'i', 0x1D62},
    {'r', 0x1D63}, {'u', 0x1D64}, {'v', 0x1D65}, {'j', 0x2C7C}, {0x03B2, 0x1D66}, {0x03B3, 0x1D67},
    {0x03C1, 0x1D68}, {0x03C6, 0x1D69}, {0x03D5, 0x1D69}, {0x03C7, 0x1D6A},
};

constexpr Pair kSuperscripts[] = {
    {'0', 0x2070}, {'1', 0x00B9}, {'2', 0x00B2}, {'3', 0x00B3}, {'4', 0x2074}, {'5', 0x2075},
    {'6', 0x2076}, {'7', 0x2077}, {'8', 0x2078}, {'9', 0x2079}, {'+', 0x207A}, {'-', 0x207B},
    {0x2212, 0x207B}, {'=', 0x207C}, {'(', 0x207D}, {')', 0x207E}, {'n', 0x207F}, {'i', 0x2071},
    {'a', 0x1D43}, {'b', 0x1D47}, {'c', 0x1D9C}, {'d', 0x1D48}, {'e', 0x1D49}, {'f', 0x1DA0},
    {'g', 0x1D4D}, {'h', 0x02B0}, {'j', 0x02B2}, {'k', 0x1D4F}, {'l', 0x02E1}, {'m', 0x1D50},
    {'o', 0x1D52}, {'p', 0x1D56}, {'r', 0x02B3}, {'s', 0x02E2}, {'t', 0x1D57}, {'u', 0x1D58},
    {'v', 0x1D5B}, {'w', 0x02B7}, {'x', 0x02E3}, {'y', 0x02B8}, {'z', 0x1DBB}, {'A', 0x1D2C},
    {'B', 0x1D2E}, {'D', 0x1D30}, {'E', 0x1D31}, {'G', 0x1D33}, {'H', 0x1D34}, {'I', 0x1D35},
    {'J', 0x1D36}, {'K', 0x1D37}, {'L', 0x1D38}, {'M', 0x1D39}, {'N', 0x1D3A}, {'O', 0x1D3C},
    {'P', 0x1D3E}, {'R', 0x1D3F}, {'T', 0x1D40}, {'U', 0x1D41}, {'V', 0x2C7D}, {'W', 0x1D42},
    {0x03B1, 0x1D45}, {0x03B2, 0x1D5D}, {0x03B3, 0x1D5E}, {0x03B4, 0x1D5F}, {0x03B5, 0x1D4B},
    {0x03F5, 0x1D4B}, {0x03B8, 0x1DBF}, {0x03B9, 0x1DA5}, {0x03C6, 0x1D60}, {0x03D5, 0x1D60},
    {0x03C7, 0x1D61}, {0x22A4, 0x1D40}, {0x2032, 0x2032}, {0x2033, 0x2033},
};

struct Accent {
  std::string_view name;
  char32_t mark;
};

constexpr Accent kAccents[] = {
    {"hat", 0x0302}, {"widehat", 0x0302}, {"tilde", 0x0303}, {"widetilde", 0x0303},
    {"bar", 0x0304}, {"overline", 0x0305}, {"vec", 0x20D7}, {"overrightarrow", 0x20D7},
    {"dot", 0x0307}, {"ddot", 0x0308}, {"acute", 0x0301}, {"grave", 0x0300}, {"breve", 0x0306},
    {"check", 0x030C}, {"underline", 0x0332},
};

char32_t lookup(const Pair* begin, const Pair* end, char32_t c) {
  const Pair* it = std::find_if(begin, end, [c](const Pair& p) { return p.first == c; });
  return it == end ? 0 : it->second;
}

}  // namespace

std::string_view symbol(std::string_view command) {
  for (const Symbol& s : kSymbols) {
    if (s.name == command) return s.text;
  }
  return {};
}

bool is_function_name(std::string_view command) {
  return std::find(std::begin(kFunctions), std::end(kFunctions), command) != std::end(kFunctions);
}

char32_t subscript_of(char32_t c) { return lookup(std::begin(kSubscripts), std::end(kSubscripts), c); }

char32_t superscript_of(char32_t c) {
  return lookup(std::begin(kSuperscripts), std::end(kSuperscripts), c);
}

char32_t accent_mark(std::string_view command) {
  for (const Accent& a : kAccents) {
    if (a.name == command) return a.mark;
  }
  return 0;
}

char32_t double_struck(char32_t c) {
  switch (c) {
    case 'C': return 0x2102;
    case 'H': return 0x210D;
    case 'N': return 0x2115;
    case 'P': return 0x2119;
    case 'Q': return 0x211A;
    case 'R': return 0x211D;
    case 'Z': return 0x2124;
    default: break;
  }
  if (c >= 'A' && c <= 'Z') return 0x1D538 + (c - 'A');
  if (c >= 'a' && c <= 'z') return 0x1D552 + (c - 'a');
  if (c >= '0' && c <= '9') return 0x1D7D8 + (c - '0');
  return 0;
}

char32_t script_letter(char32_t c) {
  switch (c) {
    case 'B': return 0x212C;
    case 'E': return 0x2130;
    case 'F': return 0x2131;
    case 'H': return 0x210B;
    case 'I': return 0x2110;
    case 'L': return 0x2112;
    case 'M': return 0x2133;
    case 'R': return 0x211B;
    default: break;
  }
  if (c >= 'A' && c <= 'Z') return 0x1D49C + (c - 'A');
  return 0;
}

}  // namespace genai_quiz::math
