"""Session fixtures: each sample rendered once, one station certificate for all seal tests."""

from __future__ import annotations

import pytest

from app.documents import signing
from app.documents.render import KINDS, render
from tests.documents import samples

PASSPHRASE = b"station-passphrase"


@pytest.fixture(scope="session")
def documents() -> dict[str, object]:
    docs: dict[str, object] = dict(samples.all_documents())
    docs["case-file"] = samples.case_file()
    return docs


@pytest.fixture(scope="session")
def rendered(documents: dict[str, object]) -> dict[str, bytes]:
    """Every kind rendered (issued) once per test session."""
    return {kind: render(kind, documents[kind]) for kind in KINDS}  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def station_p12() -> bytes:
    return signing.create_station_certificate(
        "东门街道人民调解委员会", samples.STATION.committee_name, PASSPHRASE
    )


@pytest.fixture(scope="session")
def station_cert(station_p12: bytes) -> bytes:
    return signing.certificate_der(station_p12, PASSPHRASE)


@pytest.fixture(scope="session")
def signed_agreement_pdf() -> bytes:
    return render("agreement", samples.agreement(signed=True))


@pytest.fixture(scope="session")
def sealed_pdf(signed_agreement_pdf: bytes, station_p12: bytes) -> bytes:
    return signing.seal_pdf(
        signed_agreement_pdf,
        station_p12,
        PASSPHRASE,
        seal_text=samples.STATION.seal_text,
        location="深圳市罗湖区",
    )
