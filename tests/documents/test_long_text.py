"""Render work grows linearly with the length of a text: long texts are set in pieces, so a
page split never re-breaks the whole rest of a paragraph (operation counts, not timings)."""
from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from reportlab.lib import textsplit

from app.documents import layout
from app.documents.render import render
from tests.documents import samples

SENTENCE = "甲方与乙方就货款发生争议，双方多次协商未果。"


def _text(n: int) -> str:
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"第{i}句{SENTENCE}")
        i += 1
    return "".join(out)


def _measured_characters(monkeypatch: pytest.MonkeyPatch, kind: str, n: int) -> tuple[int, bytes]:
    """Characters whose widths line breaking measured while rendering `kind` with an n-character text."""
    count = 0
    original = textsplit.getCharWidths

    def counting(word, font_name, font_size):  # noqa: ANN001, ANN202
        nonlocal count
        count += len(word)
        return original(word, font_name, font_size)

    monkeypatch.setattr(textsplit, "getCharWidths", counting)
    docs = samples.all_documents()
    doc = docs[kind]
    text = _text(n)
    if kind == "agreement":
        doc = replace(doc, facts=text)
    else:
        doc = replace(doc, case=replace(doc.case, summary=text))
    pdf = render(kind, doc)
    monkeypatch.setattr(textsplit, "getCharWidths", original)
    return count, pdf


@pytest.mark.parametrize("kind", ["application", "agreement"])
def test_line_breaking_work_is_linear_in_text_length(monkeypatch, kind):
    small, _ = _measured_characters(monkeypatch, kind, 10_000)
    large, pdf = _measured_characters(monkeypatch, kind, 40_000)
    # Four times the text: linear work is about 4 times (plus the pieces split at page ends),
    # the quadratic work of one paragraph re-broken at every page about 16 times.
    assert large <= 6 * small, (small, large)
    lines = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode().splitlines()
    body = "".join("".join(line.split()) for line in lines if "内容指纹" not in line and "页共" not in
                   "".join(line.split()))  # without the page footers, which cut sentences apart
    assert body.count(SENTENCE) == _text(40_000).count(SENTENCE)  # every sentence is printed


def test_pieces_keep_the_text_and_its_line_breaks():
    text = ("第一段。" * 200 + "\n") * 3 + "长句" * 2000
    pieces = layout.text_pieces(text)
    # A piece ends at a line break of the text (which it takes) or, in a line longer than
    # HARD_SPLIT, after a sentence (or at HARD_SPLIT when it has none).
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")
    assert all(len(p) <= layout.HARD_SPLIT for p in pieces)
    assert layout.text_pieces("短文本") == ["短文本"]
