"""Render the app icon's sizes from loyalty.svg: PNGs for Linux and the window, loyalty.ico for Windows.

Run after changing the SVG and commit what it writes:
    uv run python resources/icons/make_icons.py
Qt draws them (its SVG renderer and its .ico writer), so no other tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for shortcuts, Explorer and the taskbar


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(images: dict[int, QImage], path: Path) -> None:
    """An .ico holding PNG-compressed images (read by Windows Vista and later), largest last."""
    entries = [(size, png_bytes(images[size])) for size in ICO_SIZES]
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        side = size % 256  # 0 means 256 in an .ico directory
        directory += bytes((side, side, 0, 0)) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        directory += len(data).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += data
    path.write_bytes(header + directory + payload)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (painting needs one)
    renderer = QSvgRenderer(str(HERE / "loyalty.svg"))
    if not renderer.isValid():
        print("loyalty.svg cannot be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(HERE / f"loyalty-{size}.png"))
    write_ico(images, HERE / "loyalty.ico")
    print(f"wrote {len(SIZES)} PNGs and loyalty.ico in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
