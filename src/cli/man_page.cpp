#include "cli/man_page.hpp"

#include <fmt/format.h>

namespace genai_quiz {
namespace {

// The parts of the page that are not in the command-line definitions.
constexpr const char* kDescription = R"(\fBgenai\-quiz\fR asks the questions of a deck of flashcards in the terminal, shows
the answers, and schedules each card's next review with FSRS\-6, so that it comes back just
before you would forget it. Every answer is saved at once. A deck of Generative\-AI interview
questions is built in; \fB\-\-deck\fR uses decks of your own, written in YAML or converted from
Markdown notes.
.PP
The commands:
)";

constexpr const char* kEnvironment = R"(.TP
.B GENAI_QUIZ_HOME
Where progress is kept, unless \fB\-\-data\-dir\fR is given. Default: \fI$XDG_DATA_HOME/genai\-quiz\fR.
.TP
.B XDG_DATA_HOME
Default: \fI~/.local/share\fR.
.TP
.B XDG_CONFIG_HOME
Where \fIgenai\-quiz/config.yaml\fR is looked for. Default: \fI~/.config\fR.
.TP
.B GENAI_QUIZ_NOW
Pretend it is this time (ISO 8601), as \fB\-\-now\fR does.
.TP
.B NO_COLOR
When set and not empty, no colour unless \fB\-\-color always\fR is given.
.TP
.B TERM
When unset or \fBdumb\fR, no colour and no full-screen drawing.
)";

constexpr const char* kFiles = R"(.TP
.I $XDG_CONFIG_HOME/genai\-quiz/config.yaml
Settings (scheduling and more); every key is optional. List them with \fBgenai\-quiz config\fR,
set one with \fBgenai\-quiz config\fR \fISETTING VALUE\fR.
.TP
.I progress.db
In the data directory (\fB\-\-data\-dir\fR, else \fI$GENAI_QUIZ_HOME\fR, else
\fI$XDG_DATA_HOME/genai\-quiz\fR, else \fI~/.local/share/genai\-quiz\fR): every review and
the state of every card (SQLite). \fBgenai\-quiz config\fR shows where it is.
.TP
.I share/genai\-quiz/
Under the installation prefix: the bundled deck (\fIgenai\-interview.yaml\fR, also compiled into
the program) and the Markdown document it was made from, a starting point for your own decks.
)";

constexpr const char* kExitStatus = R"(.TP
.B 0
Success.
.TP
.B 1
A problem with data or the system: an invalid deck or config file, an unreadable file, a locked
database.
.TP
.B 2
A usage error: an unknown command, option or section, or a value out of range.
)";

constexpr const char* kSeeAlso = R"(\fBgenai\-quiz\fR \fICOMMAND\fR \fB\-\-help\fR, the README and the documents under
\fIshare/doc/genai\-quiz/\fR.
)";

std::string option_head(const OptionInfo& opt) {
  std::string head;
  for (const std::string& name : opt.names) {
    head.append(head.empty() ? "" : ", ").append("\\fB" + roff_escape(name) + "\\fR");
  }
  if (!opt.value_name.empty()) {
    head.append(head.empty() ? "" : " ").append("\\fI" + roff_escape(opt.value_name) + "\\fR");
    if (opt.repeats) head += "...";
  }
  return head;
}

std::string options_list(const std::vector<OptionInfo>& options) {
  std::string out;
  for (const OptionInfo& opt : options) {
    out += ".TP\n" + option_head(opt) + "\n" + roff_escape(opt.description) + "\n";
  }
  return out;
}

// Prose lines become paragraphs; indented lines (examples) are kept as they are.
std::string text_block(const std::string& text) {
  std::string out;
  bool in_example = false;
  bool in_paragraph = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    const bool indented = line.rfind("  ", 0) == 0;
    if (in_example && !indented) {
      out += ".fi\n.RE\n";
      in_example = false;
    }
    if (line.find_first_not_of(' ') == std::string::npos) {
      in_paragraph = false;
      continue;
    }
    if (indented) {
      if (!in_example) out += ".RS\n.nf\n";
      in_example = true;
      out += roff_escape(line.substr(line.find_first_not_of(' '))) + "\n";
      continue;
    }
    if (!in_paragraph) out += ".PP\n";
    in_paragraph = true;
    out += roff_escape(line) + "\n";
  }
  if (in_example) out += ".fi\n.RE\n";
  return out;
}

std::string synopsis(const std::string& path, const CommandInfo& command) {
  std::string out = "\\fB" + roff_escape(path) + "\\fR";
  if (!command.options.empty()) out += " [\\fIOPTIONS\\fR]";
  for (const OptionInfo& p : command.positionals) {
    const std::string arg = fmt::format("\\fI{}\\fR{}", roff_escape(p.value_name), p.repeats ? "..." : "");
    out += p.required ? " " + arg : fmt::format(" [{}]", arg);
  }
  if (!command.subcommands.empty()) out += " \\fICOMMAND\\fR";
  return out;
}

void command_section(const std::string& parent, const CommandInfo& command, std::string& out) {
  const std::string path = parent + " " + command.name;
  out += ".SS \"" + roff_escape(path) + "\"\n";
  out += synopsis(path, command) + "\n.PP\n" + roff_escape(command.description) + "\n";
  out += options_list(command.positionals);
  out += options_list(command.options);
  if (!command.footer.empty()) out += text_block(command.footer);
  for (const CommandInfo& sub : command.subcommands) command_section(path, sub, out);
}

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  return out;
}

std::string render_man_page(const CommandInfo& root, std::string_view version) {
  std::string summary = root.description;
  if (summary.rfind(root.name + ": ", 0) == 0) summary.erase(0, root.name.size() + 2);
  std::string out = ".\\\" Generated from the command-line definitions by 'genai-quiz __man'. Do not edit.\n";
  out += fmt::format(".TH {} 1 \"\" \"{} {}\" \"User Commands\"\n", roff_escape("GENAI-QUIZ"), roff_escape(root.name),
                     roff_escape(version));
  out += ".nh\n.ad l\n";  // no hyphenation, ragged right: option names stay whole
  out += ".SH NAME\n" + roff_escape(root.name) + " \\- " + roff_escape(summary) + "\n";
  out += ".SH SYNOPSIS\n\\fB" + roff_escape(root.name) + "\\fR [\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR "
         "[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n";
  out += ".SH DESCRIPTION\n";
  out += kDescription;
  for (const CommandInfo& sub : root.subcommands) {
    out += ".TP\n.B " + roff_escape(sub.name) + "\n" + roff_escape(sub.description) + "\n";
  }
  if (!root.footer.empty()) out += text_block(root.footer);
  out += ".SH \"GLOBAL OPTIONS\"\nThey may come before or after the command.\n" + options_list(root.options);
  out += ".SH COMMANDS\n";
  for (const CommandInfo& sub : root.subcommands) command_section(root.name, sub, out);
  out += ".SH ENVIRONMENT\n";
  out += kEnvironment;
  out += ".SH FILES\n";
  out += kFiles;
  out += ".SH \"EXIT STATUS\"\n";
  out += kExitStatus;
  out += ".SH \"SEE ALSO\"\n";
  out += kSeeAlso;
  return out;
}

}  // namespace genai_quiz
