#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots the AppStream metainfo shows (timeline.png, queue.png, kpis.png) with the app
# itself, from a fresh demo workspace. Usage: packaging/screenshots/take.sh [BUILD_DIR] (default
# build/dev; build tandem and tandemctl there first). Runs where the stack is (packaging/dev.sh shell).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
if [[ ${1:-} != --here ]]; then
    exec "$src/packaging/dev.sh" shell bash "$here/take.sh" --here "$@"
fi
shift
bin="$src/${1:-build/dev}/bin"
[[ -x $bin/tandem && -x $bin/tandemctl ]] || { echo "take.sh: no tandem and tandemctl in $bin" >&2; exit 1; }

# The status bar shows the workspace's path, so it is a short, fixed one.
workspace=/tmp/tandem-demo
rm -rf "$workspace"
mkdir "$workspace"
trap 'rm -rf "$workspace"' EXIT
"$bin/tandemctl" demo --workspace "$workspace/demo.tandem" --seed 7 --quiet >/dev/null
shoot() { # NAME LOGIN VIEW
    "$bin/tandem" --workspace "$workspace/demo.tandem" --as "$2" --view "$3" --screenshot "$here/$1.png" 2>/dev/null
    echo "packaging/screenshots/$1.png: $3 as $2"
}
shoot timeline rep main
shoot queue specialist queue
shoot kpis lead kpis
