"""The district's certificate authority (Qt-free): its root, its encryption certificate, the
pseudonym key shared by its stations, the enrolment of stations and (until the importer
exists) receipts for their bundles.

Folder (`--district-dir DIR`, else MEDIATION_DESK_DISTRICT_HOME, else the platform's user data
folder "MediationDeskDistrict"): district.json (names, where the key is, enrolled stations; no
secret), root.pem, encryption.pem, and the private material encrypted under the district key:
root-key.pem, encryption-key.pem (PKCS#8, AES-256) and pseudonym.key (AES-256-GCM). The district
key is kept like the station's database key: in the OS keychain, else derived with Argon2id
from a passphrase (MEDIATION_DESK_DISTRICT_PASSPHRASE for unattended runs).
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import DomainError, ValidationError
from app.exchange import bundle as bundle_mod
from app.exchange import enrolment, pki, receipt
from app.storage import keys

PASSPHRASE_ENV = "MEDIATION_DESK_DISTRICT_PASSPHRASE"
HOME_ENV = "MEDIATION_DESK_DISTRICT_HOME"
META = "district.json"
DEFAULT_NAME = "深圳市罗湖区群众诉求服务中心"


def default_dir() -> Path:
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV])
    import platformdirs
    return Path(platformdirs.user_data_dir("MediationDeskDistrict", appauthor=False))


@dataclass(frozen=True)
class EnrolledStation:
    station_code: str
    name: str
    serial: str
    fingerprint: str
    enrolled_at: str


class DistrictCA:
    def __init__(self, root: Path | None = None) -> None:
        self.dir = Path(root) if root else default_dir()

    # --- files -------------------------------------------------------------------------
    @property
    def meta_path(self) -> Path:
        return self.dir / META

    def is_initialised(self) -> bool:
        return self.meta_path.exists()

    def _meta(self) -> dict:
        if not self.is_initialised():
            raise ValidationError("区平台证书机构尚未初始化（mediation-desk district init）。",
                                  f"no district CA in {self.dir}", field="district")
        return json.loads(self.meta_path.read_text(encoding="utf-8"))

    def _save_meta(self, meta: dict) -> None:
        bundle_mod.write_atomically(self.meta_path, json.dumps(meta, ensure_ascii=False, indent=2).encode())

    # --- the district key --------------------------------------------------------------
    def _new_master(self, meta: dict, passphrase: str | None) -> bytes:
        if keys.keychain_status().usable:
            key = keys.new_key()
            account = f"district:{meta['id']}"
            keys.store_key_in_keychain(account, key)
            meta["key"] = {"mode": "keychain", "account": account}
            return key
        passphrase = passphrase or os.environ.get(PASSPHRASE_ENV)
        if not passphrase:
            raise keys.KeyError_("没有系统钥匙串：请设置区平台口令（MEDIATION_DESK_DISTRICT_PASSPHRASE）。",
                                 f"no keychain and no passphrase ({PASSPHRASE_ENV})")
        keys.check_new_passphrase(passphrase)
        params = keys.KdfParams.fresh()
        meta["key"] = {"mode": "passphrase", "kdf": params.to_json()}
        return keys.derive_key(passphrase, params)

    def _master(self, meta: dict, passphrase: str | None = None) -> bytes:
        where = meta["key"]
        if where["mode"] == "keychain":
            return keys.load_key_from_keychain(where["account"])
        passphrase = passphrase or os.environ.get(PASSPHRASE_ENV)
        if not passphrase:
            raise keys.KeyError_("请提供区平台口令（MEDIATION_DESK_DISTRICT_PASSPHRASE）。",
                                 f"district key is passphrase-protected; set {PASSPHRASE_ENV}")
        return keys.derive_key(passphrase, keys.KdfParams.from_json(where["kdf"]))

    # --- use cases ---------------------------------------------------------------------
    def init(self, name: str = DEFAULT_NAME, *, passphrase: str | None = None) -> dict:
        if self.is_initialised():
            raise ValidationError("该文件夹已有区平台证书机构，不会覆盖。", f"{self.dir} already holds a district CA",
                                  field="district")
        self.dir.mkdir(parents=True, exist_ok=True)
        meta: dict = {"format": "mediation-desk-district", "version": 1, "id": str(uuid.uuid4()), "name": name,
                      "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "stations": []}
        master = self._new_master(meta, passphrase)
        password = base64.b64encode(master)
        root_key, root = pki.create_root(name)
        enc_key, enc = pki.create_encryption_cert(name, root_key, root)
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(master).encrypt(nonce, secrets.token_bytes(32), b"pseudonym-key")
        bundle_mod.write_atomically(self.dir / "root.pem", pki.pem(root))
        bundle_mod.write_atomically(self.dir / "encryption.pem", pki.pem(enc))
        bundle_mod.write_atomically(self.dir / "root-key.pem", pki.key_pem(root_key, password))
        bundle_mod.write_atomically(self.dir / "encryption-key.pem", pki.key_pem(enc_key, password))
        bundle_mod.write_atomically(self.dir / "pseudonym.key", nonce + sealed)
        meta["root_sha256"] = pki.fingerprint(root)
        self._save_meta(meta)
        return {"dir": str(self.dir), "name": name, "root_sha256": meta["root_sha256"],
                "key": meta["key"]["mode"]}

    def root(self) -> x509.Certificate:
        self._meta()
        return pki.load_cert((self.dir / "root.pem").read_bytes())

    def encryption_cert(self) -> x509.Certificate:
        self._meta()
        return pki.load_cert((self.dir / "encryption.pem").read_bytes())

    def _private(self, name: str):  # noqa: ANN202
        meta = self._meta()
        return pki.load_key((self.dir / name).read_bytes(), base64.b64encode(self._master(meta)))

    def _pseudonym_key(self) -> bytes:
        meta = self._meta()
        blob = (self.dir / "pseudonym.key").read_bytes()
        try:
            return AESGCM(self._master(meta)).decrypt(blob[:12], blob[12:], b"pseudonym-key")
        except Exception as exc:  # noqa: BLE001 - InvalidTag
            raise keys.KeyError_("区平台口令错误或密钥文件损坏。", "cannot open the pseudonym key") from exc

    def enrol(self, csr_bytes: bytes) -> tuple[bytes, EnrolledStation]:
        """Issue the station's certificate; the answer file (see app.exchange.enrolment)."""
        meta = self._meta()
        csr = pki.load_request(csr_bytes)
        code = pki.station_code_of(csr.subject)
        root_key = self._private("root-key.pem")
        root = self.root()
        cert = pki.issue_station_cert(csr, root_key, root)
        answer = enrolment.make(cert, root, root_key, self.encryption_cert(), self._pseudonym_key())
        entry = EnrolledStation(code, pki.common_name_of(csr.subject), format(cert.serial_number, "x"),
                                pki.fingerprint(cert), datetime.now(UTC).isoformat(timespec="seconds"))
        meta["stations"] = [s for s in meta.get("stations", []) if s["station_code"] != code] + [entry.__dict__]
        self._save_meta(meta)
        return answer, entry

    def stations(self) -> list[EnrolledStation]:
        return [EnrolledStation(**s) for s in self._meta().get("stations", [])]

    def open_bundle(self, data: bytes) -> bundle_mod.Opened:
        opened = bundle_mod.open_bundle(data, self.encryption_cert(), self._private("encryption-key.pem"),
                                        [self.root()])
        enrolled = {s.station_code: s for s in self.stations()}
        station = enrolled.get(opened.station_code)
        if station is None or station.fingerprint != pki.fingerprint(opened.signer):
            raise DomainError("签名站点未在本区平台登记。", f"station {opened.station_code} is not enrolled here")
        return opened

    def receipt(self, data: bytes) -> tuple[bytes, dict]:
        """A signed receipt for a genuine bundle (the importer will make these after loading)."""
        opened = self.open_bundle(data)
        return receipt.make(opened.document, self.root(), self._private("root-key.pem")), opened.document
