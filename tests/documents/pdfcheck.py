"""Reading rendered PDFs back in tests: text per page, embedded fonts, images, fields."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

PDFTOTEXT = shutil.which("pdftotext")
PAGE_OF = re.compile(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页")


def page_texts(pdf: bytes, *, layout: bool = False) -> list[str]:
    """Text of each page, with pdftotext (poppler) when installed, else pypdf. `layout`
    keeps table rows on one line."""
    if PDFTOTEXT:
        args = [PDFTOTEXT, "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
        out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode(
            "utf-8"
        )
        pages = out.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        return pages
    mode = "layout" if layout else "plain"
    return [
        page.extract_text(extraction_mode=mode) or "" for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def flat(text: str) -> str:
    """Text without whitespace, so line breaks inside a sentence do not matter."""
    return re.sub(r"\s+", "", text)


def all_text(pdf: bytes) -> str:
    return flat("".join(page_texts(pdf)))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _resources_fonts(resources: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    for font in _resolve(resources.get("/Font", DictionaryObject())).values():
        yield _resolve(font)
    for xobj in _resolve(resources.get("/XObject", DictionaryObject())).values():
        xobj = _resolve(xobj)
        if xobj.get("/Subtype") == "/Form" and "/Resources" in xobj:
            yield from _resources_fonts(xobj["/Resources"], seen)


def fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font used by page contents, form XObjects and annotation appearances."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[DictionaryObject] = []
    seen: set[int] = set()
    for page in reader.pages:
        found += _resources_fonts(page.get("/Resources"), seen)
        for annot in _resolve(page.get("/Annots", [])) or []:
            appearance = _resolve(_resolve(annot).get("/AP", DictionaryObject())).get("/N")
            if appearance is not None:
                found += _resources_fonts(_resolve(appearance).get("/Resources"), seen)
    return found


def is_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = _resolve(font["/DescendantFonts"][0])
    descriptor = _resolve(font.get("/FontDescriptor"))
    if descriptor is None:
        return False
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def image_count(pdf: bytes) -> int:
    count = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        stack = [_resolve(page.get("/Resources"))]
        while stack:
            res = stack.pop()
            if not isinstance(res, DictionaryObject):
                continue
            for xobj in _resolve(res.get("/XObject", DictionaryObject())).values():
                xobj = _resolve(xobj)
                if xobj.get("/Subtype") == "/Image":
                    count += 1
                elif xobj.get("/Subtype") == "/Form":
                    stack.append(_resolve(xobj.get("/Resources")))
    return count


def signature_fields(pdf: bytes) -> list[tuple[str, int, list[float]]]:
    """(name, page index, rect) of every signature widget."""
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for index, page in enumerate(reader.pages):
        for annot in _resolve(page.get("/Annots", [])) or []:
            annot = _resolve(annot)
            if annot.get("/FT") == "/Sig":
                out.append((str(annot["/T"]), index, [float(v) for v in annot["/Rect"]]))
    return out
