// Writing the export document as YAML (yaml-cpp's emitter).

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "exchange/export_tree.hpp"

namespace genai_quiz::exchange {
namespace {

void emit(YAML::Emitter& out, const Json& j) {
  switch (j.type()) {
    case Json::value_t::object:
      out << YAML::BeginMap;
      for (const auto& [key, value] : j.items()) {
        out << YAML::Key << key << YAML::Value;
        emit(out, value);
      }
      out << YAML::EndMap;
      break;
    case Json::value_t::array:
      // Short lists of plain values (steps, parameters) read best on one line.
      out << (j.size() <= 21 && !j.empty() && !j.front().is_structured() ? YAML::Flow : YAML::Block);
      out << YAML::BeginSeq;
      for (const Json& value : j) emit(out, value);
      out << YAML::EndSeq;
      break;
    case Json::value_t::string:
      out << YAML::DoubleQuoted << j.get<std::string>();
      break;
    case Json::value_t::boolean:
      out << (j.get<bool>() ? "true" : "false");
      break;
    case Json::value_t::number_integer:
      out << fmt::format("{}", j.get<std::int64_t>());
      break;
    case Json::value_t::number_unsigned:
      out << fmt::format("{}", j.get<std::uint64_t>());
      break;
    case Json::value_t::number_float:
      out << fmt::format("{}", j.get<double>());  // the shortest text that reads back exactly
      break;
    default:
      out << YAML::Null;
      break;
  }
}

}  // namespace

void write_yaml_tree(std::ostream& out, const Json& tree) {
  YAML::Emitter emitter;
  emitter.SetIndent(2);
  emit(emitter, tree);
  out << emitter.c_str() << '\n';
}

}  // namespace genai_quiz::exchange
