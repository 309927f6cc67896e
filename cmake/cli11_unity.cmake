# CLI11 2.1 is header-only: every file that includes it compiles the same inline code again,
# several seconds each at -O2. genai_quiz_compile_cli11_together(TARGET) compiles the target's
# files that include CLI11 (directly or through src/cli/cli_app.hpp) as one unit, so that code
# is compiled once per target; its other files are compiled one by one as usual.
function(genai_quiz_compile_cli11_together target)
  get_target_property(sources ${target} SOURCES)
  set(grouped 0)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\.cpp$" AND EXISTS "${source}")
      file(STRINGS "${source}" includes REGEX "^#include [<\"](CLI/|cli/cli_app\\.hpp)" LIMIT_COUNT 1)
      if(includes)
        set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP cli11)
        math(EXPR grouped "${grouped} + 1")
      endif()
    endif()
  endforeach()
  if(grouped GREATER 1)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  endif()
endfunction()
