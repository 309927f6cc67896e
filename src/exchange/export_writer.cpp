#include "genai_quiz/exchange/export_writer.hpp"

#include <algorithm>
#include <array>

#include "exchange/export_parts.hpp"
#include "exchange/export_tree.hpp"

namespace genai_quiz {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

struct Name {
  std::string_view name;
  ExportFormat format;
};

constexpr std::array<Name, 4> kNames = {
    Name{"csv", ExportFormat::kCsv}, Name{"json", ExportFormat::kJson}, Name{"yaml", ExportFormat::kYaml},
    Name{"md", ExportFormat::kMarkdown}};

constexpr std::array<Name, 6> kExtensions = {
    Name{".csv", ExportFormat::kCsv},  Name{".json", ExportFormat::kJson},    Name{".yaml", ExportFormat::kYaml},
    Name{".yml", ExportFormat::kYaml}, Name{".md", ExportFormat::kMarkdown}, Name{".markdown", ExportFormat::kMarkdown}};

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  std::string key = lower(name);
  for (const Name& n : kNames) {
    if (n.name == key) return n.format;
  }
  return std::nullopt;
}

std::optional<ExportFormat> export_format_for_path(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext = lower(base.substr(dot));
  for (const Name& n : kExtensions) {
    if (n.name == ext) return n.format;
  }
  return std::nullopt;
}

void write_export(std::ostream& out, ExportFormat format, const ExportData& data) {
  switch (format) {
    case ExportFormat::kCsv:
      if (data.reviews) {
        exchange::write_csv_reviews(out, data);
      } else {
        exchange::write_csv_cards(out, data);
      }
      break;
    case ExportFormat::kJson:
      out << exchange::export_tree(data).dump(2, ' ', false, exchange::Json::error_handler_t::replace) << '\n';
      break;
    case ExportFormat::kYaml:
      exchange::write_yaml_tree(out, exchange::export_tree(data));
      break;
    case ExportFormat::kMarkdown:
      exchange::write_markdown(out, data);
      break;
  }
}

std::string review_line(const ReviewRecord& review, const TimeFormatter& format_time) {
  return exchange::review_json(review, format_time).dump(-1, ' ', false, exchange::Json::error_handler_t::replace);
}

std::string event_line(const CardEvent& event, const TimeFormatter& format_time) {
  return exchange::event_json(event, format_time).dump(-1, ' ', false, exchange::Json::error_handler_t::replace);
}

}  // namespace genai_quiz
