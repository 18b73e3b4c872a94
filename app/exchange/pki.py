"""Keys and certificates of the district CA and its stations (cryptography's X.509 builders).

Algorithms: the district root signs with EC P-256; the district encryption key and every
station key are RSA-3072 (CMS EnvelopedData through cryptography supports RSA recipients only,
and a station receives its pseudonym key encrypted to its own certificate). The station key
signs (agreement seals, bundles) and decrypts (its enrolment).
"""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from app.domain.errors import DomainError

RSA_BITS = 3072


class PkiError(DomainError):
    """A certificate, request or key is unusable."""


def _name(common_name: str, organisation: str, serial: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
             x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attrs)


def _usage(*, sign: bool = False, encipher: bool = False, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign or ca, content_commitment=sign, key_encipherment=encipher,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)


def create_root(name: str, *, days: int = 7300) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The district root CA: a self-signed EC P-256 certificate, path length 0."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(f"{name} 根证书", name)
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _issue(subject: x509.Name, public_key, root_key, root: x509.Certificate, usage: x509.KeyUsage,  # noqa: ANN001
           days: int) -> x509.Certificate:
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(root.subject)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                           critical=False)
            .sign(root_key, hashes.SHA256()))


def create_encryption_cert(name: str, root_key, root: x509.Certificate, *,  # noqa: ANN001
                           days: int = 3650) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The district's encryption certificate (RSA, key encipherment): bundles are enveloped to it."""
    key = new_rsa_key()
    cert = _issue(_name(f"{name} 数据接收", name), key.public_key(), root_key, root,
                  _usage(encipher=True), days)
    return key, cert


def create_request(key: rsa.RSAPrivateKey, station_name: str, committee: str, station_code: str
                   ) -> x509.CertificateSigningRequest:
    """The station's certificate request: CN = station name, O = committee, serialNumber = code."""
    return (x509.CertificateSigningRequestBuilder()
            .subject_name(_name(station_name, committee, station_code))
            .sign(key, hashes.SHA256()))


def load_request(data: bytes) -> x509.CertificateSigningRequest:
    try:
        csr = (x509.load_pem_x509_csr(data) if data.lstrip().startswith(b"-----")
               else x509.load_der_x509_csr(data))
    except ValueError as exc:
        raise PkiError("证书申请文件无效。", f"not a certificate request: {exc}") from exc
    if not csr.is_signature_valid:
        raise PkiError("证书申请的签名无效。", "the request's self-signature is invalid")
    if not isinstance(csr.public_key(), rsa.RSAPublicKey) or csr.public_key().key_size < 2048:
        raise PkiError("证书申请的密钥类型不受支持（需要 RSA ≥2048）。", "request key must be RSA >= 2048")
    if not station_code_of(csr.subject):
        raise PkiError("证书申请没有站点编码。", "the request names no station code (serialNumber)")
    return csr


def issue_station_cert(csr: x509.CertificateSigningRequest, root_key, root: x509.Certificate, *,  # noqa: ANN001
                       days: int = 1825) -> x509.Certificate:
    """The station's certificate from its request: sealing and signing, and key encipherment
    (the station receives its pseudonym key enveloped to this certificate)."""
    return _issue(csr.subject, csr.public_key(), root_key, root, _usage(sign=True, encipher=True), days)


def station_code_of(name: x509.Name) -> str:
    found = name.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(found[0].value) if found else ""


def common_name_of(name: x509.Name) -> str:
    found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(found[0].value) if found else name.rfc4514_string()


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def load_cert(data: bytes) -> x509.Certificate:
    try:
        return (x509.load_pem_x509_certificate(data) if data.lstrip().startswith(b"-----")
                else x509.load_der_x509_certificate(data))
    except ValueError as exc:
        raise PkiError("证书无效。", f"not a certificate: {exc}") from exc


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(der(cert)).hexdigest()


def issued_by(cert: x509.Certificate, root: x509.Certificate) -> bool:
    """True when `root` signed `cert` (signature checked, not only the names)."""
    try:
        cert.verify_directly_issued_by(root)
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - InvalidSignature and friends
        return False
    return True


def key_pem(key, password: bytes) -> bytes:  # noqa: ANN001
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(password))


def load_key(data: bytes, password: bytes):  # noqa: ANN201
    try:
        return serialization.load_pem_private_key(data, password)
    except (ValueError, TypeError) as exc:
        raise PkiError("私钥口令错误或私钥文件损坏。", f"cannot open the private key: {exc}") from exc
