#!/usr/bin/env bash
# The main job: builds respolicy and runs the demo, which validates a handful of real-looking
# responses and prints what respolicy finds in each. Installs missing Debian packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESPOLICY_BUILD_TESTS=OFF >/dev/null
cmake --build build/demo --target validate_responses >/dev/null
exec build/demo/examples/validate_responses/validate_responses
