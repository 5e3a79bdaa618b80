#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Source checks CI runs where the stack is (the build root's clang 19 and reuse): licence headers,
# formatting and clang-tidy. Usage: source.sh BUILD_DIR (a configured build with compile_commands.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build_dir=${1:?usage: source.sh BUILD_DIR}
failed=0

echo "tandem: reuse lint"
if ! reuse lint >/tmp/tandem-reuse.log 2>&1; then
    cat /tmp/tandem-reuse.log
    echo "tandem: reuse lint failed: every file needs a licence and copyright (SPDX header or REUSE.toml)" >&2
    failed=1
fi

# Every tracked C++ file, so the files a change touched are among them.
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
echo "tandem: clang-format --dry-run over ${#sources[@]} files"
if ! clang-format --dry-run --Werror "${sources[@]}" 2>/tmp/tandem-format.log; then
    grep -E '^[^ ].*: (error|warning)' /tmp/tandem-format.log | sed 's/:[0-9]*:[0-9]*: .*//' | sort -u |
        sed 's/^/  not formatted: /'
    echo "tandem: run 'packaging/dev.sh shell clang-format -i FILE...' on the files above" >&2
    failed=1
fi

# A clang-tidy finding fails the run, so a change that brings a new one is seen before it is merged.
echo "tandem: clang-tidy (the checks in .clang-tidy) over app/ and ui/"
mapfile -t units < <(git ls-files 'app/*.cpp' 'ui/*.cpp')
if ! printf '%s\n' "${units[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy --quiet -p "$build_dir" \
    --warnings-as-errors='*' >/tmp/tandem-tidy.log 2>&1; then
    grep -E 'error:|warning:' /tmp/tandem-tidy.log | sort -u | head -n 60
    echo "tandem: clang-tidy found problems (above; the whole output is in /tmp/tandem-tidy.log)" >&2
    failed=1
else
    echo "tandem: clang-tidy found nothing"
fi

exit "$failed"
