#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's PNG sizes from the SVG into icons/NxN/ (committed; run again after
# changing the SVG). Needs rsvg-convert; without it here, runs itself in the build root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! command -v rsvg-convert >/dev/null; then
    exec "$here/../dev.sh" shell bash "$here/render.sh"
fi
id=org.tandemdesk.Tandem
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$here/$id.svg" --output "$here/${size}x${size}/$id.png"
done
echo "rendered $id.png in 16, 22, 24, 32, 48, 64, 128, 256 and 512 px under ${here#"$PWD"/}"
