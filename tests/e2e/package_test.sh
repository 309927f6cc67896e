#!/usr/bin/env bash
# Builds the Debian package with CPack, checks that its Depends are the runtime packages of the
# libraries the program links (and no -dev package), installs it with `dpkg -i` into a scratch
# root, runs the installed genai-quiz, and removes it again.
#   tests/e2e/package_test.sh BUILD_DIR
# Exits 77 (skipped) where dpkg or dpkg-shlibdeps is missing. Runs as root or not (dpkg's
# --force-not-root; the scratch root is a folder, not a chroot).
set -euo pipefail
build=$(realpath "$1")
for tool in dpkg dpkg-deb dpkg-query dpkg-shlibdeps cpack objdump; do
  command -v $tool >/dev/null || { echo "$tool is not installed: skipped"; exit 77; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Build it.
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"

# 2. Depends: one runtime package for each library the program needs, and no -dev package.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dep_names=$(tr ',' '\n' <<<"$depends" | sed -E 's/^ +//; s/[ (|].*//' | sed '/^$/d')
grep -- '-dev$' <<<"$dep_names" && fail "Depends names a -dev package"
dpkg-deb -x "$deb" "$work/unpacked"
binary=$work/unpacked/usr/bin/genai-quiz
for lib in $(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }'); do
  path=$(ldd "$binary" | awk -v lib="$lib" '$1 == lib { print $3 }')
  owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null || true)
  owner=${owner%%:*}
  [[ -n $owner ]] || { fail "no package owns $lib ($path)"; continue; }
  grep -qx -- "$owner" <<<"$dep_names" || fail "$lib comes from $owner, which is not in Depends"
done

# 3. Install into a scratch root whose dpkg database holds only the packages Depends names,
#    copied from this machine's database: dpkg checks the versions against what is installed.
root=$work/root
admin=$root/var/lib/dpkg
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
: >"$admin/status"
: >"$admin/available"
for name in $dep_names; do
  dpkg-query -s "$name" >>"$admin/status" 2>/dev/null || { fail "$name is not installed here"; continue; }
  echo >>"$admin/status"
  arch=$(dpkg-query -W -f='${Architecture}' "$name" | head -1)
  : >"$admin/info/$name.list"
  : >"$admin/info/$name:$arch.list"
done
dpkg=(dpkg --root="$root" --force-not-root --log=/dev/null)
"${dpkg[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
[[ $("${dpkg[@]}" -s genai-quiz 2>/dev/null | sed -n 's/^Status: //p') == "install ok installed" ]] ||
  fail "genai-quiz is not installed in the scratch root"

# 4. The installed program runs, and its files are where the shells and man look for them.
installed=$root/usr/bin/genai-quiz
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config GENAI_QUIZ_HOME=$work/home/data NO_COLOR=1
version=$("$installed" --version) || fail "genai-quiz --version failed"
[[ $version == "$("$build/genai-quiz" --version)" ]] || fail "installed --version says '$version'"
echo "$version"
listing=$("$installed" list) || fail "genai-quiz list failed"
[[ $listing == "$("$build/genai-quiz" list)" ]] || fail "installed 'genai-quiz list' differs from the build's"
echo "$listing" | head -1
for file in usr/share/man/man1/genai-quiz.1 usr/share/bash-completion/completions/genai-quiz \
  usr/share/zsh/vendor-completions/_genai-quiz usr/share/fish/vendor_completions.d/genai-quiz.fish \
  usr/share/genai-quiz/genai-interview.yaml usr/share/genai-quiz/genai-interview-questions.md \
  usr/share/doc/genai-quiz/README.md usr/share/doc/genai-quiz/CHANGELOG.md; do
  [[ -s $root/$file ]] || fail "/$file is missing"
done

# 5. Remove it: nothing of it is left.
"${dpkg[@]}" -r genai-quiz >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -r failed"; }
left=$(find "$root" -path "$admin" -prune -o -type f -print)
[[ -z $left ]] || fail "files left after dpkg -r: $left"

[[ $failures -eq 0 ]] || exit 1
echo "package: built, installed, run and removed"
