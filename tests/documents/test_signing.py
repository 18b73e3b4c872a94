"""The committee seal: certificate, sealing, and the verification corpus."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from app.documents import signing
from app.documents.render import render
from app.documents.seal import seal_appearance
from tests.documents import samples
from tests.documents.conftest import PASSPHRASE
from tests.documents.pdfcheck import all_text, fonts, is_embedded, signature_fields

# --- certificate --------------------------------------------------------------------------


def test_station_certificate_is_a_p256_seal_certificate(station_p12: bytes) -> None:
    key, cert, _ = pkcs12.load_key_and_certificates(station_p12, PASSPHRASE)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert cert is not None
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not usage.key_cert_sign
    assert (
        cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        == "东门街道人民调解委员会"
    )
    assert cert.issuer == cert.subject  # self-signed
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(station_p12, b"wrong")


def test_wrong_passphrase_is_a_clear_error(station_p12: bytes) -> None:
    with pytest.raises(signing.SigningError) as info:
        signing.load_station_signer(station_p12, b"wrong")
    assert "口令" in info.value.zh


def test_fingerprint_is_the_same_from_p12_der_and_pem(
    station_p12: bytes, station_cert: bytes
) -> None:
    pem = x509.load_der_x509_certificate(station_cert).public_bytes(serialization.Encoding.PEM)
    fp = signing.certificate_fingerprint(station_p12, PASSPHRASE)
    assert re.fullmatch(r"[0-9a-f]{64}", fp)
    assert (
        fp == signing.certificate_fingerprint(station_cert) == signing.certificate_fingerprint(pem)
    )


# --- sealing -------------------------------------------------------------------------------


def test_seal_goes_into_the_prepared_field(signed_agreement_pdf: bytes, sealed_pdf: bytes) -> None:
    before = signature_fields(signed_agreement_pdf)
    after = signature_fields(sealed_pdf)
    assert [(n, p) for n, p, _ in after] == [(n, p) for n, p, _ in before]
    assert after[0][2] == pytest.approx(before[0][2], abs=0.01)
    assert sealed_pdf.startswith(signed_agreement_pdf)  # an incremental, appended revision


def test_seal_appearance_fonts_are_embedded_and_chinese_renders(sealed_pdf: bytes) -> None:
    used = fonts(sealed_pdf)
    assert used and all(is_embedded(f) for f in used)
    appearance = seal_appearance(samples.STATION.seal_text, samples.datetime(2026, 3, 2, 15, 0))
    text = all_text(appearance)
    assert set(samples.STATION.seal_text) <= set(text)  # rotated along the arc: any order
    assert "电子印章" in text and "2026-03-0215:00" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_visible_seal_is_red_where_the_field_is(
    sealed_pdf: bytes, signed_agreement_pdf: bytes
) -> None:
    [(_, page, (x1, y1, x2, y2))] = signature_fields(sealed_pdf)

    def red_pixels(pdf: bytes) -> int:
        png = subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", str(page + 1), "-l", str(page + 1), "-"],
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout  # no output root: the PNG goes to stdout
        img = Image.open(io.BytesIO(png)).convert("RGB")
        scale = 50 / 72
        box = (
            int(x1 * scale),
            int(img.height - y2 * scale),
            int(x2 * scale),
            int(img.height - y1 * scale),
        )
        crop = img.crop(box)
        return sum(
            1
            for x in range(crop.width)
            for y in range(crop.height)
            if (p := crop.getpixel((x, y)))[0] > 150 and p[1] < 90 and p[2] < 90
        )

    assert red_pixels(signed_agreement_pdf) == 0
    assert red_pixels(sealed_pdf) > 200


def test_sealing_twice_is_refused(sealed_pdf: bytes, station_p12: bytes) -> None:
    with pytest.raises(signing.SigningError):
        signing.seal_pdf(sealed_pdf, station_p12, PASSPHRASE, seal_text="某调委会")


def test_a_file_without_a_prepared_field_is_sealed_on_its_last_page(
    rendered: dict[str, bytes], station_p12: bytes, station_cert: bytes
) -> None:
    case_file = rendered["case-file"]
    assert signature_fields(case_file) == []
    sealed = signing.seal_pdf(
        case_file, station_p12, PASSPHRASE, seal_text=samples.STATION.seal_text
    )
    [(name, page, _)] = signature_fields(sealed)
    assert name == "CommitteeSeal" and page == len(all_pages(sealed)) - 1
    assert signing.verify_pdf(sealed, [station_cert]).code == "ok"


def all_pages(pdf: bytes) -> list[object]:
    from pypdf import PdfReader

    return list(PdfReader(io.BytesIO(pdf)).pages)


# --- verification corpus ---------------------------------------------------------------


def test_untouched_sealed_file_passes(sealed_pdf: bytes, station_cert: bytes) -> None:
    result = signing.verify_pdf(sealed_pdf, [station_cert])
    assert (result.ok, result.code) == (True, "ok")
    assert result.signer == "东门街道人民调解委员会"
    assert result.signed_at is not None
    assert result.message_zh and result.message_en


def test_pem_trust_list_works_too(sealed_pdf: bytes, station_cert: bytes) -> None:
    pem = x509.load_der_x509_certificate(station_cert).public_bytes(serialization.Encoding.PEM)
    assert signing.verify_pdf(sealed_pdf, [pem]).ok


def _signed_range_offset(pdf: bytes, marker: bytes) -> int:
    """An offset of `marker` inside the first signed byte range (before /Contents)."""
    contents = pdf.rindex(b"/Contents <")
    offset = pdf.rindex(marker, 0, contents)
    return offset


def test_a_flipped_byte_is_modified(sealed_pdf: bytes, station_cert: bytes) -> None:
    data = bytearray(sealed_pdf)
    offset = _signed_range_offset(sealed_pdf, b"ReportLab Generated PDF document")
    data[offset] ^= 0x01
    result = signing.verify_pdf(bytes(data), [station_cert])
    assert (result.ok, result.code) == (False, "modified")


def test_an_incremental_update_is_reported(sealed_pdf: bytes, station_cert: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_pdf))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    note = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (50, 50, 80, 80)]
            ),
            generic.NameObject("/Contents"): generic.pdf_string("金额改为3万"),
        }
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(writer.add_object(note))
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    result = signing.verify_pdf(out.getvalue(), [station_cert])
    assert (result.ok, result.code) == (False, "incremental_update")


def test_appended_garbage_is_reported(sealed_pdf: bytes, station_cert: bytes) -> None:
    result = signing.verify_pdf(sealed_pdf + b"\n% appended by someone\nxyz\n", [station_cert])
    assert (result.ok, result.code) == (False, "appended_bytes")


def test_another_station_is_untrusted(signed_agreement_pdf: bytes, station_cert: bytes) -> None:
    other = signing.create_station_certificate("冒名调委会", "冒名", b"pw")
    sealed = signing.seal_pdf(signed_agreement_pdf, other, b"pw", seal_text="冒名调解委员会")
    result = signing.verify_pdf(sealed, [station_cert])
    assert (result.ok, result.code, result.signer) == (False, "untrusted_signer", "冒名调委会")
    assert signing.verify_pdf(sealed, [signing.certificate_der(other, b"pw")]).ok


def test_a_broken_signature_value_is_invalid(sealed_pdf: bytes, station_cert: bytes) -> None:
    start = sealed_pdf.rindex(b"/Contents <") + len(b"/Contents <")
    end = sealed_pdf.index(b">", start)
    hex_digits = sealed_pdf[start:end].rstrip(b"0")  # the CMS is zero-padded at the end
    last = start + len(hex_digits) - 1  # last byte of the ECDSA signature value
    data = bytearray(sealed_pdf)
    data[last] = ord("1") if data[last] != ord("1") else ord("2")
    result = signing.verify_pdf(bytes(data), [station_cert])
    assert (result.ok, result.code) == (False, "invalid_signature")


def test_unsigned_file_has_no_signature(rendered: dict[str, bytes], station_cert: bytes) -> None:
    result = signing.verify_pdf(rendered["agreement"], [station_cert])
    assert (result.ok, result.code) == (False, "no_signature")


def test_not_a_pdf_is_modified(station_cert: bytes) -> None:
    assert signing.verify_pdf(b"%PDF-1.7 nonsense", [station_cert]).code == "modified"


def test_sealing_needs_the_right_passphrase(
    signed_agreement_pdf: bytes, station_p12: bytes
) -> None:
    with pytest.raises(signing.SigningError):
        signing.seal_pdf(signed_agreement_pdf, station_p12, b"wrong", seal_text="x")


def test_render_then_seal_end_to_end(station_p12: bytes, station_cert: bytes) -> None:
    pdf = render("termination", samples.all_documents()["termination"])
    sealed = signing.seal_pdf(pdf, station_p12, PASSPHRASE, seal_text=samples.STATION.seal_text)
    assert signing.verify_pdf(sealed, [station_cert]).ok
