"""CMS (RFC 5652) as `openssl cms` reads it: SignedData then EnvelopedData (AES-256-CBC).

Making: cryptography's PKCS7SignatureBuilder / PKCS7EnvelopeBuilder; decrypting:
pkcs7_decrypt_der. Verifying a SignedData: pyHanko's generic CMS validation (signature over the
encapsulated content, and the signer's path to a trusted root with pyhanko-certvalidator);
no ASN.1 is written by hand.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from app.domain.errors import DomainError

MAX_CMS_BYTES = 256 * 1024 * 1024


class CmsError(DomainError):
    """A CMS structure is malformed, not for us, or not signed by whom it must be."""

    def __init__(self, zh: str, en: str, code: str) -> None:
        super().__init__(zh, en)
        self.code = code


def sign(data: bytes, cert: x509.Certificate, key, chain: list[x509.Certificate] | None = None) -> bytes:  # noqa: ANN001
    """Attached SignedData (DER, SHA-256) carrying the signer's certificate and its chain."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
    for extra in chain or []:
        builder = builder.add_certificate(extra)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def envelope(data: bytes, recipient: x509.Certificate) -> bytes:
    """EnvelopedData (DER) to one RSA recipient, content encrypted with AES-256-CBC."""
    return (pkcs7.PKCS7EnvelopeBuilder().set_data(data).add_recipient(recipient)
            .set_content_encryption_algorithm(algorithms.AES256)
            .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))


def decrypt(data: bytes, cert: x509.Certificate, key) -> bytes:  # noqa: ANN001
    if len(data) > MAX_CMS_BYTES:
        raise CmsError("文件过大。", f"CMS larger than {MAX_CMS_BYTES} bytes", "too_large")
    try:
        return pkcs7.pkcs7_decrypt_der(data, cert, key, [])
    except (ValueError, TypeError) as exc:
        raise CmsError("无法解密：文件损坏，或不是加密给本机构的。",
                       f"cannot decrypt the EnvelopedData: {exc}", "decrypt_failed") from exc
    except Exception as exc:  # noqa: BLE001 - the binding raises library-specific errors
        raise CmsError("无法解密：文件损坏，或不是加密给本机构的。",
                       f"cannot decrypt the EnvelopedData: {exc!r}", "decrypt_failed") from exc


@dataclass(frozen=True)
class Verified:
    content: bytes
    signer: x509.Certificate


def verify(data: bytes, trust_roots: list[x509.Certificate]) -> Verified:
    """The encapsulated content of an attached SignedData whose signature is valid and whose
    signer has a path to one of `trust_roots` (a root itself may sign). Raises CmsError."""
    from pyhanko.sign.validation.generic_cms import async_validate_cms_signature
    from pyhanko_certvalidator import ValidationContext
    from asn1crypto import x509 as asn1_x509

    try:
        info = asn1_cms.ContentInfo.load(data, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed = info["content"]
        content = signed["encap_content_info"]["content"]
        if content.native is None:
            raise ValueError("detached content")
        payload = bytes(content.native)
        if len(signed["signer_infos"]) != 1:
            raise ValueError("exactly one signer expected")
    except (ValueError, TypeError, KeyError) as exc:
        raise CmsError("签名结构无效。", f"malformed SignedData: {exc}", "malformed_signature") from exc
    roots = [asn1_x509.Certificate.load(r.public_bytes(serialization.Encoding.DER)) for r in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = asyncio.run(async_validate_cms_signature(signed, validation_context=context))
    except Exception as exc:  # noqa: BLE001 - pyHanko raises several kinds for broken input
        raise CmsError("签名无效。", f"signature validation failed: {exc}", "invalid_signature") from exc
    if not status.intact or not status.valid:
        raise CmsError("签名无效：内容与签名不符。", "signature does not match the content", "invalid_signature")
    if not status.trusted:
        raise CmsError("签名者不受信任（不是由区平台登记的站点或区平台本身）。",
                       "the signer has no path to a trusted root", "untrusted_signer")
    signer = x509.load_der_x509_certificate(status.signing_cert.dump())
    return Verified(payload, signer)
