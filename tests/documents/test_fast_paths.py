"""The fast paths give exactly what the libraries they shortcut would give.

Fonts parsed by `app.documents.ttf` equal ReportLab's own parse, the QR mask chosen by
`app.documents.qr` is qrcode's, the space reserved for the seal is pyHanko's estimate, the
signer kept between seals is never kept for a wrong passphrase, and importing the document
layer (or the services) loads neither ReportLab nor pyHanko.
"""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import fonts, signing
from app.documents.layout import FormParagraph, styles
from app.documents.qr import qr_matrix
from app.documents.ttf import FastTTFont
from tests.documents import samples
from tests.documents.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

SHIPPED = [
    ("uming.ttc", fonts._UMING_FAMILY),
    ("wqy-microhei.ttc", fonts._SANS_FAMILY),
    ("HanaMinB.ttf", None),
]


@pytest.mark.parametrize(("file", "family"), SHIPPED)
def test_fast_font_parse_equals_reportlabs(file: str, family: str | None) -> None:
    path = fonts.FONT_DIR / file
    index = fonts._subfont_index(path, family) if family else 0
    stock = TTFont("md-test-stock", str(path), subfontIndex=index)
    fast = FastTTFont("md-test-fast", str(path), subfontIndex=index)
    assert "_md_cmap_groups" in vars(fast.face)  # the fast path ran, not the fallback
    for name, value in vars(stock.face).items():
        if name in ("_pos", "_pdfScale"):  # the read cursor; the scale function
            continue
        got = getattr(fast.face, name)
        assert got == value and type(got) is type(value), name
    assert fast.face.glyphToChar == stock.face.glyphToChar  # built on first use
    assert [tuple(map(type, m)) for m in fast.face.hmetrics] == [
        tuple(map(type, m)) for m in stock.face.hmetrics
    ]
    # TTFont.__init__ is repeated in FastTTFont: same attributes, same values
    assert vars(fast).keys() == vars(stock).keys()
    for name in ("encoding", "_asciiReadable", "shapable"):
        assert type(getattr(fast, name)) is type(getattr(stock, name))
    assert fast._asciiReadable == stock._asciiReadable and fast.shapable == stock.shapable


def test_fast_font_subsets_equal_reportlabs() -> None:
    path = fonts.FONT_DIR / "uming.ttc"
    index = fonts._subfont_index(path, fonts._UMING_FAMILY)
    stock = TTFont("md-test-stock", str(path), subfontIndex=index)
    fast = FastTTFont("md-test-fast", str(path), subfontIndex=index)
    subset = [0, *range(32, 127), *map(ord, "人民调解协议书王李堃张喆罗湖东门")]
    assert fast.face.makeSubset(subset) == stock.face.makeSubset(subset)
    assert fast.face.makeSubset(subset) is fast.face.makeSubset(subset)  # kept


def _reference_qr(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def test_qr_symbols_equal_qrcodes_on_many_payloads() -> None:
    rng = random.Random(20261129)
    alphabet = "0123456789ABCDEFXYZ abcxyz|:.-〔〕罗湖东门调字第号协议书𠮷"
    payloads = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, length)))
        for length in (3, 10, 30, 60, 120, 200, 400)
        for _ in range(25)
    ]
    payloads.append(f"MDOC1|agreement|{samples.NUMBER}|sha256:{'0' * 64}")
    for payload in payloads:
        assert qr_matrix(payload) == _reference_qr(payload), payload


def test_a_paragraph_is_wrapped_once_per_width_and_again_after_a_split() -> None:
    text = "经调解，自愿达成如下协议。" * 40
    para = FormParagraph(text, styles().body)
    first = para.wrap(300, 1000)
    lines = para.blPara
    assert para.wrap(300, 1000) == first and para.blPara is lines  # kept
    assert para.wrap(200, 1000) != first  # another width: wrapped again
    assert para.split(200, 10) == []  # no room: ReportLab drops the lines
    assert para.wrap(200, 1000)[1] > first[1] and para.blPara is not lines


def _reserved(pdf: bytes) -> int:
    found = re.search(rb"/ByteRange \[\s*(\d+)\s+(\d+)\s+(\d+)", pdf)
    assert found is not None
    return int(found.group(3)) - int(found.group(2))


def test_the_seal_reserves_what_pyhanko_would(
    signed_agreement_pdf: bytes, station_p12: bytes
) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner

    ours = signing.seal_pdf(
        signed_agreement_pdf, station_p12, PASSPHRASE, seal_text=samples.STATION.seal_text
    )
    meta = PdfSignatureMetadata(
        field_name="CommitteeSeal",
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
    )
    out = io.BytesIO()
    PdfSigner(meta, signing.load_station_signer(station_p12, PASSPHRASE)).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed_agreement_pdf), strict=False), output=out
    )
    # pyHanko sizes a trial signature plus 50 %; an ECDSA value varies by a few bytes in DER,
    # so two estimates differ by up to a few hex digits
    assert abs(_reserved(ours) - _reserved(out.getvalue())) <= 16


def test_a_kept_signer_never_answers_a_wrong_passphrase(
    signed_agreement_pdf: bytes, station_p12: bytes
) -> None:
    signing.seal_pdf(
        signed_agreement_pdf, station_p12, PASSPHRASE, seal_text=samples.STATION.seal_text
    )
    with pytest.raises(signing.SigningError):
        signing.seal_pdf(
            signed_agreement_pdf, station_p12, b"wrong", seal_text=samples.STATION.seal_text
        )
    assert all(PASSPHRASE not in key for key in signing._SIGNERS)  # digests only


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


HEAVY = ("reportlab", "pyhanko", "pypdf", "PIL", "qrcode", "aiohttp")


@pytest.mark.parametrize(
    "statement",
    [
        "import app.documents",
        "from app.documents import KINDS, TITLES, render, agreement_warnings",
        "import app.services.documents",
        "import app.services.attachments",
    ],
)
def test_naming_documents_loads_no_pdf_engine(statement: str) -> None:
    loaded = _modules_after(statement)
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_verifying_loads_pyhanko_but_not_reportlab() -> None:
    loaded = _modules_after("from app.documents.signing import verify_pdf")
    assert "pyhanko" in loaded
    engine = ("reportlab.pdfgen", "reportlab.platypus", "reportlab.pdfbase")
    assert not [m for m in loaded if m.startswith(engine)]
