#!/usr/bin/env bash
# Build Inkstone's one-folder bundles with PyInstaller.
#
#   packaging/build.sh            # lite: llama.cpp + bundled model + Qt  -> packaging/dist/inkstone-lite/
#   packaging/build.sh full       # lite + torch/transformers/peft        -> packaging/dist/inkstone-full/
#   packaging/build.sh lite full  # both
#
# Run it from any folder, in a Python environment that has Inkstone's dependencies and
# PyInstaller (pip install -e . pyinstaller). Set PYTHON to pick another interpreter.
# Prints the build time and the bundle's size.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python}"
variants=("$@")
[ ${#variants[@]} -eq 0 ] && variants=(lite)

"$PYTHON" -c "import PyInstaller" 2>/dev/null || {
    echo "build.sh: PyInstaller is missing from $("$PYTHON" -c 'import sys; print(sys.prefix)'); run: $PYTHON -m pip install pyinstaller" >&2
    exit 2
}

for variant in "${variants[@]}"; do
    case "$variant" in
        lite | full) ;;
        *) echo "build.sh: unknown variant '$variant' (lite or full)" >&2; exit 2 ;;
    esac
    dist="$HERE/dist"
    start=$(date +%s)
    (cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$dist" --workpath "$HERE/build/$variant" \
        "$HERE/inkstone.spec" -- --variant "$variant")
    seconds=$(($(date +%s) - start))
    target="$dist/inkstone-$variant"
    if [ "$(uname -s)" = Linux ]; then
        install -m 755 "$HERE/install-linux.sh" "$target/install-linux.sh"
    fi
    app="$dist/Inkstone.app"; [ "$variant" = full ] && app="$dist/Inkstone-full.app"
    [ -d "$app" ] && target="$app"  # macOS (untested)
    size=$(du -sh "$target" | cut -f1)
    echo "build.sh: $variant bundle in $target: $size, built in ${seconds} s"
done
