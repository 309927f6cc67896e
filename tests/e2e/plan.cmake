# genai-quiz plan end to end: the report, its width, the seed, --json, --apply and usage errors.
add_test(NAME e2e.plan COMMAND bash ${GQ_E2E_DIR}/plan.sh ${GQ})
set_tests_properties(e2e.plan PROPERTIES PASS_REGULAR_EXPRESSION "plan: ok")
