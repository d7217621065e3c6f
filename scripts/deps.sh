#!/usr/bin/env bash
# Installs what respolicy builds with, from Debian's packages, when it is missing.
# Usage: scripts/deps.sh            (sourced or run; needs root or sudo to install)
set -euo pipefail

packages=(cmake ninja-build g++ libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev catch2
          libssl-dev googletest libbenchmark-dev wrk clang-14 libclang-rt-14-dev man-db groff-base)
# Test-only tools, never dependencies of the library: headless Chromium, python3-junitparser and
# npm (for the SARIF multitool) read respolicy-lint's reports (tests/cli/reports_test.py); Doxygen
# builds the API reference (the docs.api test). npm comes with some Node.js builds.
packages+=(chromium python3-junitparser doxygen)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "respolicy: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "respolicy: missing Debian packages: ${missing[*]}" >&2
    echo "respolicy: run as root, or install them: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
