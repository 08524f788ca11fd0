#!/usr/bin/env bash
# Builds a Debian package of hopdash: the binary (Swift runtime linked in), its man page and
# bash, zsh and fish completions, depending on the ncurses and SQLite runtime libraries that
# dpkg-shlibdeps finds the binary linked against.
#
#   scripts/package-deb.sh [--out DIR]      writes DIR/hopdash_VERSION_ARCH.deb (DIR: .build/deb)
#
# The version is the binary's own (hopdash --version), so the package, the man page and
# --version always agree. Needs dpkg-dev (dpkg-shlibdeps) besides dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/deb
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="${2:?--out needs a directory}"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "package-deb.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
scripts/install.sh --prefix /usr --destdir "$root" >/dev/null

# Debian's places: zsh looks in vendor-completions; man pages are compressed.
mkdir -p "$root/usr/share/zsh/vendor-completions"
mv "$root/usr/share/zsh/site-functions/_hopdash" "$root/usr/share/zsh/vendor-completions/_hopdash"
rmdir "$root/usr/share/zsh/site-functions"
gzip -9n "$root/usr/share/man/man1/hopdash.1"

version="$("$root/usr/bin/hopdash" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
# dpkg-shlibdeps wants a debian/control to read; an empty one will do. It fails if the binary
# needs a library no installed package provides (the Swift runtime, were it not linked in).
mkdir -p "$work/debian"
touch "$work/debian/control"
depends="$(cd "$work" && dpkg-shlibdeps -O -e "$root/usr/bin/hopdash" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || { echo "package-deb.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

mkdir -p "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: hopdash
Version: $version
Architecture: $arch
Maintainer: hopdash maintainers <hopdash@localhost>
Depends: $depends
Section: utils
Priority: optional
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Description: terminal dashboard for Heads of Profession
 Maturity, skills gaps, CPD and the good-practice checklist for the civil
 service professions, over a local SQLite store, with a read-only kiosk
 mode, CSV import and export, forum reports and store collation.
CONTROL

mkdir -p "$out"
deb="$out/hopdash_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
