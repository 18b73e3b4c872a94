"""The shipped CJK fonts: registration, glyph checks and font-run markup.

Every text in a document is set in embedded TrueType subsets (ReportLab embeds a subset of
every TTFont it uses), never in the non-embedded PDF base-14 fonts. User text is set in
AR PL UMing CN (a Ming/Song face); characters UMing lacks, such as the Ext-B 𠮷, fall back to
Hanazono Mincho B. WenQuanYi Micro Hei is used only for fixed headings and labels.

A character neither text font can draw is an error (`MissingGlyphError`), never a blank box.
"""

from __future__ import annotations

import gc
import functools
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.ttf import FastTTFont
from app.domain.errors import DomainError

# The one place the font folder is resolved (repo root / resources / fonts).
FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SERIF = "MD-UMingCN"
FALLBACK = "MD-HanaMinB"
SANS = "MD-WQYMicroHei"

_UMING_FILE = "uming.ttc"
_UMING_FAMILY = "AR PL UMing CN"
_HANAMIN_FILE = "HanaMinB.ttf"
_SANS_FILE = "wqy-microhei.ttc"
_SANS_FAMILY = "WenQuanYi Micro Hei"

# Layout characters that are never drawn as glyphs.
_LAYOUT_CHARS = frozenset("\n\r\t")
# Variation selectors (U+FE00–FE0F, U+E0100–E01EF) select a glyph variant; our fonts have no
# variant tables, so they are dropped rather than drawn as boxes.
_VS_RANGES = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
_VS_CHARS = frozenset(chr(cp) for lo, hi in _VS_RANGES for cp in range(lo, hi + 1))


class MissingGlyphError(DomainError):
    """No shipped font can draw `char`: the document must not be produced."""

    def __init__(self, char: str, field: str | None = None) -> None:
        code = f"U+{ord(char):04X}"
        where = f" in {field}" if field else ""
        super().__init__(
            zh=f"字体无法显示字符“{char}”（{code}），请核对姓名用字",
            en=f"no shipped font can draw the character {char!r} ({code}){where}",
            field=field,
        )
        self.char = char
        self.codepoint = ord(char)


@dataclass(frozen=True)
class FontSet:
    """Registered font names plus the code points the always-loaded fonts cover."""

    serif: str
    fallback: str
    sans: str
    serif_cmap: frozenset[int]
    sans_cmap: frozenset[int]


def family_names(path: Path) -> list[str]:
    """Family name (name ID 1) of each font in a .ttf/.ttc, read from the name tables only
    (a full parse would read the whole multi-megabyte file)."""
    names: list[str] = []
    with path.open("rb") as f:
        head = f.read(12)
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            offsets = list(struct.unpack(f">{count}I", f.read(4 * count)))
        else:
            offsets = [0]
        for offset in offsets:
            f.seek(offset)
            num_tables = struct.unpack(">H", f.read(12)[4:6])[0]
            directory = f.read(16 * num_tables)
            tables = {
                directory[i : i + 4]: struct.unpack(">II", directory[i + 8 : i + 16])
                for i in range(0, len(directory), 16)
            }
            table_offset, length = tables[b"name"]
            f.seek(table_offset)
            data = f.read(length)
            _, records, strings = struct.unpack(">HHH", data[:6])
            family = ""
            for r in range(records):
                pid, _, lang, nid, size, start = struct.unpack(
                    ">6H", data[6 + 12 * r : 18 + 12 * r]
                )
                raw = data[strings + start : strings + start + size]
                if nid == 1 and pid == 3 and lang == 0x409:
                    family = raw.decode("utf-16-be")
                    break
                if nid == 1 and pid == 1 and not family:
                    family = raw.decode("latin-1")
            names.append(family)
    return names


def _subfont_index(path: Path, family: str) -> int:
    """Index of `family` inside a TrueType collection (found by name, not by position)."""
    try:
        return family_names(path).index(family)
    except ValueError:
        raise FileNotFoundError(f"{family!r} not found in {path}") from None


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap writes code points as <%04X>, which truncates characters
    beyond the BMP (𠮷 U+20BB7 would extract as U+20BB). Write UTF-16BE (surrogate pairs), as
    the PDF spec requires, so names stay searchable and copyable."""

    def utf16_hex(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16_hex(cp)}>" for i, cp in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _register(name: str, path: Path, family: str | None = None) -> frozenset[int]:
    index = _subfont_index(path, family) if family else 0
    font = FastTTFont(name, str(path), subfontIndex=index)  # ReportLab's TTFont, parsed faster
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


# The fonts are parsed and registered once per process and reused by every document after.
# ReportLab's registry is process-global; the lock keeps two threads from registering at once.
_REGISTRY_LOCK = threading.Lock()
_font_set: FontSet | None = None
_fallback: frozenset[int] | None = None


def register_fonts() -> FontSet:
    """Register the text fonts with ReportLab once per process and return their names.
    The fallback font (30 MB) is loaded only when a text needs it: see `_fallback_cmap`."""
    global _font_set
    fonts = _font_set
    if fonts is None:
        with _REGISTRY_LOCK:
            if _font_set is None:
                ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
                # Page, form and image streams are Flate-compressed binary, without ReportLab's
                # extra ASCII85 text layer (a 7-bit transport encoding from PostScript days):
                # the same content, a fifth smaller, and no pure-Python encoding pass per
                # stream (about 10 ms per agreement).
                rl_config.useA85 = 0
                _font_set = FontSet(
                    serif=SERIF,
                    fallback=FALLBACK,
                    sans=SANS,
                    serif_cmap=_register(SERIF, FONT_DIR / _UMING_FILE, _UMING_FAMILY),
                    sans_cmap=_register(SANS, FONT_DIR / _SANS_FILE, _SANS_FAMILY),
                )
                _settle_permanent_objects()
            fonts = _font_set
    return fonts


def _settle_permanent_objects() -> None:
    """Move what is alive now (modules, ReportLab, the fonts' glyph tables: millions of
    objects kept for the life of the process) out of the cyclic collector's sight, after
    one collection of the garbage made while parsing. Every later collection then skips them;
    a warm render spends about 15 % less time in the collector."""
    gc.collect()
    gc.freeze()


def _fallback_cmap() -> frozenset[int]:
    global _fallback
    cmap = _fallback
    if cmap is None:
        register_fonts()
        with _REGISTRY_LOCK:
            if _fallback is None:
                _fallback = _register(FALLBACK, FONT_DIR / _HANAMIN_FILE)
                _settle_permanent_objects()
            cmap = _fallback
    return cmap


def _is_variation_selector(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _VS_RANGES)


def font_for(char: str, *, base: str = SERIF) -> str | None:
    """The registered font that draws `char` (the base font first), or None."""
    fonts = register_fonts()
    cp = ord(char)
    base_cmap = fonts.sans_cmap if base == SANS else fonts.serif_cmap
    if cp in base_cmap:
        return base
    if cp in fonts.serif_cmap:
        return SERIF
    if cp in _fallback_cmap():
        return FALLBACK
    return None


def check_drawable(text: str, field: str | None = None) -> None:
    """Raise MissingGlyphError naming the first character no shipped font can draw."""
    fonts = register_fonts()
    if fonts.serif_cmap.issuperset(map(ord, text)):
        return  # the usual case, decided without a Python-level loop
    for char in text:
        cp = ord(char)
        if char in _LAYOUT_CHARS or _is_variation_selector(cp):
            continue
        if cp not in fonts.serif_cmap and cp not in _fallback_cmap():
            raise MissingGlyphError(char, field)


def font_runs(text: str, *, base: str = SERIF) -> Iterator[tuple[str, str]]:
    """Split `text` into (font name, run) pairs; variation selectors are dropped."""
    fonts = register_fonts()
    base_cmap = fonts.sans_cmap if base == SANS else fonts.serif_cmap
    if base_cmap.issuperset(map(ord, text)) and _VS_CHARS.isdisjoint(text):
        if text:  # the usual case: one run in the base font
            yield base, text
        return
    current: str | None = None
    run: list[str] = []
    for char in text:
        cp = ord(char)
        if _is_variation_selector(cp):
            continue
        found = current or base if char in _LAYOUT_CHARS else font_for(char, base=base)
        if found is None:
            raise MissingGlyphError(char)
        font: str = found
        if font != current and run:
            yield current or base, "".join(run)
            run = []
        current = font
        run.append(char)
    if run:
        yield current or base, "".join(run)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_markup(text: str, *, base: str = SERIF) -> str:
    """Paragraph markup for plain `text`: XML-escaped, line breaks kept, and every run the
    base font lacks wrapped in <font name="..."> so it renders as a real glyph."""
    parts: list[str] = []
    for font, run in font_runs(text, base=base):
        escaped = _escape(run).replace("\r\n", "\n").replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def text_width(text: str, size: float, *, base: str = SERIF) -> float:
    """Width in points of `text` set with font fallback."""
    return sum(float(stringWidth(run, font, size)) for font, run in font_runs(text, base=base))


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    base: str = SERIF,
    align: str = "left",
) -> float:
    """Draw one line of `text` with font fallback; returns its width. align: left/centre/right."""
    width = text_width(text, size, base=base)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    obj = canv.beginText(x, y)
    for font, run in font_runs(text, base=base):
        obj.setFont(font, size)
        obj.textOut(run)
    canv.drawText(obj)
    return width
