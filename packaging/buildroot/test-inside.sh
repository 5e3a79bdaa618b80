#!/usr/bin/env bash
# The whole test run, where the stack is (natively or inside the build root): configure, build, ctest.
set -euo pipefail
preset=${1:-dev}
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
