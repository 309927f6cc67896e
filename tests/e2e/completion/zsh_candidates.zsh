#!/usr/bin/env zsh
# Prints what zsh's completion offers for partial command lines, by typing each line and Tab
# into one interactive zsh on a pseudo-terminal (zsh/zpty) whose compadd reports the matches as
# well as adding them. For each line: "== LINE", then one candidate a line.
#   zsh -f zsh_candidates.zsh COMPLETION_DIR 'genai-quiz li' 'genai-quiz --color ' ...
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zsh/zpty is missing"; exit 2 }
local dir=$1 line
shift
local init=$(mktemp)
trap "rm -f ${(q)init}" EXIT
cat >$init <<INIT
PROMPT='' RPROMPT=''
unset zle_bracketed_paste
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' list-grouped false
bindkey '^I' complete-word
compadd() {
  # Queries (-O, -A, -D) pass through; additions are reported, then made.
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a __hits
  builtin compadd -A __hits "\$@"
  local hit
  for hit in \$__hits; do print -r -- "<candidate>\$hit"; done
  builtin compadd "\$@"
}
__candidates_done() { print -r -- "<done>"; comppostfuncs=(__candidates_done) }  # zsh empties the list after each use
comppostfuncs=(__candidates_done)
print -r -- "<ready>"
INIT
zpty capture zsh -f -i
zpty -w capture "source ${(q)init}"
local out
while zpty -r capture out; do [[ $out == *"<ready>"* ]] && break; done
for line in "$@"; do
  print -r -- "== $line"
  zpty -w -n capture $'\C-u'"$line"$'\t'   # Ctrl-U clears what the last line left
  while zpty -r capture out; do
    [[ $out == *"<done>"* ]] && break
    [[ $out == *"<candidate>"* ]] && print -r -- "${${out#*<candidate>}%%$'\r'*}"
  done
done
zpty -d capture
