# Runs `genai-quiz convert` once in a fresh directory and checks what it did. Used by
# tests/e2e/convert.cmake through `cmake -P`:
#
#   -DGQ=binary -DWORK=dir -DARGS=a|b|c          the program, a scratch folder, its arguments
#   -DEXIT=n                                      expected exit code (default 0)
#   -DSTDOUT_RE=re -DSTDERR_RE=re                 regexes stdout/stderr must match
#   -DSTDOUT_EMPTY=1                              stdout must be empty
#   -DFILE=name -DFILE_RE=re                      WORK/name must exist and match re
#   -DNO_FILE=name                                WORK/name must not exist
#   -DBEFORE=name -DBEFORE_TEXT=text              write WORK/name with text before running
#   -DCOPY=a|b                                    copy these fixtures into WORK first
#   -DBIG=name                                    write WORK/name: a 600 KB document
#   -DTTY=1                                       run under `script` so that stderr is a terminal
#   -DAFTER=a|b                                   then run the program with these arguments
#   -DAFTER_EXIT=n -DAFTER_STDOUT_RE=re           and check that run
cmake_minimum_required(VERSION 3.22)

foreach(var ARGS AFTER COPY)
  string(REPLACE "|" ";" ${var} "${${var}}")
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/home")
foreach(f IN LISTS COPY)
  file(COPY "${f}" DESTINATION "${WORK}")
endforeach()
if(DEFINED BEFORE)
  file(WRITE "${WORK}/${BEFORE}" "${BEFORE_TEXT}")
endif()
if(DEFINED BIG)
  set(item "**What is item number X?**\n\nIt is explained in a paragraph that is long enough to look like a real answer, with `code` and $x^2$.\n\n")
  string(REPEAT "${item}" 4000 body)
  file(WRITE "${WORK}/${BIG}" "# Big\n\n${body}")
endif()
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()

set(ENV{GENAI_QUIZ_HOME} "${WORK}/home/genai-quiz")
set(ENV{HOME} "${WORK}/home")
set(ENV{XDG_CONFIG_HOME} "${WORK}/home/.config")
set(ENV{XDG_DATA_HOME} "${WORK}/home/.local/share")
set(ENV{NO_COLOR} 1)
set(ENV{LC_ALL} C.UTF-8)
# The terminal of a TTY run: CI may have no TERM, which reads as a dumb terminal.
set(ENV{TERM} xterm-256color)

if(TTY)
  list(JOIN ARGS " " joined)
  execute_process(COMMAND script -qefc "'${GQ}' ${joined} >/dev/null" /dev/null
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(err "${out}${err}")
  set(out "")
else()
  execute_process(COMMAND "${GQ}" ${ARGS}
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()

set(failures "")
if(NOT code EQUAL EXIT)
  string(APPEND failures "exit code ${code}, expected ${EXIT}\n")
endif()
if(DEFINED STDOUT_RE AND NOT out MATCHES "${STDOUT_RE}")
  string(APPEND failures "stdout does not match: ${STDOUT_RE}\n")
endif()
if(DEFINED STDERR_RE AND NOT err MATCHES "${STDERR_RE}")
  string(APPEND failures "stderr does not match: ${STDERR_RE}\n")
endif()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
  string(APPEND failures "stdout is not empty\n")
endif()
if(DEFINED FILE)
  if(NOT EXISTS "${WORK}/${FILE}")
    string(APPEND failures "${FILE} was not written\n")
  else()
    file(READ "${WORK}/${FILE}" content)
    if(DEFINED FILE_RE AND NOT content MATCHES "${FILE_RE}")
      string(APPEND failures "${FILE} does not match: ${FILE_RE}\n")
    endif()
  endif()
endif()
if(DEFINED NO_FILE AND EXISTS "${WORK}/${NO_FILE}")
  string(APPEND failures "${NO_FILE} should not exist\n")
endif()
file(GLOB leftovers "${WORK}/.*.tmp-*")
if(leftovers)
  string(APPEND failures "temporary files left behind: ${leftovers}\n")
endif()
if(AFTER)
  execute_process(COMMAND "${GQ}" ${AFTER}
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE after_code OUTPUT_VARIABLE after_out ERROR_VARIABLE after_err)
  if(NOT DEFINED AFTER_EXIT)
    set(AFTER_EXIT 0)
  endif()
  if(NOT after_code EQUAL AFTER_EXIT)
    string(APPEND failures "second run exit code ${after_code}, expected ${AFTER_EXIT}\n${after_out}${after_err}\n")
  endif()
  if(DEFINED AFTER_STDOUT_RE AND NOT after_out MATCHES "${AFTER_STDOUT_RE}")
    string(APPEND failures "second run stdout does not match: ${AFTER_STDOUT_RE}\n${after_out}\n")
  endif()
endif()

if(failures)
  message(FATAL_ERROR "${failures}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
