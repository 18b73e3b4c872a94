"""Which characters the shipped text fonts can draw, read straight from their cmap tables.

Pure Python (struct), no ReportLab and no Qt: the services check typed text against it, so
a character no document can print is refused where it is typed, not when a PDF is made.
The tables are read once, on first use (about 20 ms for both fonts), into one frozenset.
"""
from __future__ import annotations

import functools
import struct
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# The text fonts of app.documents.fonts: AR PL UMing CN (in a collection) and its fallback.
TEXT_FONTS: tuple[tuple[str, int | None], ...] = (("uming.ttc", 0), ("HanaMinB.ttf", None))


def _font_offset(data: bytes, index: int | None) -> int:
    if data[:4] == b"ttcf":
        count = struct.unpack_from(">I", data, 8)[0]
        offsets = struct.unpack_from(f">{count}I", data, 12)
        return offsets[index or 0]
    return 0


def _cmap_table(data: bytes, font_offset: int) -> int:
    num_tables = struct.unpack_from(">H", data, font_offset + 4)[0]
    for i in range(num_tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, font_offset + 12 + 16 * i)
        if tag == b"cmap":
            return offset
    raise ValueError("font has no cmap table")


def _codepoints_format12(data: bytes, at: int) -> set[int]:
    groups = struct.unpack_from(">I", data, at + 12)[0]
    out: set[int] = set()
    for g in range(groups):
        start, end, _ = struct.unpack_from(">III", data, at + 16 + 12 * g)
        out.update(range(start, end + 1))
    return out


def _codepoints_format4(data: bytes, at: int) -> set[int]:
    seg2 = struct.unpack_from(">H", data, at + 6)[0]
    n = seg2 // 2
    ends = struct.unpack_from(f">{n}H", data, at + 14)
    starts = struct.unpack_from(f">{n}H", data, at + 16 + seg2)
    deltas = struct.unpack_from(f">{n}h", data, at + 16 + 2 * seg2)
    range_at = at + 16 + 3 * seg2
    ranges = struct.unpack_from(f">{n}H", data, range_at)
    out: set[int] = set()
    for i in range(n):
        for cp in range(starts[i], ends[i] + 1):
            if cp == 0xFFFF:
                continue
            if ranges[i] == 0:
                glyph = (cp + deltas[i]) & 0xFFFF
            else:
                ga = range_at + 2 * i + ranges[i] + 2 * (cp - starts[i])
                glyph = struct.unpack_from(">H", data, ga)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                out.add(cp)
    return out


def cmap_codepoints(path: Path, index: int | None = None) -> set[int]:
    """The code points mapped to a glyph by the font's Unicode cmap (format 12, else 4)."""
    data = path.read_bytes()
    cmap = _cmap_table(data, _font_offset(data, index))
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    best: tuple[int, int] | None = None
    for i in range(count):
        pid, eid, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, cmap + offset)[0]
        if (pid, eid) in ((3, 10), (0, 4), (0, 6)) and fmt == 12:
            best = (12, cmap + offset)
            break
        if (pid, eid) in ((3, 1), (0, 3)) and fmt == 4 and best is None:
            best = (4, cmap + offset)
    if best is None:
        return set()
    return _codepoints_format12(data, best[1]) if best[0] == 12 else _codepoints_format4(data, best[1])


@functools.cache
def drawable() -> frozenset[int]:
    """Every code point one of the shipped text fonts draws."""
    out: set[int] = set()
    for name, index in TEXT_FONTS:
        out |= cmap_codepoints(FONT_DIR / name, index)
    return frozenset(out)
