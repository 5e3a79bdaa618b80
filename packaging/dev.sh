#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds, runs and tests Tandem. Builds natively when the host has the whole stack
# (Qt >= 6.5, KF6 SyntaxHighlighting, Catch2 3, libsodium, CMake, Ninja); otherwise makes a
# Debian 13 build root once with mmdebstrap (in .buildroot/, rebuilt when
# packaging/buildroot/packages.txt changes) and works inside it with bubblewrap.
#
#   packaging/dev.sh run [-- tandem arguments]   build and start the desktop app
#   packaging/dev.sh test                        build and run every test, then test the .deb (what CI runs)
#   packaging/dev.sh shell [command...]          a shell (or one command) where the stack is
#   packaging/dev.sh build [preset]              build only (default preset: dev)
#   packaging/dev.sh package                     build the release preset and make the .deb
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
packages_file="$src/packaging/buildroot/packages.txt"
preset=${TANDEM_PRESET:-dev}

say() { printf 'tandem: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

host_has_stack() {
    [[ ${TANDEM_FORCE_BUILDROOT:-0} == 1 ]] && return 1
    command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
    local probe
    probe=$(mktemp -d)
    if cmake -S "$src/packaging/buildroot/probe" -B "$probe" -G Ninja >/dev/null 2>&1; then
        rm -rf "$probe"
        return 0
    fi
    rm -rf "$probe"
    return 1
}

package_list() { grep -v '^\s*#' "$packages_file" | grep -v '^\s*$' | tr '\n' ',' | sed 's/,$//'; }

root_dir() {
    local hash
    hash=$( (cat "$packages_file"; echo trixie) | sha256sum | cut -c1-12)
    echo "$src/.buildroot/trixie-$hash"
}

install_host_tools() {
    local missing=()
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    ((${#missing[@]} == 0)) && return 0
    [[ $(id -u) == 0 ]] || die "this host lacks the build stack; install ${missing[*]} (as root: apt-get install ${missing[*]}) and run me again."
    say "installing ${missing[*]} on the host"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_root() {
    local root
    root=$(root_dir)
    [[ -f $root/.tandem-complete ]] && return 0
    install_host_tools
    [[ $(id -u) == 0 ]] || die "building the Debian 13 build root needs root (mmdebstrap); run this once as root or install the stack natively (see README)."
    mkdir -p "$src/.buildroot"
    find "$src/.buildroot" -mindepth 1 -maxdepth 1 -name 'trixie-*' ! -path "$root" -exec rm -rf {} +
    rm -rf "$root.partial"
    say "making the Debian 13 build root in ${root#"$src"/} (once; takes a few minutes)"
    local attempt
    for attempt in 1 2 3; do
        if mmdebstrap --quiet --variant=apt --include="$(package_list)" trixie "$root.partial" >"$src/.buildroot/mmdebstrap.log" 2>&1; then
            break
        fi
        rm -rf "$root.partial"
        ((attempt == 3)) && die "mmdebstrap failed three times; see .buildroot/mmdebstrap.log"
        say "mmdebstrap failed (attempt $attempt), trying again"
        sleep 5
    done
    mv "$root.partial" "$root"
    touch "$root/.tandem-complete"
}

# Runs a command inside the build root: the checkout, /proc, /dev, /dev/shm, the user's home (for
# the app's data) and the X11 socket are shared with the host.
in_root() {
    local root
    root=$(root_dir)
    local args=(--bind "$root" / --proc /proc --dev /dev --bind /dev/shm /dev/shm --tmpfs /tmp
        --ro-bind /etc/resolv.conf /etc/resolv.conf --die-with-parent
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        --setenv LANG "${LANG:-C.UTF-8}" --setenv TANDEM_IN_BUILDROOT 1)
    [[ -d $HOME && $HOME != / ]] && args+=(--bind "$HOME" "$HOME")
    args+=(--bind "$src" "$src" --chdir "$src")
    [[ -d /tmp/.X11-unix ]] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
    [[ -n ${XAUTHORITY:-} && -f $XAUTHORITY ]] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    if [[ -n ${XDG_RUNTIME_DIR:-} && -d $XDG_RUNTIME_DIR ]]; then args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR"); fi
    bwrap "${args[@]}" "$@"
}

# Runs a command where the stack is: natively or in the build root.
with_stack() {
    if host_has_stack; then
        "$@"
    else
        ensure_root
        in_root "$@"
    fi
}

# Makes the Debian package from a configured and built preset with CPack; prints its path.
make_deb() {
    local deb
    deb=$(with_stack bash -c 'cd "$1" && rm -rf "build/$0/package" &&
        cpack --config "build/$0/CPackConfig.cmake" -B "build/$0/package" >&2 &&
        ls "build/$0/package"/tandem_*.deb' "$1" "$src" | tail -n 1)
    [[ -n $deb && -f $src/$deb ]] || die "cpack made no .deb for the $1 preset"
    echo "$src/$deb"
}

# Installs, starts and purges the package of a built preset in a clean Debian 13 root (needs root).
test_deb() {
    if [[ ${TANDEM_SKIP_DEB_TEST:-0} == 1 ]]; then
        say "TANDEM_SKIP_DEB_TEST=1: the .deb was NOT tested"
        return 0
    fi
    [[ $(id -u) == 0 ]] || die "the .deb test installs the package into a throwaway Debian 13 root and needs root; run as root, or set TANDEM_SKIP_DEB_TEST=1 to leave it out."
    install_host_tools
    local deb
    deb=$(make_deb "$1")
    bash "$src/packaging/deb-test.sh" "$deb"
}

case ${1:-} in
run)
    shift
    [[ ${1:-} == -- ]] && shift
    with_stack bash -c 'cmake --preset "$1" >/dev/null && cmake --build --preset "$1" --target tandem tandemctl && shift && exec "build/$0/bin/tandem" "$@"' "$preset" "$preset" "$@"
    ;;
test)
    with_stack bash packaging/buildroot/test-inside.sh "$preset"
    test_deb "$preset"
    ;;
build)
    p=${2:-$preset}
    with_stack bash -c 'cmake --preset "$0" && cmake --build --preset "$0"' "$p"
    ;;
package)
    with_stack bash -c 'cd "$1" && cmake --preset release && cmake --build --preset release' release "$src"
    make_deb release
    ;;
shell)
    shift
    if (($# == 0)); then set -- bash; fi
    with_stack "$@"
    ;;
*)
    sed -n '4,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
