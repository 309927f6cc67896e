# fish completion for genai-quiz.
#
# The program says what fits: `genai-quiz __complete WORD...` gets the words typed so far (the
# last one under the cursor) and prints "words", "files" or "directories", then one candidate a
# line as "word<TAB>description". Commands, options, choices, the sections of the decks named
# with --deck and the settings of config.yaml all come from it, so this script lists none.

function __genai_quiz_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l program $tokens[1]
    set -e tokens[1]
    set -l typed (string unescape -- $current; or echo -- $current)
    set -l answer ($program __complete $tokens "$typed" 2>/dev/null)
    or return
    # For "--option=value" the candidates are values: put the "--option=" back in front.
    set -l prefix (string match -r -- '^--[^=]+=' $typed)
    set -l value (string replace -r -- '^--[^=]+=' '' $typed)
    switch "$answer[1]"
        case files
            __fish_complete_path "$value" | string replace -r -- '^' "$prefix"
        case directories
            __fish_complete_directories "$value" | string replace -r -- '^' "$prefix"
        case words
            for line in $answer[2..-1]
                printf '%s%s\n' "$prefix" $line
            end
    end
end

complete -c genai-quiz -f -a '(__genai_quiz_complete)'
