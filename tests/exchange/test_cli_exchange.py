"""Enrolment and export end to end through the command line, checked with `openssl cms`."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")


@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch):
    """Station commands sign in like the app: the `services` fixture's administrator."""
    monkeypatch.setenv("MEDIATION_DESK_USER", "admin")
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-pass-1")


def cli(capsys, *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_enrol_export_openssl_receipt(services, room, datadir, tmp_path, capsys, monkeypatch):
    d, work = str(tmp_path / "district"), tmp_path / "work"
    work.mkdir()
    info = json.loads(cli(capsys, "district", "init", "--district-dir", d, "--json"))
    assert info["key"] == "keychain" and len(info["root_sha256"]) == 64
    cli(capsys, "exchange", "request", "--data-dir", str(datadir.root), "--out", str(work / "station.csr"),
        "--station-code", "LH-DM-009")
    assert b"CERTIFICATE REQUEST" in (work / "station.csr").read_bytes()
    cli(capsys, "district", "enrol", str(work / "station.csr"), "--district-dir", d,
        "--out", str(work / "station-enrolment.p7b"))
    out = cli(capsys, "exchange", "enrol", str(work / "station-enrolment.p7b"), "--data-dir", str(datadir.root))
    assert "LH-DM-009" in out and info["root_sha256"] in out
    stations = json.loads(cli(capsys, "district", "stations", "--district-dir", d, "--json"))
    assert [s["station_code"] for s in stations] == ["LH-DM-009"]

    out = cli(capsys, "exchange", "export", "--data-dir", str(datadir.root), "--out", str(work / "usb"))
    bundle = work / "usb" / "LH-DM-009-000001.p7m"
    assert str(bundle) in out and "sequence 1" in out and "case=1" in out and "party=2" in out

    # openssl: decrypt with the district's encryption key, verify against the root alone
    from app.services.district_ca import DistrictCA
    ca = DistrictCA(Path(d))
    key_pem = (work / "enc-key.pem")
    from cryptography.hazmat.primitives import serialization
    key_pem.write_bytes(ca._private("encryption-key.pem").private_bytes(  # noqa: SLF001
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(bundle), "-binary",
                    "-recip", str(Path(d) / "encryption.pem"), "-inkey", str(key_pem),
                    "-out", str(work / "signed.der")], check=True, capture_output=True)
    verified = subprocess.run(["openssl", "cms", "-verify", "-inform", "DER", "-in", str(work / "signed.der"),
                               "-binary", "-CAfile", str(Path(d) / "root.pem"), "-out", str(work / "bundle.json")],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    via_openssl = (work / "bundle.json").read_bytes()
    assert via_openssl == ca.open_bundle(bundle.read_bytes()).payload
    doc = json.loads(via_openssl)
    assert doc["station_code"] == "LH-DM-009" and doc["sequence"] == 1
    # another root does not verify it
    other = DistrictCA(tmp_path / "other")
    other.init("别的区")
    bad = subprocess.run(["openssl", "cms", "-verify", "-inform", "DER", "-in", str(work / "signed.der"), "-binary",
                          "-CAfile", str(other.dir / "root.pem"), "-out", str(work / "x.json")], capture_output=True)
    assert bad.returncode != 0

    cli(capsys, "district", "receipt", str(bundle), "--district-dir", d, "--out", str(work / "r1.p7s"))
    cli(capsys, "exchange", "receipt", str(work / "r1.p7s"), "--data-dir", str(datadir.root))
    history = json.loads(cli(capsys, "exchange", "history", "--data-dir", str(datadir.root), "--json"))
    assert [(h["sequence"], h["receipt_status"]) for h in history] == [(1, "acknowledged")]
    status = json.loads(cli(capsys, "exchange", "status", "--data-dir", str(datadir.root), "--json"))
    assert status["enrolment"]["state"] == "enrolled" and sum(status["next_bundle"].values()) == 0


def test_district_without_keychain_uses_the_passphrase(no_keychain, tmp_path, capsys, monkeypatch):
    d = str(tmp_path / "district")
    assert main(["district", "init", "--district-dir", d]) == 1
    assert "MEDIATION_DESK_DISTRICT_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("MEDIATION_DESK_DISTRICT_PASSPHRASE", "district-pass-123")
    assert json.loads(cli(capsys, "district", "init", "--district-dir", d, "--json"))["key"] == "passphrase"
    assert b"ENCRYPTED PRIVATE KEY" in (Path(d) / "root-key.pem").read_bytes()
    monkeypatch.setenv("MEDIATION_DESK_DISTRICT_PASSPHRASE", "wrong-pass-1234")
    csr = tmp_path / "x.csr"
    from app.exchange import pki
    from cryptography.hazmat.primitives import serialization
    csr.write_bytes(pki.create_request(pki.new_rsa_key(), "站", "委员会", "LH-X").public_bytes(serialization.Encoding.PEM))
    assert main(["district", "enrol", str(csr), "--district-dir", d, "--out", str(tmp_path / "e.p7b")]) == 1
    assert "私钥口令错误" in capsys.readouterr().err
    assert main(["district", "init", "--district-dir", d]) == 1  # never overwrites
