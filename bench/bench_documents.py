"""Benchmark: the agreement PDF (ReportLab + pyHanko seal) against the docx + LibreOffice route.

    .venv/bin/python bench/bench_documents.py [--runs 15] [--process-runs 3]

Measures, for a 2-party agreement of about three pages with drawn signature PNGs and the QR:
1. render and seal in a warm process (median of --runs, after one warm-up);
2. a whole fresh process (`python -c`: import, render, seal, write), median of --process-runs;
3. if `libreoffice` (or `soffice`) is on PATH: the same text as a .docx written by hand
   (zipfile + WordprocessingML) converted with `libreoffice --headless --convert-to pdf`;
   otherwise it prints "skipped". Prints the figures and the ratios.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from app.documents import signing  # noqa: E402
from app.documents.model import Agreement  # noqa: E402
from app.documents.render import render  # noqa: E402
from app.documents.templates.agreement import EFFECT_SENTENCE, copies_sentence  # noqa: E402
from app.documents.templates.common import party_line  # noqa: E402
from app.documents.terms import numbered_terms  # noqa: E402
from tests.documents import samples  # noqa: E402

PASSPHRASE = b"bench-passphrase"
FACTS_REPEAT = 7  # about three A4 pages with the sample parties and terms


def bench_agreement() -> Agreement:
    return samples.agreement(facts_repeat=FACTS_REPEAT, signed=True)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: fonts registered, modules imported, caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


PROCESS_SCRIPT = """
import sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from app.documents.render import render
from app.documents import signing
from bench.bench_documents import bench_agreement
p12 = open({p12!r}, "rb").read()
pdf = render("agreement", bench_agreement())
sealed = signing.seal_pdf(pdf, p12, {passphrase!r}, seal_text="深圳市罗湖区东门街道人民调解委员会")
open({out!r}, "wb").write(sealed)
"""


def whole_process_s(p12_path: Path, out: Path, runs: int) -> float:
    code = PROCESS_SCRIPT.format(
        root=str(ROOT), p12=str(p12_path), passphrase=PASSPHRASE, out=str(out)
    )
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# --- the docx route ----------------------------------------------------------------------


def _para(text: str, *, bold: bool = False, centre: bool = False, size: int = 24) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centre else ""
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="SimSun" w:eastAsia="SimSun" w:hAnsi="SimSun"/>'
        f'{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
    )
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def agreement_paragraphs(doc: Agreement) -> list[str]:
    """The agreement's text in reading order (what an office would type into Word)."""
    parts = [
        _para(doc.station.committee_name, centre=True, size=28),
        _para("人民调解协议书", bold=True, centre=True, size=44),
        _para(f"编号：{doc.number}"),
    ]
    parts += [_para(f"{p.role_label}：{party_line(p)}") for p in doc.case.parties]
    parts += [
        _para("纠纷主要事实、争议事项：", bold=True),
        _para(doc.facts),
        _para(f"争议事项：{doc.disputed_matters}"),
        _para("各方当事人的责任：", bold=True),
        _para(doc.responsibilities),
        _para("经调解，自愿达成如下协议：", bold=True),
    ]
    parts += [_para(t) for t in numbered_terms(doc.terms, doc.case.parties)]
    parts += [
        _para("履行方式、地点、期限：", bold=True),
        _para(f"履行方式：{doc.performance_manner}"),
        _para(f"履行地点：{doc.performance_place}"),
        _para(f"履行期限：{doc.performance_deadline}"),
        _para(copies_sentence(doc.copies)),
        _para(EFFECT_SENTENCE),
    ]
    parts += [_para(f"{s.role}（签名）：{s.name}　　　　年　月　日") for s in doc.signatures]
    parts += [_para(f"{doc.station.committee_name}（印）"), _para("2026年3月2日")]
    return parts


def write_docx(doc: Agreement, path: Path) -> None:
    """A minimal .docx: content types, package relationships and the document part."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(agreement_paragraphs(doc))
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1588" '
        'w:right="1418" w:bottom="1361" w:left="1418" w:header="851" w:footer="992" '
        'w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{w}"><w:body>{body}{section}</w:body></w:document>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)


def libreoffice_s(doc: Agreement, work: Path, runs: int) -> float | None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    docx = work / "agreement.docx"
    write_docx(doc, docx)
    profile = (work / "lo-profile").as_uri()  # a private profile: no clash with a running office
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--process-runs", type=int, default=3)
    args = parser.parse_args(argv)

    doc = bench_agreement()
    p12 = signing.create_station_certificate(
        "东门街道人民调解委员会", doc.station.committee_name, PASSPHRASE
    )
    pdf = render("agreement", doc)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)

    render_ms = median_ms(lambda: render("agreement", doc), args.runs)
    seal_ms = median_ms(
        lambda: signing.seal_pdf(pdf, p12, PASSPHRASE, seal_text=doc.station.seal_text), args.runs
    )
    both_ms = median_ms(
        lambda: signing.seal_pdf(
            render("agreement", doc), p12, PASSPHRASE, seal_text=doc.station.seal_text
        ),
        args.runs,
    )
    print(
        f"agreement: {pages} pages, {len(doc.case.parties)} parties, "
        f"{len(doc.signatures)} drawn signatures, QR"
    )
    print(f"render, warm (median of {args.runs}):          {render_ms:8.1f} ms")
    print(f"seal, warm (median of {args.runs}):            {seal_ms:8.1f} ms")
    print(f"render + seal, warm (median of {args.runs}):   {both_ms:8.1f} ms")

    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        work = Path(tmp)
        p12_path = work / "station.p12"
        p12_path.write_bytes(p12)
        process_s = whole_process_s(p12_path, work / "sealed.pdf", args.process_runs)
        print(
            f"whole process, python -c (median of {args.process_runs}): {process_s * 1000:8.1f} ms"
        )
        office_s = libreoffice_s(doc, work, args.process_runs)
    if office_s is None:
        print("docx + LibreOffice --convert-to pdf: skipped (libreoffice not on PATH)")
        return 0
    print(f"docx + LibreOffice (median of {args.process_runs}):  {office_s * 1000:8.1f} ms")
    print(f"ratio LibreOffice / warm render+seal:   {office_s * 1000 / both_ms:6.1f}x")
    print(f"ratio LibreOffice / whole process:      {office_s / process_s:6.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
