"""The font embedded in order PDFs: one that has the characters an IDN look-alike uses.

reportlab's built-in fonts (Helvetica, Times) cover Latin-1 only: a Cyrillic "а" in
"miсrosoft" would print as a black box, and the look-alike character *is* the evidence.
DejaVu Sans covers Latin, Greek and Cyrillic. It comes from Debian's fonts-dejavu-core
(scripts/test.sh installs it) or, failing that, the copy matplotlib (a dependency)
ships; both under the DejaVu/Bitstream Vera licence. Nothing is downloaded.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from core.errors import ConfigError

FONT = "DejaVuSans"
DEBIAN_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _matplotlib_dir() -> Path | None:
    try:
        import matplotlib
    except ImportError:
        return None
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def font_files() -> tuple[Path, Path]:
    """(regular, bold) TTF files; ConfigError naming where it looked when neither is there."""
    places = [DEBIAN_DIR, _matplotlib_dir()]
    for place in places:
        if (
            place
            and (place / "DejaVuSans.ttf").exists()
            and (place / "DejaVuSans-Bold.ttf").exists()
        ):
            return place / "DejaVuSans.ttf", place / "DejaVuSans-Bold.ttf"
    where = ", ".join(str(p) for p in places if p)
    raise ConfigError(
        f"no DejaVu Sans font for order PDFs in {where}: apt install fonts-dejavu-core"
    )


@functools.cache
def register() -> str:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(f"{FONT}-Bold", str(bold)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, f"{FONT}-Bold")
    addMapping(FONT, 0, 1, FONT)  # no oblique face embedded: italics print upright
    addMapping(FONT, 1, 1, f"{FONT}-Bold")
    return FONT


def styles() -> dict[str, Any]:
    """Paragraph styles per order element, all in the embedded font."""
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    font = register()
    sheet = getSampleStyleSheet()
    base = {
        "title": sheet["Title"],
        "heading": sheet["Heading2"],
        "item": sheet["Bullet"],
        "note": sheet["Italic"],
        "para": sheet["BodyText"],
    }
    bold = {"title", "heading"}
    return {
        kind: ParagraphStyle(f"order-{kind}", parent=style,
                             fontName=f"{font}-Bold" if kind in bold else font)
        for kind, style in base.items()
    }  # fmt: skip
