# Crash safety: SIGKILL a scripted study session at random moments, many times over, and check
# that every acknowledged answer is in the database and that the database stays sound.
find_package(Threads REQUIRED)
add_executable(gq-crash-safety ${GQ_E2E_DIR}/crash_safety.cpp)
target_link_libraries(gq-crash-safety PRIVATE gq_store Threads::Threads)
add_test(NAME e2e.study.crash_safety COMMAND gq-crash-safety ${GQ} 40)
set_tests_properties(e2e.study.crash_safety PROPERTIES TIMEOUT 120)
