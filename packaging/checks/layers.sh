#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a layer above storage includes a storage/ header: repositories are private to storage and
# reached only from service .cpp files, so the UI and the command line see domain types and services.
#   layers.sh [DIR...] [--headers DIR...]
# Every source file under a DIR before --headers is checked; after it, only the DIR's own headers (a
# service's .cpp may use storage, its header may not).
set -u
status=0
headers_only=0
for arg in "$@"; do
    if [ "$arg" = --headers ]; then
        headers_only=1
        continue
    fi
    if [ ! -d "$arg" ]; then
        echo "layers.sh: no folder $arg" >&2
        exit 2
    fi
    if [ "$headers_only" = 1 ]; then
        files=$(find "$arg" -maxdepth 1 -name '*.h')
    else
        files=$(find "$arg" -name '*.h' -o -name '*.cpp')
    fi
    [ -n "$files" ] || continue
    # shellcheck disable=SC2086 # one file name per word; the tree has no spaces in names
    if grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]storage/' $files; then
        status=1
    fi
done
if [ "$status" != 0 ]; then
    echo "layers.sh: the files above include storage/ headers; use domain types and services instead." >&2
fi
exit "$status"
