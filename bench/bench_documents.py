"""Benchmark: the agreement PDF (ReportLab + pyHanko seal) against the docx + LibreOffice route.

    .venv/bin/python bench/bench_documents.py [--runs 15] [--process-runs 3] [--no-cli]

Measures, for a 2-party agreement of about three pages with drawn signature PNGs and the QR:
1. in a warm process (median of --runs, after a warm-up): render a new document (a new
   number each run, so nothing cached for one document is reused), render the same document
   again (what preview, print and seal do), seal, and render + seal of a new document;
2. a whole fresh process, median of --process-runs:
   - `python -c`: import, render, seal, write (the documents layer alone);
   - the real CLI, `python -m app render agreement CASE --out FILE`, on a small demo data
     folder seeded once under bench/out/ (git-ignored): argument parsing, opening the
     encrypted database (with a passphrase, no keychain: Argon2id, reported separately),
     reading the case, rendering, recording the issued document. It renders; it does not seal
     (the CLI has no seal command);
   Child processes use a bytecode cache (bench/out/pycache), as an installed app does;
3. if `libreoffice` (or `soffice`) is on PATH: the same text as a .docx written by hand
   (zipfile + WordprocessingML) converted with `libreoffice --headless --convert-to pdf`;
   otherwise it prints "skipped". Prints the figures and the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
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
OUT = ROOT / "bench" / "out"
DEMO_HOME = OUT / "documents-demo"  # the seeded data folder for the CLI figure
DEMO_PASSPHRASE = "bench-documents-passphrase"


def bench_agreement() -> Agreement:
    return samples.agreement(facts_repeat=FACTS_REPEAT, signed=True)


def timings_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, fastest) of `runs` calls, after one warm-up call. The fastest run shows the
    cost without interference; on a shared machine the median can be well above it."""
    fn()  # warm-up: fonts registered, modules imported, the station signer loaded
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def new_documents(doc: Agreement) -> Callable[[], Agreement]:
    """The same agreement under a new number each call: a new fingerprint and QR code, as for
    each agreement a station issues."""
    count = iter(range(100, 1_000_000))
    return lambda: dataclasses.replace(doc, number=f"〔2026〕罗湖东门调字第{next(count)}号")


def child_env(**extra: str) -> dict[str, str]:
    """The environment of the measured child processes: a bytecode cache (as an installed
    app has; this container sets PYTHONDONTWRITEBYTECODE) and no OS keychain."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


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


def process_s(argv: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of `argv` as a fresh process, after one unmeasured run (which also
    fills the bytecode cache)."""
    subprocess.run(argv, check=True, cwd=ROOT, env=env, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, cwd=ROOT, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def whole_process_s(p12_path: Path, out: Path, runs: int) -> float:
    code = PROCESS_SCRIPT.format(
        root=str(ROOT), p12=str(p12_path), passphrase=PASSPHRASE, out=str(out)
    )
    return process_s([sys.executable, "-c", code], runs, child_env())


# --- the real CLI on a seeded data folder ------------------------------------------------


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def demo_case(env: dict[str, str]) -> str:
    """A case of the seeded demo folder (seeded on first use) that has a written agreement."""
    marker = DEMO_HOME / "bench-agreement-case.txt"
    if marker.exists():
        return marker.read_text(encoding="utf-8").strip()
    if not DEMO_HOME.exists():
        DEMO_HOME.parent.mkdir(parents=True, exist_ok=True)
        seeded = _cli(["seed-demo", "--cases", "40", "--json"], env)
        if seeded.returncode != 0:
            raise RuntimeError(f"seed-demo failed: {seeded.stderr.strip()}")
    listed = _cli(["cases", "--limit", "200", "--json"], env)
    if listed.returncode != 0:
        raise RuntimeError(f"cases failed: {listed.stderr.strip()}")
    for row in json.loads(listed.stdout):
        trial = _cli(["render", "agreement", row["number"], "--out", str(OUT / "cli.pdf")], env)
        if trial.returncode == 0:
            marker.write_text(row["number"], encoding="utf-8")
            return str(row["number"])
    raise RuntimeError("no case with a written agreement in the demo folder")


def cli_process_s(runs: int) -> tuple[float, str]:
    # The folder is named by MEDIATION_DESK_HOME, the CLI's documented fallback, so the bench
    # never touches the user's own data folder.
    env = child_env(MEDIATION_DESK_HOME=str(DEMO_HOME), MEDIATION_DESK_PASSPHRASE=DEMO_PASSPHRASE,
                    MEDIATION_DESK_USER="specialist", MEDIATION_DESK_PASSWORD="demo12345")  # the CLI signs in
    case = demo_case(env)
    argv = [sys.executable, "-m", "app", "render", "agreement", case]
    return process_s([*argv, "--out", str(OUT / "cli.pdf")], runs, env), case


def key_derivation_ms() -> float:
    """The Argon2id derivation of the database key from a passphrase, as the CLI does it in
    every process when no keychain holds the key (a security parameter, kept as it is)."""
    from app.storage import keys

    params = keys.KdfParams.fresh()
    start = time.perf_counter()
    keys.derive_key(DEMO_PASSPHRASE, params)
    return (time.perf_counter() - start) * 1000


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
    parser.add_argument("--no-cli", action="store_true", help="skip the seeded-folder CLI figure")
    args = parser.parse_args(argv)

    doc = bench_agreement()
    p12 = signing.create_station_certificate(
        "东门街道人民调解委员会", doc.station.committee_name, PASSPHRASE
    )
    pdf = render("agreement", doc)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    seal_text = doc.station.seal_text
    new_doc = new_documents(doc)

    render_ms = timings_ms(lambda: render("agreement", new_doc()), args.runs)
    again_ms = timings_ms(lambda: render("agreement", doc), args.runs)
    seal_ms = timings_ms(
        lambda: signing.seal_pdf(pdf, p12, PASSPHRASE, seal_text=seal_text), args.runs
    )
    both_ms = timings_ms(
        lambda: signing.seal_pdf(
            render("agreement", new_doc()), p12, PASSPHRASE, seal_text=seal_text
        ),
        args.runs,
    )
    print(
        f"agreement: {pages} pages, {len(doc.case.parties)} parties, "
        f"{len(doc.signatures)} drawn signatures, QR"
    )
    print(f"warm, median (fastest) of {args.runs}:")
    for label, (median, fastest) in (
        ("render a new document", render_ms),
        ("render the same document again", again_ms),
        ("seal", seal_ms),
        ("render + seal a new document", both_ms),
    ):
        print(f"  {label + ':':34s} {median:8.1f} ms  ({fastest:.1f})")
    # Render time against the length of one text (the facts): it should grow linearly.
    sentence = "甲方与乙方就货款发生争议，双方多次协商未果。"
    for n in (10_000, 40_000, 100_000):
        long_doc = dataclasses.replace(doc, facts=(sentence * (n // len(sentence) + 1))[:n])
        ms, _ = timings_ms(lambda d=long_doc: render("agreement", d), 1)
        print(f"  {f'render with {n:,}-character facts:':34s} {ms:8.1f} ms")

    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        work = Path(tmp)
        p12_path = work / "station.p12"
        p12_path.write_bytes(p12)
        OUT.mkdir(parents=True, exist_ok=True)
        python_s = whole_process_s(p12_path, work / "sealed.pdf", args.process_runs)
        print(
            f"whole process, python -c render + seal (median of {args.process_runs}): "
            f"{python_s * 1000:8.1f} ms"
        )
        cli_s: float | None = None
        if not args.no_cli:
            cli_s, case = cli_process_s(args.process_runs)
            print(
                f"whole process, CLI render agreement {case} (median of {args.process_runs}): "
                f"{cli_s * 1000:8.1f} ms"
            )
            kdf_ms = key_derivation_ms()
            print(f"  of which Argon2id key derivation (passphrase mode): {kdf_ms:8.1f} ms")
        office_s = libreoffice_s(doc, work, args.process_runs)
    if office_s is None:
        print("docx + LibreOffice --convert-to pdf: skipped (libreoffice not on PATH)")
        return 0
    print(f"docx + LibreOffice (median of {args.process_runs}):  {office_s * 1000:8.1f} ms")
    print(f"ratio LibreOffice / warm render+seal:   {office_s * 1000 / both_ms[0]:6.1f}x")
    print(f"ratio LibreOffice / python -c process:  {office_s / python_s:6.1f}x")
    if cli_s is not None:
        print(f"ratio LibreOffice / CLI process:        {office_s / cli_s:6.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
