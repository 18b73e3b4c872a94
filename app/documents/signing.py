"""The committee seal as a PAdES signature (pyHanko), and its verification.

The seal is the last mark on a document: every human signature is on it first, then one
certification signature with the station's certificate covers the whole file and allows no
later change. `verify_pdf` accepts a file only if it is intact, validly signed by a trusted
station certificate, and the signature covers the ENTIRE file (pyHanko's coverage level
ENTIRE_FILE); otherwise it names why not. Everything works offline: no timestamps, no
revocation fetching.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import content, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext

from app.documents.page import DEFAULT_SEAL_BOX, SEAL_FIELD_NAME
from app.domain.errors import DomainError


class SigningError(DomainError):
    """The station certificate cannot be used, or the file cannot be sealed."""


# ---------------------------------------------------------------------------------------
# Station certificate


def create_station_certificate(
    common_name: str, organisation: str, passphrase: bytes, *, days: int = 3650,
    serial_number: str | None = None,
) -> bytes:
    """A self-signed EC P-256 certificate and key as PKCS#12 protected by `passphrase`.

    Key usage digitalSignature + nonRepudiation (what a document seal needs). The district
    or the station trusts it by its certificate (see `certificate_der`), not through a CA.
    `serial_number` (the station code) names the station uniquely in the subject. After the
    district enrols the station, its seal uses the district-issued certificate instead.
    """
    if not passphrase:
        raise ValueError("a PKCS#12 passphrase is required")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            *([x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number)] if serial_number else []),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_station_signer(p12_bytes: bytes, passphrase: bytes) -> signers.SimpleSigner:
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(p12_bytes, [], passphrase=passphrase)
    except (ValueError, TypeError) as exc:
        raise SigningError(
            "印章证书口令错误或证书文件无效", f"cannot open the station PKCS#12: {exc}"
        ) from exc
    if signer is None or signer.signing_cert is None:  # pyHanko logs and returns None
        raise SigningError("印章证书口令错误或证书文件无效", "cannot open the station PKCS#12")
    return cast(signers.SimpleSigner, signer)


def _load_cert(data: bytes, passphrase: bytes | None = None) -> asn1_x509.Certificate:
    """A certificate from PEM, DER or (with its passphrase) PKCS#12 bytes."""
    if pem.detect(data):
        _, _, der = pem.unarmor(data)
        return asn1_x509.Certificate.load(der)
    try:
        cert = asn1_x509.Certificate.load(data)
        cert.native  # noqa: B018 (forces a full parse so PKCS#12 bytes fail here)
        return cert
    except ValueError:
        pass
    try:
        _, found, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        raise SigningError("无法读取证书", f"not a certificate or readable PKCS#12: {exc}") from exc
    if found is None:
        raise SigningError("证书文件中没有证书", "PKCS#12 holds no certificate")
    return asn1_x509.Certificate.load(found.public_bytes(serialization.Encoding.DER))


def certificate_der(p12_or_cert: bytes, passphrase: bytes | None = None) -> bytes:
    """The certificate (DER) of a station: what a verifier puts on its trusted list."""
    return bytes(_load_cert(p12_or_cert, passphrase).dump())


def certificate_fingerprint(p12_or_cert: bytes, passphrase: bytes | None = None) -> str:
    """SHA-256 (lowercase hex) of the certificate's DER encoding."""
    return hashlib.sha256(certificate_der(p12_or_cert, passphrase)).hexdigest()


# ---------------------------------------------------------------------------------------
# Sealing


class _PdfBytesPage(content.PdfContent):
    """pyHanko's ImportedPdfPage reads a file name; this imports page 0 from bytes."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self.pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
        name = "/MDSeal"
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
        return f"{name} Do".encode("ascii")


def _field_state(reader: PdfFileReader, name: str) -> bool | None:
    """None: no such field; False: empty; True: already signed."""
    for field_name, value, _ref in fields.enumerate_sig_fields(reader, with_name=name):
        if field_name == name:
            return value is not None
    return None


# The station's signer is kept between seals: opening the PKCS#12 (key derivation) and
# pyHanko's size estimate (a trial CMS signature) cost as much as the signature itself.
_SIGNERS: OrderedDict[tuple[bytes, bytes], tuple[signers.SimpleSigner, int]] = OrderedDict()
_SIGNERS_LOCK = threading.Lock()
_SIGNERS_KEPT = 4


def forget_signers() -> None:
    """Drop the kept signers (and with them the station's private key) from memory."""
    with _SIGNERS_LOCK:
        _SIGNERS.clear()


def _signer_and_reserve(p12_bytes: bytes, passphrase: bytes) -> tuple[signers.SimpleSigner, int]:
    """The station signer for this PKCS#12 and passphrase, and the bytes to reserve for its
    signature container in the PDF, computed on first use and kept (keyed by digests, never by
    the passphrase itself; a wrong passphrase is never kept)."""
    key = (hashlib.sha256(p12_bytes).digest(), hashlib.sha256(passphrase).digest())
    with _SIGNERS_LOCK:
        found = _SIGNERS.get(key)
        if found is not None:
            _SIGNERS.move_to_end(key)
            return found
    signer = load_station_signer(p12_bytes, passphrase)
    found = (signer, _reserved_size(signer))
    with _SIGNERS_LOCK:
        _SIGNERS[key] = found
        while len(_SIGNERS) > _SIGNERS_KEPT:
            _SIGNERS.popitem(last=False)
    return found


def _reserved_size(signer: signers.SimpleSigner) -> int:
    """What pyHanko's `estimate_signature_container_size` reserves for a PAdES SHA-256
    signature without timestamp: a trial container of the same shape, hex-encoded (×2), plus
    50 %. It depends only on the signer's certificate and key, so it is computed once."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    trial = asyncio.run(
        signer.async_sign(
            hashlib.sha256(b"").digest(),
            "sha256",
            dry_run=True,
            use_pades=True,
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=datetime.now(UTC)),
        )
    )
    size = len(trial.dump()) * 2
    return size + 2 * (size // 4)


def seal_pdf(
    pdf_bytes: bytes,
    p12_bytes: bytes,
    passphrase: bytes,
    *,
    reason: str = "人民调解委员会印章",
    location: str = "",
    seal_text: str,
    field_name: str = SEAL_FIELD_NAME,
) -> bytes:
    """Add the committee seal: one PAdES B-B certification signature over the whole file,
    shown as a red round seal in the prepared seal field (or bottom right of the last page).
    """
    from app.documents.seal import seal_appearance  # ReportLab: only when sealing

    signer, reserve = _signer_and_reserve(p12_bytes, passphrase)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    state = _field_state(writer.prev, field_name)
    if state:
        raise SigningError("该文件已盖章，不能重复盖章", f"field {field_name!r} is already signed")
    local_now = datetime.now().astimezone()
    appearance = seal_appearance(seal_text, local_now)
    style = StaticStampStyle(
        background=_PdfBytesPage(appearance),
        background_opacity=1.0,
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(0, 0, 0, 0),
        ),
    )
    new_field = None
    if state is None:
        new_field = fields.SigFieldSpec(field_name, on_page=-1, box=DEFAULT_SEAL_BOX)
    meta = PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
    )
    out = io.BytesIO()
    PdfSigner(meta, signer, stamp_style=style, new_field_spec=new_field).sign_pdf(
        writer, bytes_reserved=reserve, output=out
    )
    return out.getvalue()


# ---------------------------------------------------------------------------------------
# Verification


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    code: str  # ok | no_signature | modified | incremental_update | appended_bytes
    # | untrusted_signer | invalid_signature
    message_zh: str
    message_en: str
    signer: str | None = None
    signed_at: datetime | None = None


MESSAGES: dict[str, tuple[str, str]] = {
    "ok": (
        "文件完整，由受信任的调解委员会电子印章签署，印章覆盖整个文件。",
        "intact, sealed by a trusted station, and the seal covers the entire file",
    ),
    "no_signature": ("文件没有电子印章。", "the file carries no signature"),
    "modified": (
        "文件在盖章后被修改或已损坏，内容与电子印章不符。",
        "the file was changed after sealing or is damaged (digest mismatch)",
    ),
    "incremental_update": (
        "文件在盖章后被追加了修订内容，盖章后的修改不受印章保护。",
        "a revision was added after sealing (incremental update)",
    ),
    "appended_bytes": (
        "文件末尾在盖章后被附加了额外数据。",
        "bytes were appended after the sealed end of file",
    ),
    "untrusted_signer": (
        "电子印章证书不在受信任的调解委员会证书列表中。",
        "the seal certificate is not on the trusted list",
    ),
    "invalid_signature": ("电子印章的签名无效。", "the signature is cryptographically invalid"),
}


def _result(
    code: str, signer: str | None = None, signed_at: datetime | None = None
) -> VerifyResult:
    zh, en = MESSAGES[code]
    return VerifyResult(
        ok=code == "ok", code=code, message_zh=zh, message_en=en, signer=signer, signed_at=signed_at
    )


def _signer_name(cert: asn1_x509.Certificate) -> str:
    attrs = cert.subject.native
    return str(attrs.get("common_name") or cert.subject.human_friendly)


def verify_pdf(pdf_bytes: bytes, trusted_certs: list[bytes]) -> VerifyResult:
    roots = [_load_cert(c) for c in trusted_certs]
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # any parse failure: the file is not what was sealed
        return _result("modified")
    if not signatures:
        return _result("no_signature")
    for sig in signatures:
        signer = _signer_name(sig.signer_cert) if sig.signer_cert is not None else None
        context = ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )
        try:
            status = validate_pdf_signature(sig, context, skip_diff=True)
        except Exception:
            return _result("invalid_signature", signer)
        signed_at = status.signer_reported_dt
        if not status.intact:
            return _result("modified", signer, signed_at)
        if not status.valid:
            return _result("invalid_signature", signer, signed_at)
        if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
                return _result("modified", signer, signed_at)
            added = reader.xrefs.total_revisions - 1 > sig.signed_revision
            return _result("incremental_update" if added else "appended_bytes", signer, signed_at)
        if not status.trusted:
            return _result("untrusted_signer", signer, signed_at)
    return _result("ok", signer, signed_at)
