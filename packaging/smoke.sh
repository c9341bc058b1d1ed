#!/usr/bin/env bash
# Build the lite bundle and check the built programs the way a user would run them: outside any
# virtual environment, from another folder, with an empty data folder.
#
#   packaging/smoke.sh             # build (packaging/build.sh lite), then check
#   packaging/smoke.sh --no-build  # check the existing packaging/dist/inkstone-lite
#   VARIANT=full packaging/smoke.sh [--no-build]   # the same for the full variant
#
# Checks: inkstone-cli --version; the bundled model is found inside the bundle; one
# `run summarize` on it (llama.cpp); no torch/transformers/peft in the bundle; the window opens
# offscreen and the app exits cleanly; install-linux.sh installs a valid menu entry and removes it.
# The full variant instead must hold torch and run one summarize on the torch backend.
# Not part of CI: the build takes minutes.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
VARIANT="${VARIANT:-lite}"
BUNDLE="${BUNDLE:-$HERE/dist/inkstone-$VARIANT}"
APP_ID=io.github.inkstone.Inkstone

if [ "${1:-}" != "--no-build" ]; then
    "$HERE/build.sh" "$VARIANT"
fi
[ -x "$BUNDLE/inkstone-cli" ] || { echo "smoke: no bundle at $BUNDLE; run packaging/build.sh $VARIANT" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
cd "$work"
failures=0
ok() { echo "smoke: ok    $*"; }
bad() { echo "smoke: FAIL  $*" >&2; failures=$((failures + 1)); }
# A user's environment: no virtualenv, no PYTHONPATH, no display, an empty data folder.
clean() { env -i HOME="$work/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 INKSTONE_HOME="$work/data" "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# 1. --version
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)"
out="$(clean "$BUNDLE/inkstone-cli" --version 2>&1)" || true
[ "$out" = "inkstone $version" ] && ok "inkstone-cli --version: $out" || bad "inkstone-cli --version printed: $out"

# 2. lite means no torch stack; full means all of it. Pure-Python packages (peft) live in the
#    programs' embedded module archives, whose module names are stored uncompressed.
stack_found=0
for module in torch.nn transformers.models.llama peft.tuners; do
    grep -qa "$module" "$BUNDLE/inkstone-cli" && stack_found=$((stack_found + 1))
done
if [ "$VARIANT" = lite ]; then
    [ "$stack_found" = 0 ] && [ ! -e "$BUNDLE/_internal/torch" ] && ok "no torch/transformers/peft in the bundle" \
        || bad "the lite bundle holds parts of torch/transformers/peft"
else
    [ "$stack_found" = 3 ] && ok "torch, transformers and peft are in the bundle" || bad "the full bundle lacks torch, transformers or peft"
fi

# 3. the bundled model is the bundle's own copy
if models="$(clean "$BUNDLE/inkstone-cli" models list --json 2>&1)"; then
    path="$(echo "$models" | field '[0]["path"]')"
    case "$path" in
        "$BUNDLE"/*) ok "bundled model found at $path" ;;
        *) bad "bundled model path is $path, outside the bundle" ;;
    esac
else
    bad "inkstone-cli models list: $models"
fi

# 4. one summarize on the bundled model
text="The city council met on Tuesday to discuss the new library. After two hours of debate, members voted seven to two to fund the building, which will open in 2027 with a reading room, a children's wing and free evening classes."
start=$(date +%s.%N)
if result="$(clean "$BUNDLE/inkstone-cli" run summarize --length short --json --max-tokens 80 --text "$text" 2>"$work/summarize.err")"; then
    seconds=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
    backend="$(echo "$result" | field '["backend"]')"
    output="$(echo "$result" | field '["output"].strip()')"
    speed="$(echo "$result" | field '["tokens_per_s"]')"
    if [ "$backend" = "llama.cpp" ] && [ -n "$output" ]; then
        ok "run summarize on $backend in ${seconds} s (${speed} tok/s): ${output:0:120}"
    else
        bad "run summarize gave backend=$backend output=$output"
    fi
else
    bad "run summarize failed: $(cat "$work/summarize.err")"
fi

# 4b. the first load was a test load in a child: the bundle re-ran its own executable with
#     --inkstone-probe-model (core/models/probe.py), and a model that makes llama.cpp abort is
#     refused with one line.
if grep -q '"ok": true' "$work/data/cache/model_probes.json" 2>/dev/null; then
    ok "the bundled model was test-loaded in a child process first"
else
    bad "no successful test load recorded in $work/data/cache/model_probes.json"
fi
python3 - "$path" "$work/broken.gguf" <<'PY' || true
import os, sys
source, target = sys.argv[1], sys.argv[2]
with open(source, "rb") as handle:
    header = bytearray(handle.read(4 << 20))
at = header.index(b"llama.block_count") + len(b"llama.block_count") + 4
header[at : at + 4] = (0).to_bytes(4, "little")  # llama.cpp aborts on a block count of 0
with open(target, "wb") as out:  # full size, the rest a hole
    out.write(header)
    out.truncate(os.path.getsize(source))
PY
clean "$BUNDLE/inkstone-cli" run summarize --model "$work/broken.gguf" --text "$text" >"$work/broken.out" 2>&1 && status=0 || status=$?
if [ "$status" = 2 ] && [ "$(wc -l <"$work/broken.out")" -le 1 ] && grep -q "block_count is 0" "$work/broken.out"; then
    ok "a damaged model is refused in one line: $(head -c 150 "$work/broken.out")"
else
    bad "damaged model: exit $status: $(head -c 400 "$work/broken.out")"
fi

# 5. the torch backend: the lite bundle refuses it with a message, not a traceback; the full one runs it
if [ "$VARIANT" = full ]; then
    if result="$(clean timeout 900 "$BUNDLE/inkstone-cli" run summarize --backend torch --length short --json --max-tokens 30 \
        --text "$text" 2>"$work/torch.err")" && [ "$(echo "$result" | field '["backend"]')" = torch ]; then
        ok "run summarize on torch: $(echo "$result" | field '["output"].strip()[:100]')"
    else
        bad "run summarize --backend torch: $(tail -3 "$work/torch.err")"
    fi
else
    clean "$BUNDLE/inkstone-cli" run summarize --backend torch --text "$text" >"$work/torch.out" 2>&1 && status=0 || status=$?
    if [ "$status" = 2 ] && ! grep -q Traceback "$work/torch.out"; then
        ok "--backend torch refused: $(head -1 "$work/torch.out")"
    else
        bad "--backend torch in the lite bundle: exit $status: $(tail -3 "$work/torch.out")"
    fi
fi

# 6. the window opens offscreen and the app exits cleanly. --measure-startup (desktop/app.py) shows
#    the window, prints how long that took and quits; the exit status must be 0.
printf '# Notes\n\nA file opened at start-up.\n' >"$work/notes.md"
clean QT_QPA_PLATFORM=offscreen timeout 120 "$BUNDLE/inkstone" --measure-startup "$work/notes.md" >"$work/gui.out" 2>&1 \
    && status=0 || status=$?
if [ "$status" = 0 ] && grep -q "window shown" "$work/gui.out" && ! grep -qE "Traceback|QThread: Destroyed" "$work/gui.out"; then
    ok "window opened offscreen and the app exited cleanly: $(grep "window shown" "$work/gui.out")"
elif grep -q "window shown" "$work/gui.out"; then
    bad "window opened offscreen, but the app did not exit cleanly (exit $status): $(grep -v "window shown" "$work/gui.out" | tail -3)"
else
    bad "inkstone --measure-startup (offscreen), exit $status: $(tail -5 "$work/gui.out")"
fi
if [ -f "$work/data/inkstone.log" ] && grep -q " ERROR " "$work/data/inkstone.log"; then
    bad "inkstone.log has errors: $(grep " ERROR " "$work/data/inkstone.log" | head -3)"
fi

# 7. menu entry: install, validate, uninstall (into the temporary home)
export HOME="$work/home" XDG_DATA_HOME="$work/home/share"
entry="$XDG_DATA_HOME/applications/$APP_ID.desktop"
if "$BUNDLE/install-linux.sh" >/dev/null && [ -f "$entry" ] \
    && grep -qx "Exec=\"$BUNDLE/inkstone\" %F" "$entry" \
    && [ -f "$XDG_DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg" ] \
    && [ -f "$XDG_DATA_HOME/icons/hicolor/256x256/apps/$APP_ID.png" ] \
    && [ "$(readlink "$HOME/.local/bin/inkstone-cli")" = "$BUNDLE/inkstone-cli" ] \
    && [ "$("$HOME/.local/bin/inkstone-cli" --version)" = "inkstone $version" ]; then
    if command -v desktop-file-validate >/dev/null; then
        report="$(desktop-file-validate "$entry" 2>&1)" && [ -z "$report" ] \
            && ok "install-linux.sh: menu entry valid, icons installed, inkstone-cli runs through its link" || bad "installed entry: $report"
    else
        ok "install-linux.sh: menu entry, icons and links installed (desktop-file-validate missing, not validated)"
    fi
    "$BUNDLE/install-linux.sh" --uninstall >/dev/null
    [ ! -e "$entry" ] && [ ! -e "$HOME/.local/bin/inkstone" ] && ok "install-linux.sh --uninstall removed them" \
        || bad "install-linux.sh --uninstall left files behind"
else
    bad "install-linux.sh did not install the entry, icons and links"
fi

echo "smoke: bundle $BUNDLE: $(du -sh "$BUNDLE" | cut -f1)"
if [ "$failures" -gt 0 ]; then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: all checks passed"
