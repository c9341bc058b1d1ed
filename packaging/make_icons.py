"""Render the app icon (resources/icons/inkstone.svg) into the PNG, .ico and .icns files.

Run it after editing the SVG; its outputs are committed, so a build needs neither this script nor
its tool. Needs ``rsvg-convert`` (Debian: librsvg2-bin). The .ico and .icns files are written here
in pure Python, both holding PNG images (the form Windows Vista+ and macOS 10.7+ read), because
neither ImageMagick nor Apple's iconutil is available on the build machine.

    python packaging/make_icons.py
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "inkstone.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # freedesktop hicolor sizes, also used by the window
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (the @2x ones reuse the bigger renders).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render(size: int, target: Path) -> bytes:
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(target)], check=True)
    return target.read_bytes()


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    if not shutil.which("rsvg-convert"):
        print("make_icons: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        images = {size: render(size, Path(tmp) / f"{size}.png") for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    for size in PNG_SIZES:
        (SVG.parent / f"inkstone-{size}.png").write_bytes(images[size])
    (ROOT / "packaging" / "inkstone.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (ROOT / "packaging" / "inkstone.icns").write_bytes(icns(images))
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, packaging/inkstone.ico and packaging/inkstone.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
