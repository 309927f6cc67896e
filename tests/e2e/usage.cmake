# End-to-end runs of command lines a person gets wrong: a misspelt command or option, a value
# of the wrong kind, no command at all, and `help`.

gq_e2e(usage-misspelt-command EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: unknown command 'stduy'[;] did you mean 'study'\\?\nRun 'genai-quiz help' for the list of commands.\n$"
  ARGS stduy)
gq_e2e(usage-short-command EXIT 2 STDERR_RE "unknown command 'stat'[;] did you mean 'stats'\\?" ARGS stat)
gq_e2e(usage-unknown-command EXIT 2 STDERR_RE "^genai-quiz: unknown command 'frobnicate'\n" ARGS frobnicate)
gq_e2e(usage-command-after-global EXIT 2 STDERR_RE "unknown command 'lsit'[;] did you mean 'list'\\?"
  ARGS --color never lsit)
gq_e2e(usage-bare EXIT 2 STDOUT /dev/null
  STDERR_RE "^usage: genai-quiz .*COMMAND.*\n  study +Review the cards.*\n  help +Show the commands.*Run 'genai-quiz help COMMAND'"
  ARGS)
gq_e2e(usage-help STDOUT_RE "^usage: genai-quiz .*\n  stats +Show where you stand" ARGS help)
gq_e2e(usage-help-command STDOUT_RE "Usage: genai-quiz study.*--limit" ARGS help study)
gq_e2e(usage-help-misspelt EXIT 2 STDERR_RE "unknown command 'stdy'[;] did you mean 'study'\\?" ARGS help stdy)
gq_e2e(usage-version-short STDOUT_RE "^genai-quiz [0-9]+\\.[0-9]+\\.[0-9]+ " ARGS -v)
gq_e2e(usage-misspelt-option EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: study: unknown option '--lmit'[;] did you mean '--limit'\\?\nRun 'genai-quiz help study' for the options.\n$"
  ARGS study --lmit 5)
gq_e2e(usage-misspelt-option-equals EXIT 2 STDERR_RE "unknown option '--jsn'[;] did you mean '--json'\\?"
  ARGS stats --jsn=1)
gq_e2e(usage-not-a-number EXIT 2 STDERR_RE "^genai-quiz: --new: 'five' is not a whole number \\(N\\)\n"
  ARGS study --new five)
gq_e2e(usage-missing-value EXIT 2 STDERR_RE "^genai-quiz: --section needs a value \\(SECTION\\)\n" ARGS study -s)
gq_e2e(usage-not-a-choice EXIT 2
  STDERR_RE "^genai-quiz: --format: 'jsn' is not one of csv, json, yaml, md[;] did you mean 'json'\\?\n"
  ARGS export --format jsn)
gq_e2e(usage-extra-argument EXIT 2 STDERR_RE "^genai-quiz: study: unexpected argument 'extra' \\('study' takes no arguments\\)"
  ARGS study extra)
gq_e2e(usage-deck-help STDOUT_RE "--deck FILE \\.\\.\\. " ARGS --help)

# --now and --dry-run: trying later days without writing make-believe answers into the progress.
gq_e2e(now-bare-date STDOUT_RE "^Cards on 2026-12-05\n" ARGS --now 2026-12-05 stats)
gq_e2e(study-dry-run STDIN input/study-one-good.txt
  STDOUT_RE "dry run, nothing is saved · genai-interview · .*Rated \\(not saved\\): Good.*Dry run: none of these answers was saved"
  STDERR /dev/null
  ARGS --data-dir dry-run-never-created --now 2027-01-10T09:00 study --dry-run --limit 1)
gq_e2e(study-pretend-time-warning STDIN input/study-one-good.txt ENV GENAI_QUIZ_HOME=
  STDERR_RE "^genai-quiz: warning: the time is pretended \\(--now, [0-9]+ days ahead\\), and answers are saved with that date into your progress in @HOME@/.local/share/genai-quiz[;] use --dry-run"
  ARGS --now 2099-01-10T09:00 study --limit 1)
# Every command that saves something dated at the pretend time warns likewise.
foreach(command suspend reset)
  gq_e2e(${command}-pretend-time-warning ENV GENAI_QUIZ_HOME= STDOUT_RE "dot"
    STDERR_RE "^genai-quiz: warning: the time is pretended \\(--now, [0-9]+ days ahead\\), and changes are saved with that date into your progress in @HOME@/.local/share/genai-quiz\n$"
    ARGS --deck study.yaml --now 2099-01-10T09:00 ${command} dot)
endforeach()
gq_e2e(study-pinned-own-dir-no-warning STDIN input/study-one-good.txt STDERR /dev/null
  ARGS --now 2099-01-10T09:00 study --limit 1)
# Each grade says it was not saved, and nothing on the way claims otherwise (no "Saved").
gq_e2e(interview-dry-run STDIN input/study-one-good.txt
  STDOUT_RE "^Dry run: the grades are not saved[^\n]*\n([^S]|S[^a]|Sa[^v])*Rated \\(not saved\\): (Again|Hard|Good|Easy), next in [0-9.]+(m|h|d|mo|y)\n([^S]|S[^a]|Sa[^v])*Dry run: nothing was saved.\n$"
  ARGS --data-dir dry-run-never-created --now 2027-01-10T09:00 interview --dry-run -n 1)

# A tag no card has, and a round larger than the cards there are.
gq_e2e(study-unknown-tag EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: unknown tag 'trainng'[;] did you mean 'training'\\?\navailable tags: .*training"
  ARGS study -t trainng)
gq_e2e(interview-fewer-cards-than-asked STDIN input/study-one-good.txt
  STDOUT_RE "^These sections have 3 cards, so the round has 3 questions, not 10.\n"
  ARGS --data-dir interview-fewer --now 2027-01-10T09:00 interview --dry-run -n 10)

# A command with commands of its own (deck): the same treatment one level down.
gq_e2e(usage-nested-bare EXIT 2 STDOUT /dev/null
  STDERR_RE "^usage: genai-quiz deck COMMAND \\[ARGS\\]\n.*\n  list +The decks in use.*\n  remove +.*Run 'genai-quiz help deck COMMAND'"
  ARGS deck)
gq_e2e(usage-nested-misspelt EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: deck: unknown command 'lsit'[;] did you mean 'list'\\?\nRun 'genai-quiz help deck' for the list of commands.\n$"
  ARGS deck lsit)
gq_e2e(usage-help-nested STDOUT_RE "^The decks in use.*\nUsage: genai-quiz deck list" ARGS help deck list)
gq_e2e(usage-help-nested-misspelt EXIT 2 STDERR_RE "^genai-quiz: deck: unknown command 'lsit'[;] did you mean 'list'\\?\n$"
  ARGS help deck lsit)
gq_e2e(usage-nested-misspelt-option EXIT 2
  STDERR_RE "^genai-quiz: deck list: unknown option '--lmit'\nRun 'genai-quiz help deck list' for the options.\n$" ARGS deck list --lmit)
# A misspelt global option with its value, before the command.
gq_e2e(usage-misspelt-global-option EXIT 2 STDOUT /dev/null
  STDERR_RE "^genai-quiz: (study: )?unknown option '--dek'[;] did you mean '--deck'\\?\n" ARGS --dek a.yaml study)
gq_e2e(usage-switch-with-value EXIT 2
  STDERR_RE "^genai-quiz: --type is a switch and takes no value: write '--type' alone, not '--type=maybe'\n"
  ARGS study --type=maybe)
gq_e2e(usage-option-twice EXIT 2 STDERR_RE "^genai-quiz: --new: given 2 times, but it takes one value: give it once\n"
  ARGS study --new 5 --new 6)
# A missing argument is named, with what it should be.
foreach(command import search edit suspend)
  gq_e2e(usage-missing-argument-${command} EXIT 2 STDOUT /dev/null
    STDERR_RE "^genai-quiz: ${command}: [A-Z]+ is missing: [a-z][^\n]+\nRun 'genai-quiz help ${command}' for the options.\n$"
    ARGS ${command})
endforeach()
gq_e2e(usage-help-choices STDOUT_RE "\n +--color WHEN +Colour output: auto, always or never\n" ARGS --help)
