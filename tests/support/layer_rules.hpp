#pragma once
// The layer table of src/layers.txt, and every #include of a source tree checked against it.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace genai_quiz::testing {

/// Each layer and the layers it may use, as src/layers.txt lists them.
using LayerTable = std::map<std::string, std::set<std::string>>;

/// The table in `path` ("layer: used used ..." lines; '#' starts a comment). Throws
/// std::runtime_error naming the file and line when a line does not read so.
LayerTable read_layer_table(const std::filesystem::path& path);

/// An #include against the table.
struct LayerViolation {
  std::string file;  ///< relative to the tree's root, e.g. "src/core/session.cpp"
  int line = 0;
  std::string message;

  /// "src/core/session.cpp:7: core may not include ..."
  std::string text() const;
  bool operator==(const LayerViolation&) const = default;
};

/// Every quoted #include in the .cpp and .hpp files under `root`/src and `root`/include that
/// the table forbids, in file and line order: a public header of a layer not used
/// ("genai_quiz/ui/x.hpp" from core), another layer's private header ("deck/x.hpp" from cli),
/// a private header included by a public one, and a file in a folder that is not a layer.
std::vector<LayerViolation> layer_violations(const std::filesystem::path& root, const LayerTable& table);

}  // namespace genai_quiz::testing
