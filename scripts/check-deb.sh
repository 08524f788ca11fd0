#!/usr/bin/env bash
# Installs a hopdash .deb, runs the installed binary the way a machine without Swift would (a
# clean environment: no toolchain on PATH, no LD_LIBRARY_PATH), checks that bash parses the
# installed completion script and man finds the page, then removes the package.
#
#   scripts/check-deb.sh PATH/TO/hopdash_VERSION_ARCH.deb      (as root)
set -euo pipefail
deb="${1:?usage: check-deb.sh PACKAGE.deb}"

work="$(mktemp -d)"
cleanup() { dpkg -r hopdash >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

dpkg -i "$deb"
clean=(env -i HOME="$work" PATH=/usr/bin:/bin LANG=C.UTF-8)
# The toolchain must really be out of reach, or this would prove nothing.
if "${clean[@]}" sh -c 'command -v swift' >/dev/null; then echo "check-deb: swift is on the clean PATH" >&2; exit 1; fi
if ldd /usr/bin/hopdash | grep -i swift; then echo "check-deb: the binary needs a Swift library" >&2; exit 1; fi

"${clean[@]}" hopdash --version
"${clean[@]}" hopdash init --demo --store "$work/demo.sqlite" --today 2026-10-01 >/dev/null
snapshot="$("${clean[@]}" hopdash snapshot --store "$work/demo.sqlite" --today 2026-10-01)"
grep -q "Overview" <<<"$snapshot" || { echo "check-deb: the snapshot shows no overview:" >&2; echo "$snapshot" >&2; exit 1; }
echo "snapshot: $(wc -l <<<"$snapshot") lines"

bash -n /usr/share/bash-completion/completions/hopdash
[ -s /usr/share/zsh/vendor-completions/_hopdash ] && [ -s /usr/share/fish/vendor_completions.d/hopdash.fish ]
if command -v man >/dev/null; then man -w hopdash; fi

dpkg -r hopdash
if [ -e /usr/bin/hopdash ]; then echo "check-deb: /usr/bin/hopdash is still there after dpkg -r" >&2; exit 1; fi
echo "check-deb: installed, ran without the toolchain, removed"
