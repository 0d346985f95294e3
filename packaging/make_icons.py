"""Draw the program's icon and write it in every size and format the platforms ask for.

The icon is drawn here, not kept only as pixels, so anyone can change it and regenerate:

    python packaging/make_icons.py

It writes `resources/icons/ambassador.png` (the window's icon, 256 px, shipped with
the program), `packaging/icons/ambassador.ico` (Windows: the executable and the installer) and
`packaging/icons/ambassador.icns` (macOS: the .app). Pillow is already installed with ReportLab.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
WINDOW_ICON = ROOT / "resources" / "icons" / "ambassador.png"
WINDOWS_ICON = ROOT / "packaging" / "icons" / "ambassador.ico"
MACOS_ICON = ROOT / "packaging" / "icons" / "ambassador.icns"

CANVAS = 1024  # drawn at this size, then scaled down: smooth edges without an SVG renderer
TEAL = (23, 97, 107, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = CANVAS) -> Image.Image:
    """A teal tile with a white speech bubble holding a check mark: a follow-up, done."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def at(fraction: float) -> int:
        return round(fraction * size)

    # macOS and Windows 11 draw icons on a grid with a margin; the tile keeps ~6 % of it.
    pen.rounded_rectangle((at(0.06), at(0.06), at(0.94), at(0.94)), radius=at(0.2), fill=TEAL)
    pen.rounded_rectangle((at(0.2), at(0.22), at(0.8), at(0.68)), radius=at(0.12), fill=WHITE)
    # The bubble's tail, down and to the left.
    pen.polygon([(at(0.3), at(0.62)), (at(0.46), at(0.66)), (at(0.27), at(0.82))], fill=WHITE)
    pen.line(
        [(at(0.34), at(0.46)), (at(0.45), at(0.56)), (at(0.66), at(0.34))],
        fill=TEAL,
        width=at(0.07),
        joint="curve",
    )
    # Round the check mark's two ends, which a wide line leaves square.
    for x, y in ((0.34, 0.46), (0.66, 0.34)):
        radius = at(0.035)
        pen.ellipse((at(x) - radius, at(y) - radius, at(x) + radius, at(y) + radius), fill=TEAL)
    return image


def main() -> None:
    icon = draw()
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(WINDOW_ICON, optimize=True)
    icon.save(WINDOWS_ICON, sizes=ICO_SIZES)
    icon.save(MACOS_ICON)
    for path in (WINDOW_ICON, WINDOWS_ICON, MACOS_ICON):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} kB")


if __name__ == "__main__":
    main()
