#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a Tandem .deb into a fresh, minimal Debian 13 root, starts both programs from /usr, checks
# the desktop integration files, then purges the package and checks that nothing of it is left.
# Runs on the host as root (mmdebstrap, bubblewrap); packaging/dev.sh test runs it after ctest.
#
#   packaging/deb-test.sh build/release/package/tandem_0.1.0_amd64.deb
#
# The clean root is made once and kept as a tarball in .buildroot/; apt's downloads are kept in
# .buildroot/debtest-apt/ so later runs are quick. Each run extracts the tarball afresh.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="$src/.buildroot"

say() { printf 'tandem: %s\n' "$*" >&2; }
die() { say "deb test FAILED: $*"; exit 1; }

(($# == 1)) && [[ -f $1 && $1 == *.deb ]] || { echo "usage: $0 PACKAGE.deb" >&2; exit 2; }
deb=$(realpath "$1")
[[ $(id -u) == 0 ]] || die "needs root (it installs the package into a throwaway Debian 13 root)"
for tool in mmdebstrap bwrap; do
    command -v "$tool" >/dev/null || die "needs $tool on this host (apt-get install mmdebstrap bubblewrap)"
done

# Named apart from dev.sh's trixie-* build roots, which it removes when it makes a new one.
mm_args=(--quiet --variant=apt trixie)
tarball="$cache/clean-$(printf '%s\n' "${mm_args[@]}" | sha256sum | cut -c1-12).tar"
mkdir -p "$cache"
if [[ ! -f $tarball ]]; then
    say "making a clean Debian 13 root for the .deb test in ${tarball#"$src"/} (once; about two minutes)"
    rm -rf "$cache"/clean-*.tar "$cache"/partial-clean*
    # mmdebstrap picks its output format from the name's ending, so the partial file ends in .tar too.
    partial="$cache/partial-${tarball##*/}"
    mmdebstrap --format=tar "${mm_args[@]}" "$partial" >"$cache/clean-root.log" 2>&1 ||
        die "mmdebstrap failed; see .buildroot/clean-root.log"
    [[ -f $partial ]] || die "mmdebstrap made no tarball at ${partial#"$src"/}"
    mv "$partial" "$tarball"
fi
apt_cache="$cache/debtest-apt"
mkdir -p "$apt_cache/archives/partial" "$apt_cache/lists/partial"

work=$(mktemp -d /var/tmp/tandem-debtest.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/root" "$work/out"
tar -C "$work/root" --numeric-owner -xpf "$tarball"

cat >"$work/inside.sh" <<'INSIDE'
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
fail() { echo "tandem: deb test FAILED: $*" >&2; exit 1; }
apt=(apt-get -q -o APT::Sandbox::User=root)
step() { echo "tandem: deb test: $*" >&2; }

step "installing $(basename "$DEB") and its dependencies"
"${apt[@]}" update >/out/apt.log 2>&1 || { cat /out/apt.log >&2; fail "apt-get update"; }
"${apt[@]}" install -y --no-install-recommends "$DEB" >>/out/apt.log 2>&1 ||
    { tail -n 40 /out/apt.log >&2; fail "apt-get install $DEB"; }
dpkg -s tandem >/dev/null || fail "dpkg does not know tandem after installing it"
dpkg -L tandem >/out/files

for file in /usr/bin/tandem /usr/bin/tandemctl \
    /usr/share/applications/org.tandemdesk.Tandem.desktop \
    /usr/share/metainfo/org.tandemdesk.Tandem.metainfo.xml \
    /usr/share/doc/tandem/copyright \
    /usr/share/icons/hicolor/scalable/apps/org.tandemdesk.Tandem.svg \
    /usr/share/icons/hicolor/16x16/apps/org.tandemdesk.Tandem.png \
    /usr/share/icons/hicolor/512x512/apps/org.tandemdesk.Tandem.png \
    /usr/share/man/man1/tandemctl.1.gz \
    /usr/share/tandem/translations/tandem_de.qm \
    /usr/share/tandem/templates/default-library.json \
    /usr/share/org.kde.syntax-highlighting/syntax/tandem-template.xml; do
    [[ -f $file ]] || fail "$file is not installed"
done

step "starting tandemctl and tandem from /usr/bin"
cd /tmp
tandemctl demo --workspace /tmp/w.tandem --customers 40 --interactions 400 --quiet >/out/demo.json ||
    fail "tandemctl demo"
grep -q '"customers"' /out/demo.json || fail "tandemctl demo printed no summary: $(cat /out/demo.json)"
QT_QPA_PLATFORM=offscreen tandem --workspace /tmp/w.tandem --as rep --screenshot /out/screenshot.png \
    2>/out/tandem.log || { cat /out/tandem.log >&2; fail "tandem --screenshot"; }

step "purging the package"
"${apt[@]}" purge -y tandem >>/out/apt.log 2>&1 || { tail -n 40 /out/apt.log >&2; fail "apt-get purge tandem"; }
if dpkg -s tandem >/dev/null 2>&1; then fail "dpkg still knows tandem after the purge"; fi
left=0
while IFS= read -r path; do
    # Directories other packages share stay; ours must be gone or, if shared, not left empty.
    if [[ -d $path && ! -L $path ]]; then
        if [[ -z $(ls -A "$path") ]]; then echo "left behind (empty directory): $path" >&2; left=1; fi
    elif [[ -e $path || -L $path ]]; then
        echo "left behind: $path" >&2
        left=1
    fi
done </out/files
((left == 0)) || fail "purging tandem left files behind"
INSIDE

bwrap --bind "$work/root" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp \
    --ro-bind /etc/resolv.conf /etc/resolv.conf \
    --bind "$apt_cache/archives" /var/cache/apt/archives --bind "$apt_cache/lists" /var/lib/apt/lists \
    --ro-bind "$deb" "/root/$(basename "$deb")" --bind "$work/out" /out --ro-bind "$work/inside.sh" /inside.sh \
    --unshare-pid --unshare-ipc --die-with-parent --cap-add ALL \
    --clearenv --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --setenv HOME /root --setenv LANG C.UTF-8 --setenv DEB "/root/$(basename "$deb")" \
    bash /inside.sh || die "see the messages above"

# The screenshot must be a real picture of the window: a 1280x800 PNG with content (an empty or
# single-colour image compresses to a few kilobytes).
shot="$work/out/screenshot.png"
[[ -f $shot ]] || die "tandem wrote no screenshot"
header=$(od -An -tx1 -N24 "$shot" | tr -d ' \n')
[[ $header == 89504e470d0a1a0a0000000d49484452* ]] || die "the screenshot is not a PNG"
width=$((16#${header:32:8}))
height=$((16#${header:40:8}))
size=$(stat -c %s "$shot")
((width == 1280 && height == 800)) || die "the screenshot is ${width}x${height}, not 1280x800"
((size > 30000)) || die "the screenshot is only $size bytes; the window looks empty"
files=$(grep -c . "$work/out/files")
say "deb test passed: $(basename "$deb") installed into a clean Debian 13 root ($files paths), started (${width}x${height} screenshot, $((size / 1024)) KiB) and purged without leftovers"
