#include <catch2/catch.hpp>

#include "term/math_text.hpp"

using namespace genai_quiz;

TEST_CASE("TeX formulas of the bundled deck read as Unicode", "[term]") {
  struct Case {
    const char* tex;
    const char* expected;
  } cases[] = {
      {R"(q-vector \cdot k-vector)", "q-vector · k-vector"},
      {R"(\sqrt{dim(v-vector)})", "√(dim(v-vector))"},
      {R"(dim(v-vecor))", "dim(v-vecor)"},
      {R"(score/8)", "score/8"},
      {R"(attention-weights(x_{1i}) = softmax(score/8))", "attention-weights(x₁ᵢ) = softmax(score/8)"},
      {R"(sum_{z1} = \sum_{j=1}^{len(seq)} x_{1j}*v_j)", "sum_z1 = ∑ⱼ₌₁^(len(seq)) x₁ⱼ*vⱼ"},
  };
  for (const Case& c : cases) {
    INFO(c.tex);
    CHECK(tex_to_unicode(c.tex) == c.expected);
  }
}

TEST_CASE("TeX commands, scripts, fractions and roots become symbols", "[term]") {
  struct Case {
    const char* tex;
    const char* expected;
  } cases[] = {
      {R"(\sum_{j=1}^{n} x_j)", "∑ⱼ₌₁ⁿ xⱼ"},
      {R"(\alpha + \beta \leq \Gamma)", "α + β ≤ Γ"},
      {R"(a \times b \neq c \geq d)", "a × b ≠ c ≥ d"},
      {R"(\sqrt{x})", "√x"},
      {R"(\sqrt{2})", "√2"},
      {R"(\sqrt{d_k})", "√dₖ"},
      {R"(\sqrt{a+b})", "√(a+b)"},
      {R"(\sqrt[3]{x})", "∛x"},
      {R"(\sqrt[n]{x})", "ⁿ√x"},
      {R"(\frac{a}{b})", "a/b"},
      {R"(\frac{a+b}{2})", "(a+b)/2"},
      {R"(\frac{QK^T}{\sqrt{d_k}})", "QKᵀ/√dₖ"},
      {R"(softmax\left(\frac{QK^T}{\sqrt{d_k}}\right)V)", "softmax(QKᵀ/√dₖ)V"},
      {R"(x^2 + y^{10})", "x² + y¹⁰"},
      {R"(e^{-x})", "e⁻ˣ"},
      {R"(x_{q})", "x_q"},
      {R"(x^{q})", "x^q"},
      {R"(W_{QK})", "W_QK"},
      {R"(x_{i+1})", "xᵢ₊₁"},
      {R"(x_{b+1})", "x_(b+1)"},
      {R"(\theta_{t+1} = \theta_t - \eta \nabla L)", "θₜ₊₁ = θₜ - η ∇ L"},
      {R"(p(x) \propto e^{\beta})", "p(x) ∝ eᵝ"},
      {R"(\mathbb{R}^{d})", "ℝᵈ"},
      {R"(\mathbb{E}[X])", "𝔼[X]"},
      {R"(\mathcal{L})", "ℒ"},
      {R"(\hat{y})", "y\u0302"},
      {R"(\bar{x})", "x\u0304"},
      {R"(\text{if } x > 0)", "if x > 0"},
      {R"(\operatorname{argmax}_i)", "argmaxᵢ"},
      {R"(\log p)", "log p"},
      {R"(\lim_{x \to 0})", "lim_(x → 0)"},
      {R"(f'(x))", "f′(x)"},
      {R"(\{1, 2\})", "{1, 2}"},
      {R"(a \not= b)", "a ≠ b"},
      {R"(\foo{x})", "\\foo{x}"},
      {R"(\foo x)", "\\foo x"},
      {R"(\nabla_\theta L)", "∇_θ L"},
      {R"(  x   +   y  )", "x + y"},
      {R"(\int_0^1 f)", "∫₀¹ f"},
      {R"(\|w\|_2^2)", "‖w‖₂²"},
  };
  for (const Case& c : cases) {
    INFO(c.tex);
    CHECK(tex_to_unicode(c.tex) == c.expected);
  }
}

TEST_CASE("Sub- and superscripts exist only when every character has one", "[term]") {
  CHECK(to_subscript("1i") == "₁ᵢ");
  CHECK(to_subscript("j=1") == "ⱼ₌₁");
  CHECK(to_subscript("q").empty());
  CHECK(to_superscript("n+1") == "ⁿ⁺¹");
  CHECK(to_superscript("T") == "ᵀ");
  CHECK(to_superscript("q").empty());
}

TEST_CASE("Malformed TeX never loses text or reads past the end", "[term]") {
  struct Case {
    const char* tex;
    const char* expected;
  } cases[] = {
      {R"(\frac{a})", "a/"},
      {R"(x_)", "x"},
      {R"({{a})", "a"},
      {R"(a})", "a"},
      {R"(\)", "\\"},
      {R"(\sqrt)", "√"},
      {R"(\text{abc)", "abc"},
  };
  for (const Case& c : cases) {
    INFO(c.tex);
    CHECK(tex_to_unicode(c.tex) == c.expected);
  }
}
