"""A district CA and an enrolled station, reused by the exchange tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.services.district_ca import DistrictCA
from tests.services.test_documents import STROKE, agreed  # noqa: F401 - fixtures
from tests.services.test_sessions import room  # noqa: F401 - fixture


@pytest.fixture
def district(tmp_path: Path) -> DistrictCA:
    ca = DistrictCA(tmp_path / "district")
    ca.init("罗湖区群众诉求服务中心")
    return ca


@pytest.fixture
def enrolled(services, district):
    """The station's key pair, request, the district's answer, imported."""
    from app.services.common import Actor
    from app.domain.catalog import Role
    admin = Actor("", "test-admin", "测试", Role.ADMIN)
    csr = services.exchange.make_request(admin, station_code="LH-DM-001")
    answer, _ = district.enrol(csr)
    services.exchange.enrol(admin, answer, services.seal)
    return admin
