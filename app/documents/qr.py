"""The QR code of issued documents: the `qrcode` package's symbol, with its mask chosen faster.

`qrcode` chooses the data mask (ISO/IEC 18004, 7.8.3: the pattern with the lowest penalty)
by building the symbol eight times and scoring each with cell-by-cell Python loops, about
20 ms for our payload (version 8, 49 × 49), a fifth of a whole render. Here the symbol is
built once; the other seven differ from it only on the data modules, where the masks differ,
so they are derived with one XOR per row, and scored with whole-row bit operations and regular
expressions. `qrcode` then builds the final symbol with the chosen mask, so the printed code
is the one `qrcode` alone would print (tests compare the two on many payloads).
"""

from __future__ import annotations

import functools
import re

from qrcode import util
from qrcode.constants import ERROR_CORRECT_M
from qrcode.main import QRCode, copy_2d_array, precomputed_qr_blanks

Matrix = tuple[tuple[bool, ...], ...]

_RUN = re.compile(r"0{5,}|1{5,}")  # penalty rule 1: five or more equal modules in a line
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")  # rule 3, overlapping matches


@functools.lru_cache(maxsize=64)
def qr_matrix(payload: str) -> Matrix:
    """The modules (True = dark, no quiet zone) of `payload` as UTF-8, error correction M.
    Kept for the last payloads, so rendering the same document again (preview, print, the
    copy that is sealed) draws the same symbol without recomputing it."""
    qr = QRCode(error_correction=ERROR_CORRECT_M, border=0)
    qr.add_data(payload.encode("utf-8"))
    qr.best_fit()
    qr.makeImpl(True, 0)  # qrcode's trial symbol for mask 0 (format bits left light)
    qr.makeImpl(False, _best_mask([_row_bits(row) for row in qr.modules], qr))
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _row_bits(row: list[bool | None]) -> int:
    return sum(1 << c for c, dark in enumerate(row) if dark)


def _best_mask(trial_rows: list[int], qr: QRCode) -> int:
    """The first mask with the lowest penalty, as `QRCode.best_mask_pattern` chooses it."""
    n = len(trial_rows)
    flips = _mask_flips(qr.version, n)
    best, best_points = 0, -1
    for mask in range(8):
        rows = [bits ^ flip for bits, flip in zip(trial_rows, flips[mask], strict=True)]
        points = _penalty(rows, n)
        if best_points < 0 or points < best_points:
            best, best_points = mask, points
    return best


@functools.cache
def _mask_flips(version: int, n: int) -> tuple[tuple[int, ...], ...]:
    """Per mask and row: the data modules where that mask differs from mask 0 (a bit set per
    column). The data modules are those a blank symbol of this version leaves empty once the
    function patterns and format/version areas are in place (what `map_data` fills)."""
    probe = QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    probe.modules_count = n
    # qrcode keeps the blank symbol of each version it has built (qr_matrix built one).
    probe.modules = copy_2d_array(precomputed_qr_blanks[version])
    probe.setup_type_info(True, 0)
    if version >= 7:
        probe.setup_type_number(True)
    data = [[c for c in range(n) if probe.modules[r][c] is None] for r in range(n)]
    base = util.mask_func(0)
    flips = []
    for mask in range(8):
        other = util.mask_func(mask)
        flips.append(
            tuple(
                sum(1 << c for c in data[r] if other(r, c) != base(r, c)) for r in range(n)
            )
        )
    return tuple(flips)


def _penalty(rows: list[int], n: int) -> int:
    """`qrcode.util.lost_point` of the symbol whose row r has module c at bit c."""
    lines = [format(bits, f"0{n}b")[::-1] for bits in rows]
    lines += ["".join(col) for col in zip(*lines, strict=True)]
    text = "\n".join(lines)  # rows, then columns; no pattern spans a line break
    points = sum(len(run) - 2 for run in _RUN.findall(text))
    points += 40 * len(_FINDER_LIKE.findall(text))
    edge = (1 << (n - 1)) - 1  # the n - 1 columns that start a 2 × 2 block
    for top, bottom in zip(rows, rows[1:]):
        vertical = ~(top ^ bottom)
        same = ~(top ^ (top >> 1)) & vertical & (vertical >> 1) & edge
        points += 3 * same.bit_count()
    dark = sum(bits.bit_count() for bits in rows)
    percent = float(dark) / (n**2)
    return points + int(abs(percent * 100 - 50) / 5) * 10
