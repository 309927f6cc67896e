# Prints what fish's completion offers for partial command lines (`complete -C`), with the
# completion script loaded. For each line: "== LINE", then one candidate a line.
#   fish --no-config fish_candidates.fish COMPLETION_FILE 'genai-quiz li' 'genai-quiz --color ' ...
source $argv[1]; or exit 2
for line in $argv[2..-1]
    echo "== $line"
    complete -C "$line"
end
