#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A stand-in for file(1), which CPackDeb runs to find the ELF files it hands to dpkg-shlibdeps, for
# where file is not installed (the build root). Says "ELF ... dynamically linked" for those only.
set -euo pipefail
path=$1
if [[ -f $path && $(head -c 4 "$path" | od -An -c | tr -d ' \n') == 177ELF ]] &&
    readelf -d "$path" 2>/dev/null | grep -q '(NEEDED)'; then
    if readelf -l "$path" 2>/dev/null | grep -q 'INTERP'; then
        echo "$path: ELF executable, dynamically linked"
    else
        echo "$path: ELF shared object, dynamically linked"
    fi
else
    echo "$path: data"
fi
