"""ReportLab's TrueType font, loaded and subset with less work (same data, same PDF).

ReportLab's `TTFontFile.extractInfo` reads a font's cmap, hmtx and loca tables one number at a
time (`read_ushort` per entry). For our CJK fonts (27,000 to 60,000 glyphs) that costs about
0.1 s per font (0.2 s for Hanazono Mincho B) in every process that renders a document.
`FastTTFontFace` reads the same tables with bulk `struct` unpacks into exactly the structures
ReportLab builds (tests compare them attribute by attribute with ReportLab's own parse); a
font whose Unicode cmap is not format 12 goes through ReportLab's parser unchanged.

Subsetting (once per font per document) asks for the whole `glyf` table to slice single glyphs
out of it; ReportLab copies the table (17 MB for UMing, 30 MB for Hanazono) each time. The face
hands out a read-only view that copies only the slices taken, and keeps the last subsets it
made, since the same document is usually rendered more than once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from itertools import chain
from struct import unpack_from
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import ttfonts


_SUBSETS_KEPT = 16  # per font; a subset of our CJK fonts is 20 to 150 KB


class _TableView:
    """One table of the font file; slicing returns bytes and copies only the slice."""

    __slots__ = ("_data", "_length", "_start")

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        if not isinstance(key, slice):
            raise TypeError("font table views support slicing only")
        start, stop, step = key.indices(self._length)
        if step != 1:
            raise ValueError("font table views support contiguous slices only")
        return self._data[self._start + start : self._start + max(start, stop)]


class FastTTFontFace(ttfonts.TTFontFace):
    """`TTFontFace` with bulk reads of the per-glyph tables (see the module docstring)."""

    def __init__(
        self, filename: str, validate: int = 0, subfontIndex: int = 0  # noqa: N803
    ) -> None:
        self._md_subsets: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self._md_subset_lock = threading.Lock()
        super().__init__(filename, validate=validate, subfontIndex=subfontIndex)

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 (ReportLab's names)
        # Names, metrics and flags: ReportLab's own code (a few dozen reads), which also checks
        # the header tables and stops before the per-glyph tables when charInfo is false.
        super().extractInfo(0)
        if charInfo and not self._extract_char_info():
            super().extractInfo(charInfo)  # any other layout: ReportLab's parser, unchanged

    @property
    def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 (ReportLab's name)
        """Glyph → characters, in cmap order. ReportLab uses it only to shape text (with
        uharfbuzz), which these documents do not do, so it is built on first use."""
        cached = self.__dict__.get("_md_glyph_to_char")
        if cached is None:
            flat = self.__dict__.get("_md_cmap_groups")
            if flat is None:
                raise AttributeError("glyphToChar")
            cached = {}
            for i in range(0, len(flat), 3):
                start, end, first_glyph = flat[i], flat[i + 1], flat[i + 2]
                for unichar in range(start, end + 1):
                    cached.setdefault(first_glyph + unichar - start, []).append(unichar)
            self.__dict__["_md_glyph_to_char"] = cached
        return cached

    @glyphToChar.setter
    def glyphToChar(self, value: dict[int, list[int]]) -> None:  # noqa: N802
        self.__dict__["_md_glyph_to_char"] = value

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 (ReportLab's name)
        """ReportLab's subset, kept for the last few character lists: rendering the same
        document again (preview, then the copy that is printed or sealed) embeds the same
        subsets. The bytes depend only on the font and the list."""
        key = tuple(subset)
        with self._md_subset_lock:
            found = self._md_subsets.get(key)
            if found is not None:
                self._md_subsets.move_to_end(key)
                return found
        made: bytes = super().makeSubset(subset)
        with self._md_subset_lock:
            self._md_subsets[key] = made
            while len(self._md_subsets) > _SUBSETS_KEPT:
                self._md_subsets.popitem(last=False)
        return made

    def get_table(self, tag: str) -> bytes:
        if tag == "glyf":  # only sliced, by makeSubset
            start, length = self.get_table_pos(tag)
            return _TableView(self._ttf_data, start, length)  # type: ignore[return-value]
        return super().get_table(tag)

    def _extract_char_info(self) -> bool:
        """What ReportLab's extractInfo(charInfo=1) sets after maxp, for a format-12 Unicode
        cmap; False (nothing set) for anything else, so ReportLab's parser runs and raises its
        own errors for broken fonts."""
        data: bytes = self._ttf_data
        if "loca" not in self.table:
            return False
        head, _ = self.get_table_pos("head")
        index_to_loc_format, glyph_data_format = unpack_from(">HH", data, head + 50)
        if glyph_data_format != 0 or index_to_loc_format not in (0, 1):
            return False
        hhea, _ = self.get_table_pos("hhea")
        (number_of_hmetrics,) = unpack_from(">H", data, hhea + 34)
        num_glyphs: int = self.numGlyphs

        # cmap: the same choice of subtable as ReportLab (the last suitable one wins)
        cmap, _ = self.get_table_pos("cmap")
        version, count = unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        encoffs = None
        enc = 0
        for n in range(count):
            platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
            if platform == 3:
                enc, encoffs = 1, offset
            elif platform == 1 and encoding == 0 and enc != 1:
                enc, encoffs = 2, offset
            elif platform == 1 and encoding == 1:
                enc, encoffs = 1, offset
            elif platform == 0 and encoding != 5:
                enc, encoffs = 1, offset
        if encoffs is None:
            return False
        pos = cmap + encoffs
        if unpack_from(">H", data, pos)[0] != 12:
            return False
        (groups,) = unpack_from(">L", data, pos + 12)
        flat = unpack_from(f">{3 * groups}L", data, pos + 16)
        starts, ends, first_glyphs = flat[0::3], flat[1::3], flat[2::3]
        stops = [end + 1 for end in ends]
        glyph_stops = [g + b - a for g, a, b in zip(first_glyphs, starts, stops, strict=True)]
        # every (character, glyph) pair of every group, in cmap order, without a Python loop
        chars = list(chain.from_iterable(map(range, starts, stops)))
        glyphs = chain.from_iterable(map(range, first_glyphs, glyph_stops))
        char_to_glyph = dict(zip(chars, glyphs))
        if len(char_to_glyph) != len(chars):
            return False  # a character mapped twice: leave the precedence rules to ReportLab

        # hmtx: full metrics, then left side bearings that reuse the last advance width.
        # ReportLab stores that last width already scaled in hmetrics; so does this.
        hmtx, _ = self.get_table_pos("hmtx")
        metrics = unpack_from(f">{2 * number_of_hmetrics}H", data, hmtx)
        hmetrics = list(zip(metrics[0::2], metrics[1::2], strict=True))
        # ReportLab scales by `x * (1000 / unitsPerEm)` (identity for 1000 units per em)
        if self.unitsPerEm == 1000:
            widths = list(metrics[0::2])
        else:
            per_unit = 1000 / self.unitsPerEm
            widths = [aw * per_unit for aw in metrics[0::2]]
        if num_glyphs > number_of_hmetrics:
            last = widths[-1]
            lsbs = unpack_from(f">{num_glyphs - number_of_hmetrics}H", data, hmtx + 4 * len(widths))
            hmetrics.extend(zip([last] * len(lsbs), lsbs))
            widths.extend([last] * len(lsbs))
        if char_to_glyph and max(char_to_glyph.values()) >= len(widths):
            return False  # glyphs without metrics: ReportLab leaves them out of charWidths
        char_widths = dict(zip(char_to_glyph, map(widths.__getitem__, char_to_glyph.values())))

        loca, _ = self.get_table_pos("loca")
        if index_to_loc_format == 0:
            glyph_pos = [v << 1 for v in unpack_from(f">{num_glyphs + 1}H", data, loca)]
        else:
            glyph_pos = list(unpack_from(f">{num_glyphs + 1}L", data, loca))

        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            char_widths[0x20] = char_widths[0xA0]

        self.charToGlyph = char_to_glyph
        self._md_cmap_groups = flat  # glyphToChar is built from these when first asked for
        self.hmetrics = hmetrics
        self.defaultWidth = widths[0]
        self.charWidths = char_widths
        self.glyphPos = glyph_pos
        return True


class FastTTFont(ttfonts.TTFont):
    """`TTFont` built on `FastTTFontFace`. TTFont.__init__ constructs its face itself, so its
    few assignments are repeated here (a test checks they still match ReportLab's)."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        self.fontName = name
        self.face = FastTTFontFace(filename, validate=0, subfontIndex=subfontIndex)
        self.encoding = ttfonts.TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(ttfonts.fnmatch(name, g) for g in ttfonts.unShapedFontGlob)
