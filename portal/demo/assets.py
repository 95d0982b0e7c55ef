"""Generated files for the demo content: report PDFs and news illustrations.

The demo needs real binary assets (PDFs whose text the portal can extract and search,
images for news items) without shipping them in the repository. Both are built from
text and a seed string, and the output is byte-for-byte reproducible, so reloading the
demo content does not create new versions of unchanged files.
"""

import hashlib
import io
import random
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).with_name("fonts")
FONT_FAMILY = "DejaVuSans"

# A fixed date instead of "now" keeps the PDF bytes (including the file ID) stable.
PDF_CREATION_DATE = datetime(2026, 1, 1, tzinfo=UTC)

# Calm palettes: a light background followed by the colours used for shapes.
PALETTES = [
    ("#eef4f3", ["#2a6f7f", "#5fa8a0", "#a7d3cc", "#f2c57c"]),  # sea green and sand
    ("#f1f3ea", ["#3f6b4b", "#8fb28a", "#d9c9a3", "#c9784f"]),  # forest and clay
    ("#f0eff7", ["#5b5f97", "#a6a6d6", "#f0b7a4", "#ffd6a5"]),  # lavender and peach
    ("#f7f1e7", ["#2f4858", "#6c8b8f", "#e0a96d", "#b5654a"]),  # slate and terracotta
]
SUPERSAMPLING = 2  # draw large and scale down, for smooth edges without extra libraries


def make_pdf(title: str, sections: list[tuple[str, list[str]]], *, language: str) -> bytes:
    """Render a simple A4 report: a title, then bold section headings with their paragraphs.

    The vendored DejaVu Sans subset covers Polish, and fpdf2 embeds a ToUnicode map, so
    text extraction (pypdf, the portal's search) gets the words back with their
    diacritics. Title and language go into the PDF metadata for screen readers.
    """
    pdf = FPDF(format="A4")
    pdf.set_creation_date(PDF_CREATION_DATE)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.add_font(FONT_FAMILY, "", FONT_DIR / "DejaVuSans-subset.ttf")
    pdf.add_font(FONT_FAMILY, "B", FONT_DIR / "DejaVuSans-Bold-subset.ttf")
    pdf.set_margins(left=20, top=20, right=20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    def block(text: str, *, style: str, size: float, line_height: float, after: float) -> None:
        pdf.set_font(FONT_FAMILY, style, size)
        pdf.multi_cell(0, line_height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    block(title, style="B", size=18, line_height=9, after=4)
    for heading, paragraphs in sections:
        block(heading, style="B", size=13, line_height=7, after=2)
        for paragraph in paragraphs:
            block(paragraph, style="", size=11, line_height=6, after=3)
    return bytes(pdf.output())


def make_image(seed: str, *, size: tuple[int, int] = (1200, 675)) -> bytes:
    """Draw an abstract PNG (soft gradient and translucent shapes) determined by ``seed``.

    News items need illustrations, but demo photos would need licences and text in
    images is an accessibility problem; geometric shapes in calm colours avoid both.
    """
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    background, colours = rng.choice(PALETTES)
    width, height = size[0] * SUPERSAMPLING, size[1] * SUPERSAMPLING
    unit = min(width, height)

    image = Image.new("RGB", (width, height), background)
    # A gentle vertical gradient from the background towards the palette's lightest colour.
    tint = Image.new("RGB", (width, height), colours[2])
    mask = Image.linear_gradient("L").resize((width, height)).point(lambda v: v * 0.35)
    image.paste(tint, (0, 0), mask)

    draw = ImageDraw.Draw(image, "RGBA")  # "RGBA" blends each translucent shape onto the image
    for _ in range(rng.randint(5, 8)):
        colour = rng.choice(colours)
        fill = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) + (rng.randint(120, 200),)
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        radius = rng.uniform(0.12, 0.38) * unit
        box = (x - radius, y - radius, x + radius, y + radius)
        shape = rng.choice(("circle", "ring", "square", "triangle"))
        if shape == "circle":
            draw.ellipse(box, fill=fill)
        elif shape == "ring":
            draw.ellipse(box, outline=fill, width=int(radius * 0.25))
        elif shape == "square":
            draw.rounded_rectangle(box, radius=radius * 0.2, fill=fill)
        else:
            draw.regular_polygon((x, y, radius), 3, rotation=rng.uniform(0, 120), fill=fill)

    buffer = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


PICTOGRAM_INK = "#1d3557"
PICTOGRAM_ACCENT = "#f2c57c"


def _person(draw, x, y, unit):
    draw.ellipse((x - unit, y - 3.4 * unit, x + unit, y - 1.4 * unit), fill=PICTOGRAM_INK)
    draw.rounded_rectangle((x - 1.4 * unit, y - unit, x + 1.4 * unit, y + 2.6 * unit),
                           radius=unit, fill=PICTOGRAM_INK)  # fmt: skip


def make_pictogram(kind: str, *, size: int = 320) -> bytes:
    """A simple pictogram for easy-to-read text: dark shapes on a light square, drawn so
    the demo needs no licensed pictogram set. Kinds: people, house, letter, calendar, info."""
    side = size * SUPERSAMPLING
    unit = side / 16
    image = Image.new("RGB", (side, side), "#fdf8ee")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((unit, unit, side - unit, side - unit), radius=2 * unit,
                           outline=PICTOGRAM_INK, width=int(unit * 0.6))  # fmt: skip
    centre = side / 2
    if kind == "people":
        _person(draw, centre - 3 * unit, centre + unit, unit * 1.2)
        _person(draw, centre + 3 * unit, centre + unit, unit * 1.2)
    elif kind == "house":
        draw.polygon([(centre, 3 * unit), (13 * unit, 8 * unit), (3 * unit, 8 * unit)],
                     fill=PICTOGRAM_INK)  # fmt: skip
        draw.rectangle((4.5 * unit, 8 * unit, 11.5 * unit, 13 * unit), fill=PICTOGRAM_INK)
        draw.rectangle((7 * unit, 10 * unit, 9 * unit, 13 * unit), fill=PICTOGRAM_ACCENT)
    elif kind == "letter":
        box = (3 * unit, 5 * unit, 13 * unit, 11.5 * unit)
        draw.rectangle(box, outline=PICTOGRAM_INK, width=int(unit * 0.7))
        draw.line([(3 * unit, 5 * unit), (centre, 9 * unit), (13 * unit, 5 * unit)],
                  fill=PICTOGRAM_INK, width=int(unit * 0.7))  # fmt: skip
    elif kind == "calendar":
        draw.rectangle((3.5 * unit, 4.5 * unit, 12.5 * unit, 12.5 * unit),
                       outline=PICTOGRAM_INK, width=int(unit * 0.7))  # fmt: skip
        draw.rectangle((3.5 * unit, 4.5 * unit, 12.5 * unit, 6.5 * unit), fill=PICTOGRAM_INK)
        for row in range(2):
            for column in range(3):
                x, y = 5 * unit + column * 2.5 * unit, 8 * unit + row * 2.2 * unit
                draw.rectangle((x, y, x + 1.2 * unit, y + 1.2 * unit), fill=PICTOGRAM_ACCENT)
    else:  # info
        draw.ellipse((3 * unit, 3 * unit, 13 * unit, 13 * unit), fill=PICTOGRAM_INK)
        draw.ellipse((7.2 * unit, 4.8 * unit, 8.8 * unit, 6.4 * unit), fill="#fdf8ee")
        draw.rectangle((7.2 * unit, 7.4 * unit, 8.8 * unit, 11.4 * unit), fill="#fdf8ee")
    buffer = io.BytesIO()
    image.resize((size, size), Image.Resampling.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def make_logo_strip(labels: list[str], *, height: int = 120) -> bytes:
    """A stand-in for the EU-funds logo strip (the real marks come from the programme's
    managing authority): framed name plates, so nobody mistakes it for the official logos."""
    font_path = FONT_DIR / "DejaVuSans-Bold-subset.ttf"
    font = ImageFont.truetype(str(font_path), size=int(height * 0.2))
    padding = int(height * 0.2)
    widths = [int(font.getlength(label)) + 2 * padding for label in labels]
    width = sum(widths) + padding * (len(labels) + 1)
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    x = padding
    for label, plate in zip(labels, widths, strict=True):
        draw.rectangle((x, padding, x + plate, height - padding), outline="#003399", width=3)
        draw.text((x + padding, height / 2), label, font=font, fill="#003399", anchor="lm")
        x += plate + padding
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
