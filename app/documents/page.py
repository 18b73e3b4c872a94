"""Page geometry shared by the templates and the seal placement."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm  # room for binding into the case file
RIGHT_MARGIN = 25 * mm
TOP_MARGIN = 28 * mm  # the QR code sits in the top margin of the first page
BOTTOM_MARGIN = 24 * mm  # page number and fingerprint lines sit in the bottom margin
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

SEAL_SIZE = 40 * mm  # diameter of the committee seal (a common size for such seals)
SEAL_FIELD_NAME = "CommitteeSeal"

# Where the seal goes on a page that has no prepared seal field (e.g. the case file):
# bottom right of the text area, above the footer lines.
DEFAULT_SEAL_BOX = (
    PAGE_WIDTH - RIGHT_MARGIN - SEAL_SIZE - 10 * mm,
    BOTTOM_MARGIN + 8 * mm,
    PAGE_WIDTH - RIGHT_MARGIN - 10 * mm,
    BOTTOM_MARGIN + 8 * mm + SEAL_SIZE,
)
