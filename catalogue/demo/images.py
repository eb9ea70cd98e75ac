"""Product pictures drawn locally with Pillow: no download, no licence question.

Each picture is a warm background per OCOP group, a simple drawing of what the product is
(a cup, a bottle, a jar, a fruit, a vase, a house on stilts...) and the product's name in a
font with Vietnamese glyphs.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 800
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)

# (background, accent, ink) per group: warm, readable colours.
PALETTES: dict[str, tuple[str, str, str]] = {
    "food": ("#f6e3c3", "#d9822b", "#4a2c12"),
    "beverage": ("#f3d9c8", "#a8432f", "#4a1d12"),
    "herbal": ("#e4ecd0", "#5f8a3a", "#26381a"),
    "handicraft": ("#f1dcc9", "#9c5b34", "#3f2414"),
    "ornamental": ("#f7dfe2", "#c0506a", "#4d1c28"),
    "tourism": ("#dcebe6", "#3f8a7a", "#173a33"),
}
DEFAULT_PALETTE = PALETTES["food"]

Box = tuple[int, int, int, int]
Drawer = Callable[[ImageDraw.ImageDraw, str, str], None]


@cache
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A system font with Vietnamese glyphs, else Pillow's bundled default."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


# --- Illustrations (drawn in the upper part of the canvas, centre x=400, y≈300) -------------


def _cup(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rounded_rectangle((270, 260, 510, 450), radius=40, fill=accent, outline=ink, width=6)
    d.arc((480, 290, 580, 400), start=-90, end=90, fill=ink, width=14)
    d.ellipse((220, 440, 580, 490), fill=ink)
    for x in (330, 390, 450):  # steam
        d.arc((x - 20, 150, x + 20, 250), start=100, end=260, fill=ink, width=6)
    d.ellipse((560, 180, 660, 240), fill="#6b9a3c")  # a tea leaf
    d.line((570, 210, 650, 210), fill="#3c5e22", width=4)


def _beans(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    _cup(d, "#6f4a2e", ink)
    for x, y in ((190, 420), (610, 430), (640, 360)):
        d.ellipse((x - 28, y - 40, x + 28, y + 40), fill="#5a3a22", outline=ink, width=3)
        d.line((x, y - 34, x, y + 34), fill="#2e1c10", width=4)


def _fruit(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    for x, y, r in ((320, 340, 105), (480, 330, 95), (400, 430, 90)):
        d.ellipse((x - r, y - r, x + r, y + r), fill=accent, outline=ink, width=5)
    d.line((400, 240, 420, 170), fill=ink, width=8)
    d.polygon([(420, 180), (520, 150), (470, 210)], fill="#5f8a3a")


def _bag(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.polygon([(270, 200), (530, 200), (570, 500), (230, 500)], fill=accent, outline=ink, width=6)
    d.rectangle((270, 180, 530, 215), fill=ink)
    d.rounded_rectangle((300, 300, 500, 420), radius=20, fill="#fff7e8", outline=ink, width=4)
    d.ellipse((375, 330, 425, 390), fill=accent)


def _jar(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rounded_rectangle((290, 230, 510, 500), radius=50, fill=accent, outline=ink, width=6)
    d.rectangle((310, 190, 490, 240), fill=ink)
    d.rounded_rectangle((320, 320, 480, 420), radius=16, fill="#fff7e8", outline=ink, width=4)
    # star anise: eight small petals
    for dx, dy in ((0, -30), (21, -21), (30, 0), (21, 21), (0, 30), (-21, 21), (-30, 0), (-21, -21)):
        d.ellipse((400 + dx - 9, 370 + dy - 9, 400 + dx + 9, 370 + dy + 9), fill="#8b3a1e")


def _meat(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rounded_rectangle((230, 250, 570, 470), radius=30, fill="#fff7e8", outline=ink, width=6)
    for i, x in enumerate(range(270, 540, 70)):
        d.rounded_rectangle(
            (x, 290 + (i % 2) * 20, x + 50, 430), radius=18, fill="#8a3324", outline=ink, width=3
        )


def _bottle(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rectangle((370, 150, 430, 250), fill=ink)
    d.rounded_rectangle((310, 240, 490, 510), radius=40, fill=accent, outline=ink, width=6)
    d.rounded_rectangle((330, 330, 470, 430), radius=12, fill="#fff7e8", outline=ink, width=4)
    d.rectangle((360, 135, 440, 160), fill="#c9a227")


def _leaf_bottle(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rectangle((430, 220, 470, 280), fill=ink)
    d.rounded_rectangle((390, 270, 510, 500), radius=30, fill="#b8862b", outline=ink, width=6)
    d.ellipse((200, 230, 400, 470), fill=accent, outline=ink, width=6)
    d.line((220, 450, 380, 250), fill=ink, width=6)


def _cloth(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.rectangle((220, 200, 580, 500), fill="#2d2a5a", outline=ink, width=6)
    colours = ("#d94f3d", "#f2b134", "#3f8a7a", "#ffffff")
    for row, y in enumerate(range(230, 480, 50)):
        for col, x in enumerate(range(250, 560, 50)):
            c = colours[(row + col) % len(colours)]
            d.polygon([(x, y + 20), (x + 20, y), (x + 40, y + 20), (x + 20, y + 40)], fill=c)


def _vase(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.ellipse((270, 260, 530, 500), fill="#b5562f", outline=ink, width=6)
    d.rectangle((350, 180, 450, 290), fill="#b5562f", outline=ink, width=6)
    d.ellipse((330, 165, 470, 200), fill="#8e3f20", outline=ink, width=5)
    d.arc((300, 330, 500, 430), start=0, end=180, fill="#f1dcc9", width=6)


def _box(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.polygon([(230, 280), (400, 210), (570, 280), (400, 350)], fill="#c58b52", outline=ink, width=5)
    d.polygon([(230, 280), (400, 350), (400, 500), (230, 430)], fill="#9c5b34", outline=ink, width=5)
    d.polygon([(570, 280), (400, 350), (400, 500), (570, 430)], fill="#7d4526", outline=ink, width=5)
    d.ellipse((290, 360, 350, 420), outline="#f1dcc9", width=5)


def _urn(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.ellipse((260, 250, 540, 460), fill="#c9a227", outline=ink, width=6)
    d.rectangle((300, 230, 500, 260), fill="#a8841a", outline=ink, width=4)
    for x in (300, 380, 460):
        d.rectangle((x, 450, x + 40, 520), fill="#a8841a", outline=ink, width=4)
    d.arc((220, 280, 300, 380), start=90, end=270, fill=ink, width=10)
    d.arc((500, 280, 580, 380), start=-90, end=90, fill=ink, width=10)


def _lantern(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.line((400, 130, 400, 200), fill=ink, width=6)
    d.rectangle((360, 195, 440, 220), fill="#c9a227")
    d.ellipse((270, 210, 530, 480), fill="#d63a2f", outline=ink, width=6)
    for x in (320, 360, 400, 440, 480):
        d.line((x, 220, x, 470), fill="#a52a22", width=4)
    d.rectangle((360, 470, 440, 495), fill="#c9a227")
    d.line((400, 495, 400, 540), fill="#c9a227", width=6)


def _plant(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.polygon([(300, 420), (500, 420), (470, 520), (330, 520)], fill="#9c5b34", outline=ink, width=5)
    d.line((400, 420, 380, 300), fill="#5a3a22", width=14)
    d.line((385, 320, 300, 240), fill="#5a3a22", width=10)
    d.line((390, 300, 500, 220), fill="#5a3a22", width=10)
    for x, y in ((300, 230), (500, 210), (380, 190), (440, 260), (330, 290), (260, 260), (540, 250)):
        d.ellipse((x - 34, y - 34, x + 34, y + 34), fill=accent, outline=ink, width=3)


def _bird(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.ellipse((260, 260, 520, 450), fill="#b5562f", outline=ink, width=6)
    d.ellipse((460, 190, 570, 300), fill="#b5562f", outline=ink, width=6)
    d.polygon([(565, 240), (610, 255), (565, 270)], fill="#f2b134")
    d.polygon([(500, 180), (520, 150), (535, 185), (550, 160), (555, 195)], fill="#d63a2f")
    d.polygon([(270, 330), (170, 230), (200, 360)], fill="#2d4a2a", outline=ink)
    for x in (340, 420):  # thick legs
        d.rectangle((x, 440, x + 40, 530), fill="#e0a060", outline=ink, width=4)


def _stilt_house(d: ImageDraw.ImageDraw, accent: str, ink: str) -> None:
    d.polygon([(120, 420), (260, 200), (400, 420)], fill="#9bbfb0")
    d.polygon([(380, 420), (540, 170), (700, 420)], fill="#7aa998")
    d.polygon([(230, 290), (400, 200), (570, 290)], fill="#6b4a2e", outline=ink, width=5)
    d.rectangle((260, 290, 540, 400), fill="#c58b52", outline=ink, width=5)
    d.rectangle((370, 320, 430, 400), fill="#6b4a2e")
    for x in (270, 360, 440, 520):
        d.rectangle((x, 400, x + 14, 500), fill="#6b4a2e")


DRAWERS: dict[str, Drawer] = {
    "tea": _cup,
    "coffee-cocoa": _beans,
    "fresh-agricultural": _fruit,
    "processed-agricultural": _bag,
    "spices": _jar,
    "meat-processed": _meat,
    "alcoholic": _bottle,
    "non-alcoholic": _bottle,
    "herbal-tea": _leaf_bottle,
    "functional-food": _leaf_bottle,
    "essential-oils": _leaf_bottle,
    "textiles": _cloth,
    "ceramics": _vase,
    "wood": _box,
    "metal": _urn,
    "souvenirs-decor": _lantern,
    "ornamental-plants": _plant,
    "ornamental-animals": _bird,
    "community-tourism": _stilt_house,
}
GROUP_DRAWERS: dict[str, Drawer] = {
    "food": _bag,
    "beverage": _bottle,
    "herbal": _leaf_bottle,
    "handicraft": _vase,
    "ornamental": _plant,
    "tourism": _stilt_house,
}


def _wrap(draw: ImageDraw.ImageDraw, text: str, fnt, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=fnt) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def draw_picture(title: str, subtitle: str, group: str, subgroup: str = "") -> Image.Image:
    background, accent, ink = PALETTES.get(group, DEFAULT_PALETTE)
    image = Image.new("RGB", (SIZE, SIZE), background)
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((24, 24, SIZE - 24, SIZE - 24), radius=36, outline=accent, width=6)
    drawer = DRAWERS.get(subgroup) or GROUP_DRAWERS.get(group, _bag)
    drawer(d, accent, ink)

    title_font = font(50)
    lines = _wrap(d, title, title_font, SIZE - 120)[:2]
    y = 610 if len(lines) == 1 else 592
    for line in lines:
        d.text((SIZE / 2, y), line, font=title_font, fill=ink, anchor="mm")
        y += 58
    d.text((SIZE / 2, 722), subtitle, font=font(30), fill=accent, anchor="mm")
    return image


def picture_bytes(title: str, subtitle: str, group: str, subgroup: str = "") -> bytes:
    buffer = io.BytesIO()
    draw_picture(title, subtitle, group, subgroup).save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()
