#!/bin/sh
# Add Inkstone to your desktop's application menu (for your user only; no root needed).
#
#   ./install-linux.sh              # run from the unpacked bundle folder (build.sh puts a copy there)
#   ./install-linux.sh --uninstall  # remove the menu entry, icons and command links again
#
# It installs the .desktop entry (pointing at this folder's `inkstone`), the icons into the
# hicolor theme under ${XDG_DATA_HOME:-~/.local/share}, and links `inkstone` and `inkstone-cli`
# into ~/.local/bin. Move the bundle folder? Run it again from the new place.
set -eu

APP_ID=io.github.inkstone.Inkstone
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
SIZES="16 24 32 48 64 128 256 512"

uninstall() {
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    for name in inkstone inkstone-cli; do
        # Only the links this script made, never a pip-installed script (a plain file).
        case "$(readlink "$BIN/$name" 2>/dev/null)" in
            */"$name") rm -f "$BIN/$name" ;;
        esac
    done
    refresh
    echo "Inkstone is no longer in the application menu. The bundle folder itself was left alone: delete it to finish."
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

RES=$HERE/_internal/resources
if [ ! -x "$HERE/inkstone" ] || [ ! -f "$RES/linux/$APP_ID.desktop" ]; then
    echo "install-linux.sh: run the copy inside an Inkstone bundle folder (one that holds 'inkstone' and '_internal/')" >&2
    exit 2
fi
case "$HERE" in
    *[\"\`\$\\%]*)
        echo "install-linux.sh: the folder name $HERE has a character desktop entries cannot quote (\" \` \$ \\ %); move the bundle and run it again" >&2
        exit 2 ;;
esac

mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps" "$BIN"
cp "$RES/icons/inkstone.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$RES/icons/inkstone-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
here_sed=$(printf '%s' "$HERE" | sed 's/[&|]/\\&/g')  # & and | are special in the sed replacement
sed -e "s|^Exec=inkstone |Exec=\"$here_sed/inkstone\" |" -e "s|^TryExec=inkstone\$|TryExec=$here_sed/inkstone|" \
    "$RES/linux/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
for name in inkstone inkstone-cli; do
    if [ -e "$BIN/$name" ] && [ ! -L "$BIN/$name" ]; then
        echo "install-linux.sh: $BIN/$name exists and is not a link; left it alone" >&2
    else
        ln -sfn "$HERE/$name" "$BIN/$name"
    fi
done
refresh
echo "Inkstone is in the application menu (it may take a moment to appear)."
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "To run inkstone-cli from a terminal, add $BIN to your PATH." ;;
esac
