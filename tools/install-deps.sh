#!/usr/bin/env bash
# Installs the Debian packages genai-quiz needs to build and test, and nothing else.
# Idempotent: when everything is present it only asks dpkg and returns.
#   tools/install-deps.sh           what the Release build and its tests need
#   tools/install-deps.sh --fuzz    also clang and its libFuzzer runtime, for the sanitizer build
#                                   with the fuzz targets (tools/dev.sh sanitize and fuzz, CI)
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev catch2 libsqlite3-dev nlohmann-json3-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libutf8proc-dev libstemmer-dev
  tmux
  zsh fish   # the completion tests drive each shell's own completion
  git        # sync through git: the sync tests use local bare repositories
  dpkg-dev   # dpkg-shlibdeps: the Debian package's Depends (cmake --build build --target package)
)
if [[ ${1:-} == --fuzz ]]; then
  # libFuzzer and the sanitizer runtimes come with clang, not with g++ (-fsanitize=fuzzer).
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
