#!/usr/bin/env bash
# The main job: installs what is missing (Debian packages), builds respolicy and the guarded_server
# example, and runs it. The example starts an asynchronous Boost.Beast server on 127.0.0.1 whose
# handlers are wrapped in respolicy::beast::guard, sends it real requests, prints what the guard
# caught, repaired and blocked (rule ids, RFC citations) and what the client received, and exits.
# Usage: scripts/demo.sh            (from anywhere; the build goes to build/demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
echo "respolicy: configuring and building the demo in build/demo (a few minutes the first time)..." >&2
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESPOLICY_BUILD_TESTS=OFF \
  -DRESPOLICY_BUILD_BEAST=ON -DRESPOLICY_BUILD_EXAMPLES=ON >/dev/null
cmake --build build/demo --target guarded_server >/dev/null
exec build/demo/examples/guarded_server/guarded_server
