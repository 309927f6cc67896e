# Two libraries cost seconds of compiling in every file that includes them: CLI11 2.1, which is
# header-only, and nlohmann-json. genai_quiz_group_heavy_includes(TARGET) compiles the target's
# files that include CLI11 (directly or through src/cli/cli_app.hpp) as one unit, and those that
# include nlohmann-json (directly or through src/exchange/export_tree.hpp or yaml_to_json.hpp)
# as another, with CMake's unity build in group mode, so that each library is compiled once per
# target. The target's other files are compiled one by one as usual. The files are looked at
# when CMake configures; one that gains such an include later is grouped at the next configure
# (until then it only compiles more slowly).
function(genai_quiz_group_heavy_includes target)
  get_target_property(sources ${target} SOURCES)
  set(grouped 0)
  foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.cpp$" OR NOT EXISTS "${source}")
      continue()
    endif()
    file(STRINGS "${source}" cli11 REGEX "^#include [<\"](CLI/|cli/cli_app\\.hpp)" LIMIT_COUNT 1)
    file(STRINGS "${source}" json
      REGEX "^#include [<\"](nlohmann/|exchange/export_tree\\.hpp|exchange/yaml_to_json\\.hpp)" LIMIT_COUNT 1)
    if(cli11)
      set(group cli11)
    elseif(json)
      set(group json)
    else()
      continue()
    endif()
    set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${group})
    math(EXPR grouped "${grouped} + 1")
  endforeach()
  if(grouped GREATER 1)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  endif()
endfunction()
