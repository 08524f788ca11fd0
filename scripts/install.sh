#!/usr/bin/env bash
# Installs hopdash the way a system tool is installed: a stripped release binary with the Swift
# standard library linked in (it runs without the Swift toolchain), its man page, and bash, zsh
# and fish completions. Or removes exactly those files.
#
#   scripts/install.sh [--prefix DIR] [--destdir DIR]      build and install (prefix /usr/local)
#   scripts/install.sh --uninstall [--prefix DIR]          remove what install put there
#
# --destdir stages the files under DIR (DIR/PREFIX/...), as packaging does.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
destdir=
uninstall=false
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --destdir) destdir="${2:?--destdir needs a directory}"; shift 2 ;;
        --destdir=*) destdir="${1#--destdir=}"; shift ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done
case "$prefix" in /*) ;; *) echo "install.sh: --prefix must be an absolute path, not '$prefix'" >&2; exit 64 ;; esac

root="$destdir$prefix"
bin="$root/bin/hopdash"
man="$root/share/man/man1/hopdash.1"
bash_completion="$root/share/bash-completion/completions/hopdash"
zsh_completion="$root/share/zsh/site-functions/_hopdash"
fish_completion="$root/share/fish/vendor_completions.d/hopdash.fish"
installed=("$bin" "$man" "$bash_completion" "$zsh_completion" "$fish_completion")

if $uninstall; then
    for file in "${installed[@]}"; do
        if [ -e "$file" ] || [ -L "$file" ]; then rm -f "$file" && echo "removed $file"; fi
    done
    exit 0
fi

# The Swift runtime linked in statically: no RUNPATH into the toolchain that built it.
swift build -c release --static-swift-stdlib --product hopdash
built="$(swift build -c release --static-swift-stdlib --product hopdash --show-bin-path)/hopdash"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp "$built" "$staging/hopdash"
strip "$staging/hopdash"
"$staging/hopdash" manual > "$staging/hopdash.1"
for shell in bash zsh fish; do
    "$staging/hopdash" --generate-completion-script "$shell" > "$staging/completion.$shell"
done

install -D -m 0755 "$staging/hopdash" "$bin"
install -D -m 0644 "$staging/hopdash.1" "$man"
install -D -m 0644 "$staging/completion.bash" "$bash_completion"
install -D -m 0644 "$staging/completion.zsh" "$zsh_completion"
install -D -m 0644 "$staging/completion.fish" "$fish_completion"
for file in "${installed[@]}"; do echo "installed $file"; done
