#!/usr/bin/env python3
"""Makes the installers' icons from src/packaging/icon.svg (the shapes of ui/AppIcon.java).

jpackage wants one file per system: a PNG on Linux (the menu entry), an ICO on Windows (the
launcher, the Start-menu entry and the installer) and an ICNS on macOS (the app bundle). The
PNGs are rendered by ImageMagick's `convert` (`apt-get install -y imagemagick`); the ICO is
written by `convert` too; ICNS, which ImageMagick 6 cannot write, is put together here: a
header and one PNG per size under its type code (icp4 16 px, icp5 32, icp6 64, ic07 128,
ic08 256, ic09 512, ic10 1024). Run from the repository root; the outputs are committed.
"""
import os
import struct
import subprocess
import tempfile

SVG = "src/packaging/icon.svg"
PNG = "src/packaging/linux/Samtalsledaren.png"
ICO = "src/packaging/windows/Samtalsledaren.ico"
ICNS = "src/packaging/macos/Samtalsledaren.icns"
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]


def render(size, out):
    # A high density so the vector shapes are drawn at the target size, not scaled up.
    subprocess.run(["convert", "-background", "none", "-density", str(max(72, size * 72 // 64 * 2)), SVG,
                    "-resize", f"{size}x{size}", "-strip", f"PNG32:{out}"], check=True)


def main():
    for path in (PNG, ICO, ICNS):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    render(256, PNG)
    with tempfile.TemporaryDirectory() as tmp:
        pngs = {}
        for size in sorted({16, 24, 32, 48, 64, 128, 256, 512, 1024}):
            pngs[size] = os.path.join(tmp, f"{size}.png")
            render(size, pngs[size])
        subprocess.run(["convert"] + [pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)] + [ICO], check=True)
        body = b""
        for code, size in ICNS_TYPES:
            with open(pngs[size], "rb") as f:
                data = f.read()
            body += code + struct.pack(">I", 8 + len(data)) + data
        with open(ICNS, "wb") as f:
            f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    for path in (PNG, ICO, ICNS):
        print(path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()
