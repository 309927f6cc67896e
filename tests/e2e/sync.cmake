# genai-quiz sync: three devices through a bare git repository and through a plain shared
# folder, with random (seeded) interleavings of study sessions and syncs.
foreach(seed 1 2)
  add_test(NAME e2e.sync.git_seed${seed}
    COMMAND bash ${GQ_E2E_DIR}/sync_devices.sh ${GQ} ${GQ_DECKS_DIR}/good.yaml git ${seed})
  add_test(NAME e2e.sync.folder_seed${seed}
    COMMAND bash ${GQ_E2E_DIR}/sync_devices.sh ${GQ} ${GQ_DECKS_DIR}/good.yaml folder ${seed})
endforeach()
add_test(NAME e2e.sync.failures COMMAND bash ${GQ_E2E_DIR}/sync_failures.sh ${GQ} ${GQ_DECKS_DIR}/good.yaml)
