#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a packaging validator and fails on any error or warning; exits 77 (ctest: skipped) when the
# validator is not installed here.
set -uo pipefail
tool=$1
if ! command -v "$tool" >/dev/null; then
    echo "skipped: $tool is not installed here (packaging/dev.sh test runs it in the build root)"
    exit 77
fi
output=$("$@" 2>&1)
status=$?
[[ -n $output ]] && printf '%s\n' "$output"
# desktop-file-validate reports warnings but still exits 0.
if ((status == 0)) && [[ $tool == desktop-file-validate && -n $output ]]; then
    status=1
fi
exit "$status"
